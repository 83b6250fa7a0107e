package org.sendacc.sample;

import java.util.SplittableRandom;

/**
 * The random draws the simulation needs, written out so that they never depend on the JDK version.
 *
 * <p>{@code RandomGenerator.nextGaussian()} may change algorithm between JDK releases, so the normal deviate here is
 * Box-Muller with {@link StrictMath}, whose results are specified bit for bit.
 */
final class Draws {

    private static final double TWO_PI = 2 * Math.PI;
    private static final double KNUTH_POISSON_LIMIT = 30;
    private static final int EXACT_BINOMIAL_LIMIT = 60;

    private Draws() {}

    static double standardNormal(SplittableRandom random) {
        double uniform = 1.0 - random.nextDouble();
        double angle = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(uniform)) * StrictMath.cos(TWO_PI * angle);
    }

    static double normal(SplittableRandom random, double mean, double standardDeviation) {
        return mean + standardDeviation * standardNormal(random);
    }

    /** Log-normal with median 1 and the given spread of its logarithm. */
    static double logNormalFactor(SplittableRandom random, double logStandardDeviation) {
        return StrictMath.exp(logStandardDeviation * standardNormal(random));
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** Uniform whole number in [low, high], both inclusive. */
    static int between(SplittableRandom random, int low, int high) {
        if (high < low) {
            throw new IllegalArgumentException("empty range " + low + ".." + high);
        }
        return low + random.nextInt(high - low + 1);
    }

    /** Exponential with the given mean, as a whole number of days. */
    static int exponentialDays(SplittableRandom random, double mean) {
        return (int) StrictMath.floor(-mean * StrictMath.log(1.0 - random.nextDouble()));
    }

    static int poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < KNUTH_POISSON_LIMIT) {
            double limit = StrictMath.exp(-mean);
            double product = random.nextDouble();
            int count = 0;
            while (product > limit) {
                count++;
                product *= random.nextDouble();
            }
            return count;
        }
        long drawn = StrictMath.round(mean + StrictMath.sqrt(mean) * standardNormal(random));
        return (int) Math.max(0, drawn);
    }

    static long binomial(SplittableRandom random, long trials, double probability) {
        if (trials <= 0 || probability <= 0) {
            return 0;
        }
        if (probability >= 1) {
            return trials;
        }
        if (trials <= EXACT_BINOMIAL_LIMIT) {
            long successes = 0;
            for (long trial = 0; trial < trials; trial++) {
                if (random.nextDouble() < probability) {
                    successes++;
                }
            }
            return successes;
        }
        double mean = trials * probability;
        double spread = StrictMath.sqrt(mean * (1 - probability));
        long drawn = StrictMath.round(mean + spread * standardNormal(random));
        return Math.max(0, Math.min(trials, drawn));
    }

    static double logit(double probability) {
        return StrictMath.log(probability / (1 - probability));
    }

    static double expit(double logOdds) {
        return 1 / (1 + StrictMath.exp(-logOdds));
    }

    static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}

package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The children's waiting list by weeks-waited band that an ICB's providers report to NHS England on a day.
 *
 * <p>It uses the same referral rates and log-normal waits as the ICB's own therapy return ({@link
 * TherapyReferralSimulator}): the expected number still waiting after w days is the referral rate w days ago times
 * the chance that the wait exceeds w. Providers report their share of it with Poisson noise. The expected values are
 * computed, not simulated, so the workbook costs nothing however large {@code --scale} is, and does not change with
 * it.
 */
final class WaitingListModel {

    private WaitingListModel() {}

    /** Expected number waiting on the day, by band, for an ICB and service. */
    static Map<WaitingBand, Double> expected(IcbProfile profile, TherapyService service, int day) {
        requireNonNull(profile, "profile is null");
        requireNonNull(service, "service is null");
        Map<WaitingBand, Double> expected = new EnumMap<>(WaitingBand.class);
        for (WaitingBand band : WaitingBand.values()) {
            expected.put(band, 0.0);
        }
        double spread = service.waitLogSpread();
        for (int waited = 0; waited < TherapyReferralSimulator.LONGEST_WAIT_DAYS; waited++) {
            int referralYear = IsoDates.year(day - waited);
            double median = profile.medianWaitDays(service, referralYear);
            double stillWaiting = 1 - normalCdf((StrictMath.log(waited + 0.5) - StrictMath.log(median)) / spread);
            double count = profile.referralsPerDay(service, referralYear) * stillWaiting;
            expected.merge(WaitingBand.of(waited), count, Double::sum);
        }
        return expected;
    }

    /** A provider's reported counts: its share of the expected list, with Poisson noise. */
    static Map<WaitingBand, Long> reported(Map<WaitingBand, Double> expected, double share, SplittableRandom random) {
        Map<WaitingBand, Long> reported = new EnumMap<>(WaitingBand.class);
        for (WaitingBand band : WaitingBand.values()) {
            reported.put(band, (long) Draws.poisson(random, expected.get(band) * share));
        }
        return reported;
    }

    /** The standard normal distribution function, via the complementary error function. */
    static double normalCdf(double value) {
        return 0.5 * erfc(-value / StrictMath.sqrt(2));
    }

    /** Complementary error function (Chebyshev fit, fractional error below 1.2e-7 everywhere). */
    static double erfc(double value) {
        double z = Math.abs(value);
        double t = 1 / (1 + 0.5 * z);
        double polynomial = 0;
        for (int index = ERFC_COEFFICIENTS.length - 1; index >= 0; index--) {
            polynomial = ERFC_COEFFICIENTS[index] + t * polynomial;
        }
        double result = t * StrictMath.exp(-z * z + polynomial);
        return value >= 0 ? result : 2 - result;
    }

    /** Numerical Recipes' erfcc coefficients, lowest order first. */
    private static final double[] ERFC_COEFFICIENTS = {
        -1.26551223,
        1.00002368,
        0.37409196,
        0.09678418,
        -0.18628806,
        0.27886807,
        -1.13520398,
        1.48851587,
        -0.82215223,
        0.17087277
    };
}

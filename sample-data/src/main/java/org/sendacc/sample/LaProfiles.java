package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sendacc.reference.LocalAuthority;

/**
 * Draws every current LA's {@link LaProfile} and calibrates them together against the England targets.
 *
 * <p>Each area's effects come from its own random stream, and the yearly drift always starts in {@link #FIRST_YEAR},
 * so an area's profile for a year does not depend on the other areas, on the order of generation or on {@code
 * --from}. Only the calibration constants (one per year and indicator) look across areas.
 */
final class LaProfiles {

    /** The drift series start here, before any year the generator writes. */
    static final int FIRST_YEAR = 2010;

    private static final double TIMELINESS_EFFECT_SPREAD = 1.2;
    private static final double TIMELINESS_DRIFT_SPREAD = 0.55;
    private static final double DECISION_EFFECT_SPREAD = 1.0;
    private static final double DECISION_DRIFT_SPREAD = 0.3;
    private static final double DRIFT_PERSISTENCE = 0.7;
    private static final double ASSESS_EFFECT_SPREAD = 0.45;
    private static final double EXCEPTION_EFFECT_SPREAD = 0.9;
    private static final double OVER_A_YEAR_EFFECT_SPREAD = 0.7;
    private static final double VOLUME_SPREAD = 0.25;
    private static final double VOLUME_YEARLY_SPREAD = 0.06;
    private static final double CASELOAD_SPREAD = 0.2;
    private static final double APPEAL_SPREAD = 0.55;

    private LaProfiles() {}

    /** Profiles of the current LAs (in DfE order) for {@link #FIRST_YEAR}..{@code lastYear}. */
    static Map<String, LaProfile> build(SampleGeography geography, long seed, int lastYear) {
        requireNonNull(geography, "geography is null");
        List<LocalAuthority> authorities = geography.currentAuthorities();
        int years = lastYear - FIRST_YEAR + 1;
        int count = authorities.size();
        double[] populations = new double[count];
        double[] volumeFactors = new double[count];
        double[][] volumeNoise = new double[count][years];
        double[] timelinessEffects = new double[count];
        double[][] timelinessDrift = new double[count][years];
        double[] decisionEffects = new double[count];
        double[][] decisionDrift = new double[count][years];
        double[] assessEffects = new double[count];
        double[] exceptionShares = new double[count];
        double[] overAYearEffects = new double[count];
        double[] caseloadFactors = new double[count];
        double[] appealFactors = new double[count];
        for (int area = 0; area < count; area++) {
            LocalAuthority authority = authorities.get(area);
            SplittableRandom random = AreaRandom.of(seed, authority.code(), "la-profile");
            populations[area] = geography.population0to25(authority);
            volumeFactors[area] = Draws.logNormalFactor(random, VOLUME_SPREAD);
            timelinessEffects[area] = Draws.normal(random, 0, TIMELINESS_EFFECT_SPREAD);
            decisionEffects[area] = Draws.normal(random, 0, DECISION_EFFECT_SPREAD);
            assessEffects[area] = Draws.normal(random, 0, ASSESS_EFFECT_SPREAD);
            exceptionShares[area] = Draws.expit(
                    Draws.logit(NationalTrajectory.EXCEPTION_SHARE) + Draws.normal(random, 0, EXCEPTION_EFFECT_SPREAD));
            overAYearEffects[area] = Draws.normal(random, 0, OVER_A_YEAR_EFFECT_SPREAD);
            caseloadFactors[area] = Draws.logNormalFactor(random, CASELOAD_SPREAD);
            appealFactors[area] = Draws.logNormalFactor(random, APPEAL_SPREAD);
            double timeliness = 0;
            double decision = 0;
            for (int year = 0; year < years; year++) {
                timeliness = DRIFT_PERSISTENCE * timeliness + Draws.normal(random, 0, TIMELINESS_DRIFT_SPREAD);
                decision = DRIFT_PERSISTENCE * decision + Draws.normal(random, 0, DECISION_DRIFT_SPREAD);
                timelinessDrift[area][year] = timeliness;
                decisionDrift[area][year] = decision;
                volumeNoise[area][year] = Draws.logNormalFactor(random, VOLUME_YEARLY_SPREAD);
            }
        }
        normaliseToPopulationMean(volumeFactors, populations);
        normaliseToPopulationMean(caseloadFactors, populations);
        normaliseToPopulationMean(appealFactors, populations);
        double englandPopulation = sum(populations);

        double[][] within = new double[count][years];
        double[][] decisionShares = new double[count][years];
        double[][] assessShares = new double[count][years];
        double[][] overAYear = new double[count][years];
        double[][] requests = new double[count][years];
        for (int year = 0; year < years; year++) {
            int calendarYear = FIRST_YEAR + year;
            double[] timelinessShift = new double[count];
            double[] decisionShift = new double[count];
            for (int area = 0; area < count; area++) {
                timelinessShift[area] = timelinessEffects[area] + timelinessDrift[area][year];
                decisionShift[area] = decisionEffects[area] + decisionDrift[area][year];
            }
            double withinTarget = NationalTrajectory.within20Weeks(calendarYear);
            double withinCalibration = calibrate(Draws.logit(withinTarget), timelinessShift, populations, withinTarget);
            double decisionTarget = NationalTrajectory.decisionWithin6Weeks(calendarYear);
            double decisionCalibration =
                    calibrate(Draws.logit(decisionTarget), decisionShift, populations, decisionTarget);
            for (int area = 0; area < count; area++) {
                within[area][year] = Draws.expit(Draws.logit(withinTarget) + withinCalibration + timelinessShift[area]);
                decisionShares[area][year] =
                        Draws.expit(Draws.logit(decisionTarget) + decisionCalibration + decisionShift[area]);
                assessShares[area][year] =
                        Draws.expit(Draws.logit(NationalTrajectory.assessShare(calendarYear)) + assessEffects[area]);
                overAYear[area][year] = Draws.expit(
                        Draws.logit(NationalTrajectory.overAYearShareOfLate(calendarYear)) + overAYearEffects[area]);
                requests[area][year] = NationalTrajectory.requests(calendarYear)
                        * populations[area]
                        / englandPopulation
                        * volumeFactors[area]
                        * volumeNoise[area][year];
            }
        }
        Map<String, LaProfile> profiles = new LinkedHashMap<>();
        for (int area = 0; area < count; area++) {
            LocalAuthority authority = authorities.get(area);
            profiles.put(
                    authority.code(),
                    new LaProfile(
                            authority,
                            (long) populations[area],
                            FIRST_YEAR,
                            requests[area],
                            assessShares[area],
                            decisionShares[area],
                            within[area],
                            overAYear[area],
                            exceptionShares[area],
                            caseloadFactors[area],
                            appealFactors[area]));
        }
        return profiles;
    }

    /** The constant c for which the population-weighted mean of expit(base + c + shift) equals the target. */
    static double calibrate(double base, double[] shifts, double[] weights, double target) {
        double low = -6;
        double high = 6;
        double totalWeight = sum(weights);
        for (int iteration = 0; iteration < 60; iteration++) {
            double middle = (low + high) / 2;
            double mean = 0;
            for (int area = 0; area < shifts.length; area++) {
                mean += weights[area] * Draws.expit(base + middle + shifts[area]);
            }
            mean /= totalWeight;
            if (mean < target) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    private static void normaliseToPopulationMean(double[] factors, double[] populations) {
        double weighted = 0;
        for (int area = 0; area < factors.length; area++) {
            weighted += factors[area] * populations[area];
        }
        double mean = weighted / sum(populations);
        for (int area = 0; area < factors.length; area++) {
            factors[area] /= mean;
        }
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}

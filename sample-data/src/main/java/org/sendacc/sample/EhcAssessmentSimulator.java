package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sendacc.reference.IcbMembership;
import org.sendacc.reference.LocalAuthority;

/**
 * Simulates an LA's requests for EHC needs assessment, day by day, and the health advice each assessment asks for.
 *
 * <p>Each (LA, year, replicate) has its own random stream, so the records of a year do not depend on {@code --from},
 * and replicate 0 (the scale-1 sample that the published tables count) does not depend on {@code --scale}. Requests
 * arrive as a Poisson process with fewer in August and December; the fate of each request is drawn from the LA's
 * profile for the year it arrived, and anything that would happen after the snapshot day is left empty, as it would
 * be in a real return.
 */
final class EhcAssessmentSimulator {

    /** Receives each simulated record with its health advice request (null when none was asked yet). */
    interface Sink {
        void accept(AssessmentRecord record, HealthAdviceRequest advice, int replicate);
    }

    /** Relative frequency of each age 0..25 at the request: mostly early primary, some post-16, few adults. */
    private static final double[] AGE_WEIGHTS = {
        1.5, 3, 6, 9, 11, 10, 8.5, 7.5, 6.5, 6, 5.5, 5, 4.5, 4, 3.5, 3, 2.5, 2, 1.4, 0.9, 0.6, 0.4, 0.3, 0.2, 0.15, 0.1
    };

    /** Relative frequency of requests by month, January to December (school holidays are quieter). */
    private static final double[] MONTH_WEIGHTS = {1.05, 1.0, 1.1, 0.95, 1.05, 1.1, 1.1, 0.6, 0.9, 1.1, 1.1, 0.85};

    static final int WITHIN_6_WEEKS_DAYS = 42;
    static final int WITHIN_20_WEEKS_DAYS = 140;
    static final int OVER_A_YEAR_DAYS = 365;

    private static final double EXCEPTION_SLOWDOWN = 0.55;
    private static final double ADVICE_EXCEPTION_SHARE = 0.03;
    private static final double ADVICE_NEVER_RETURNED_SHARE = 0.01;

    private static final double[] CUMULATIVE_AGE_WEIGHTS = cumulative(AGE_WEIGHTS);

    private final long seed;
    private final int snapshotDay;
    private final SampleGeography geography;
    private final Map<String, IcbProfile> icbProfiles;

    EhcAssessmentSimulator(
            long seed, LocalDate snapshotDate, SampleGeography geography, Map<String, IcbProfile> icbProfiles) {
        this.seed = seed;
        this.snapshotDay = IsoDates.day(requireNonNull(snapshotDate, "snapshotDate is null"));
        this.geography = requireNonNull(geography, "geography is null");
        this.icbProfiles = requireNonNull(icbProfiles, "icbProfiles is null");
    }

    /** Simulates requests received from 1 January {@code firstYear} to 31 December {@code lastYear}. */
    void simulate(LaProfile profile, int firstYear, int lastYear, int scale, Sink sink) {
        requireNonNull(profile, "profile is null");
        requireNonNull(sink, "sink is null");
        LocalAuthority authority = profile.authority();
        List<IcbMembership> memberships = geography.membershipsOf(authority);
        PseudonymousIds recordIds = new PseudonymousIds(seed, authority.code(), "ehc-assessment-record");
        PseudonymousIds adviceIds = new PseudonymousIds(seed, authority.code(), "health-advice-request");
        for (int year = firstYear; year <= lastYear; year++) {
            SplittableRandom[] requestStreams = new SplittableRandom[scale];
            SplittableRandom[] adviceStreams = new SplittableRandom[scale];
            int[] recordSequence = new int[scale];
            int[] adviceSequence = new int[scale];
            for (int replicate = 0; replicate < scale; replicate++) {
                requestStreams[replicate] = AreaRandom.of(seed, authority.code(), "ehc-requests", year, replicate);
                adviceStreams[replicate] = AreaRandom.of(seed, authority.code(), "health-advice", year, replicate);
            }
            double[] dailyMeans = dailyMeans(year, profile.expectedRequests(year));
            int firstDay = IsoDates.day(year, 1, 1);
            for (int offset = 0; offset < dailyMeans.length; offset++) {
                int requestDay = firstDay + offset;
                String laCode = geography.codeInUseOn(authority, IsoDates.date(requestDay));
                for (int replicate = 0; replicate < scale; replicate++) {
                    SplittableRandom random = requestStreams[replicate];
                    int requests = Draws.poisson(random, dailyMeans[offset]);
                    for (int request = 0; request < requests; request++) {
                        String recordId = recordIds.token(year, 0, replicate, recordSequence[replicate]++);
                        Draft draft = draft(random, profile, year, requestDay);
                        HealthAdviceRequest advice = null;
                        if (draft.decision == AssessmentRecord.Decision.ASSESS && !memberships.isEmpty()) {
                            String requestId = adviceIds.token(year, 0, replicate, adviceSequence[replicate]++);
                            advice = adviceFor(adviceStreams[replicate], draft, memberships, authority, requestId);
                        }
                        sink.accept(draft.toRecord(recordId, laCode, snapshotDay), advice, replicate);
                    }
                }
            }
        }
    }

    /** Mean requests for each day of the year, shaped by {@link #MONTH_WEIGHTS}, summing to {@code expected}. */
    static double[] dailyMeans(int year, double expected) {
        LocalDate first = LocalDate.of(year, 1, 1);
        int days = first.lengthOfYear();
        double[] means = new double[days];
        double total = 0;
        for (int offset = 0; offset < days; offset++) {
            means[offset] = MONTH_WEIGHTS[first.plusDays(offset).getMonthValue() - 1];
            total += means[offset];
        }
        for (int offset = 0; offset < days; offset++) {
            means[offset] *= expected / total;
        }
        return means;
    }

    /** The uncensored history of one request: every draw is made whatever the snapshot day, to keep streams aligned. */
    private static final class Draft {
        int dateOfBirth;
        int requestDay;
        AssessmentRecord.Decision decision;
        int decisionDay = IsoDates.NONE;
        int planDay = IsoDates.NONE;
        int noPlanDay = IsoDates.NONE;
        boolean exception;

        AssessmentRecord toRecord(String recordId, String laCode, int snapshotDay) {
            AssessmentRecord.Decision knownDecision = decision;
            int knownDecisionDay = decisionDay;
            int knownPlanDay = planDay;
            AssessmentRecord.Outcome outcome = AssessmentRecord.Outcome.NONE;
            boolean knownException = exception;
            if (decisionDay == IsoDates.NONE || decisionDay > snapshotDay) {
                knownDecision = AssessmentRecord.Decision.NONE;
                knownDecisionDay = IsoDates.NONE;
                knownPlanDay = IsoDates.NONE;
                knownException = false;
            } else if (planDay != IsoDates.NONE && planDay <= snapshotDay) {
                outcome = AssessmentRecord.Outcome.PLAN_ISSUED;
            } else if (noPlanDay != IsoDates.NONE && noPlanDay <= snapshotDay) {
                outcome = AssessmentRecord.Outcome.NO_PLAN;
                knownPlanDay = IsoDates.NONE;
            } else {
                knownPlanDay = IsoDates.NONE;
            }
            return new AssessmentRecord(
                    recordId,
                    laCode,
                    dateOfBirth,
                    requestDay,
                    knownDecisionDay,
                    knownDecision,
                    knownPlanDay,
                    outcome,
                    knownException);
        }
    }

    private static Draft draft(SplittableRandom random, LaProfile profile, int year, int requestDay) {
        Draft draft = new Draft();
        draft.requestDay = requestDay;
        int age = age(random);
        draft.dateOfBirth = requestDay - age * 365 - age / 4 - random.nextInt(365);
        double fate = random.nextDouble();
        double undecided = NationalTrajectory.UNDECIDED_SHARE;
        double withdrawn = undecided + NationalTrajectory.WITHDRAWN_SHARE;
        double assessed = withdrawn + profile.assessShare(year);
        boolean decidedOnTime = Draws.chance(random, profile.decisionWithin6Weeks(year));
        int decisionDays = decidedOnTime
                ? Draws.between(random, 10, WITHIN_6_WEEKS_DAYS)
                : WITHIN_6_WEEKS_DAYS + 1 + Math.min(200, Draws.exponentialDays(random, 20));
        if (fate < undecided) {
            draft.decision = AssessmentRecord.Decision.NONE;
            return draft;
        }
        if (fate < withdrawn) {
            draft.decision = AssessmentRecord.Decision.WITHDRAWN;
            draft.decisionDay = requestDay + Draws.between(random, 7, 120);
            return draft;
        }
        draft.decisionDay = requestDay + decisionDays;
        if (fate >= assessed) {
            draft.decision = AssessmentRecord.Decision.NOT_ASSESS;
            return draft;
        }
        draft.decision = AssessmentRecord.Decision.ASSESS;
        draft.exception = Draws.chance(random, profile.exceptionShare());
        if (!Draws.chance(random, NationalTrajectory.PLAN_AFTER_ASSESSMENT_SHARE)) {
            draft.noPlanDay = draft.decisionDay + Draws.between(random, 60, 140);
            return draft;
        }
        double onTime = profile.within20Weeks(year) * (draft.exception ? EXCEPTION_SLOWDOWN : 1.0);
        int earliest = Math.max(decisionDays + 21, 84);
        boolean issuedOnTime = Draws.chance(random, onTime);
        boolean overAYear = Draws.chance(random, profile.overAYearShareOfLate(year));
        double lateness = random.nextDouble();
        int planDays;
        if (issuedOnTime && earliest <= WITHIN_20_WEEKS_DAYS) {
            planDays = Draws.between(random, earliest, WITHIN_20_WEEKS_DAYS);
        } else if (overAYear) {
            planDays = OVER_A_YEAR_DAYS + Math.min(600, Draws.exponentialDays(random, 100));
        } else {
            planDays = WITHIN_20_WEEKS_DAYS + 1 + (int) (224 * StrictMath.pow(lateness, 1.6));
        }
        draft.planDay = requestDay + Math.max(planDays, decisionDays + 14);
        return draft;
    }

    private HealthAdviceRequest adviceFor(
            SplittableRandom random,
            Draft draft,
            List<IcbMembership> memberships,
            LocalAuthority authority,
            String requestId) {
        IcbMembership membership = pick(random, memberships);
        int requestDay = draft.decisionDay + Draws.between(random, 1, 10);
        IcbProfile icb = icbProfiles.get(membership.icbOdsCode());
        if (icb == null) {
            throw new IllegalStateException("no profile for ICB " + membership.icbOdsCode());
        }
        boolean onTime = Draws.chance(random, icb.adviceWithin6Weeks(IsoDates.year(requestDay)));
        boolean exception = Draws.chance(random, ADVICE_EXCEPTION_SHARE);
        boolean neverReturned = Draws.chance(random, ADVICE_NEVER_RETURNED_SHARE);
        int responseDay = onTime
                ? requestDay + Draws.between(random, 7, WITHIN_6_WEEKS_DAYS)
                : requestDay + WITHIN_6_WEEKS_DAYS + 1 + Math.min(300, Draws.exponentialDays(random, 25));
        if (requestDay > snapshotDay) {
            return null;
        }
        if (neverReturned || responseDay > snapshotDay) {
            responseDay = IsoDates.NONE;
        }
        String laCode = geography.codeInUseOn(authority, IsoDates.date(requestDay));
        return new HealthAdviceRequest(requestId, laCode, membership.icbOdsCode(), requestDay, responseDay, exception);
    }

    private static IcbMembership pick(SplittableRandom random, List<IcbMembership> memberships) {
        double total = 0;
        for (IcbMembership membership : memberships) {
            total += membership.share0to25();
        }
        double point = random.nextDouble() * total;
        for (IcbMembership membership : memberships) {
            point -= membership.share0to25();
            if (point < 0) {
                return membership;
            }
        }
        return memberships.get(memberships.size() - 1);
    }

    private static int age(SplittableRandom random) {
        double point = random.nextDouble() * CUMULATIVE_AGE_WEIGHTS[CUMULATIVE_AGE_WEIGHTS.length - 1];
        for (int age = 0; age < CUMULATIVE_AGE_WEIGHTS.length; age++) {
            if (point < CUMULATIVE_AGE_WEIGHTS[age]) {
                return age;
            }
        }
        return CUMULATIVE_AGE_WEIGHTS.length - 1;
    }

    private static double[] cumulative(double[] weights) {
        double[] cumulative = new double[weights.length];
        double total = 0;
        for (int index = 0; index < weights.length; index++) {
            total += weights[index];
            cumulative[index] = total;
        }
        return cumulative;
    }
}

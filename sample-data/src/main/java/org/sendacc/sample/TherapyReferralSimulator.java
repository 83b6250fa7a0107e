package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Simulates an ICB's children's therapy referrals and reports them at each yearly census (31 March).
 *
 * <p>A census row is a referral made in the year before the census, or an older one still waiting for a first
 * contact on the census day, so one long wait appears at several censuses (with a new pseudonymous id each time, as
 * each census is a separate extract). Referrals are generated once, month by month from each (ICB, service, month,
 * replicate) stream, so the file is written in a single pass with flat memory. Waits to first contact are
 * log-normal around the ICB's median for the service and the year of referral, capped at three years.
 */
final class TherapyReferralSimulator {

    /** Receives each census row. */
    interface Sink {
        void accept(TherapyReferral referral, int replicate);
    }

    static final int LONGEST_WAIT_DAYS = 3 * 365;
    private static final int YEAR_DAYS = 365;

    private final long seed;
    private final int[] censusDays;
    private final int[] censusYears;

    TherapyReferralSimulator(long seed, int fromYear, int toYear) {
        this.seed = seed;
        this.censusYears = new int[toYear - fromYear + 1];
        this.censusDays = new int[censusYears.length];
        for (int index = 0; index < censusYears.length; index++) {
            censusYears[index] = fromYear + index;
            censusDays[index] = IsoDates.day(censusDate(fromYear + index));
        }
    }

    /** The census day of the therapy return for a year. */
    static LocalDate censusDate(int year) {
        return LocalDate.of(year, 3, 31);
    }

    void simulate(IcbProfile profile, int scale, Sink sink) {
        requireNonNull(profile, "profile is null");
        requireNonNull(sink, "sink is null");
        PseudonymousIds ids = new PseudonymousIds(seed, profile.odsCode(), "therapy-referral");
        LocalDate firstMonth =
                IsoDates.date(censusDays[0] - LONGEST_WAIT_DAYS - 1).withDayOfMonth(1);
        LocalDate lastMonth = IsoDates.date(censusDays[censusDays.length - 1]).withDayOfMonth(1);
        for (TherapyService service : TherapyService.values()) {
            int[][] sequences = new int[censusDays.length][scale];
            for (LocalDate month = firstMonth; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
                long monthIndex = month.getYear() * 12L + month.getMonthValue() - 1;
                int monthStart = IsoDates.day(month);
                int monthLength = month.lengthOfMonth();
                double mean = profile.referralsPerDay(service, month.getYear()) * monthLength;
                double medianLog = StrictMath.log(profile.medianWaitDays(service, month.getYear()));
                for (int replicate = 0; replicate < scale; replicate++) {
                    SplittableRandom random = AreaRandom.of(
                            seed, profile.odsCode(), "therapy-referrals", service.ordinal(), monthIndex, replicate);
                    int count = Draws.poisson(random, mean);
                    int[] days = new int[count];
                    for (int referral = 0; referral < count; referral++) {
                        days[referral] = monthStart + random.nextInt(monthLength);
                    }
                    Arrays.sort(days);
                    for (int referralDay : days) {
                        double wait =
                                StrictMath.exp(medianLog + service.waitLogSpread() * Draws.standardNormal(random));
                        int contactDay = referralDay + (int) Math.min(LONGEST_WAIT_DAYS, StrictMath.round(wait));
                        emit(profile, service, replicate, referralDay, contactDay, ids, sequences, sink);
                    }
                }
            }
        }
    }

    private void emit(
            IcbProfile profile,
            TherapyService service,
            int replicate,
            int referralDay,
            int contactDay,
            PseudonymousIds ids,
            int[][] sequences,
            Sink sink) {
        for (int census = 0; census < censusDays.length; census++) {
            int censusDay = censusDays[census];
            boolean madeInYear = referralDay <= censusDay && referralDay > censusDay - YEAR_DAYS;
            boolean stillWaiting = referralDay <= censusDay && contactDay > censusDay;
            if (!madeInYear && !stillWaiting) {
                continue;
            }
            String id = ids.token(censusYears[census], service.ordinal(), replicate, sequences[census][replicate]++);
            int firstContact = contactDay <= censusDay ? contactDay : IsoDates.NONE;
            sink.accept(
                    new TherapyReferral(id, profile.odsCode(), service, referralDay, firstContact, censusDay),
                    replicate);
        }
    }
}

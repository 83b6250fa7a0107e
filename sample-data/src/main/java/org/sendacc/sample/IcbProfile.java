package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sendacc.reference.Icb;

/**
 * One ICB's synthetic character: how fast it returns health advice, how long children wait for each service, and
 * how its speech and language therapists are staffed.
 *
 * <p>The same profile drives the ICB's own returns (health advice, therapy referrals, SLT workforce) and its rows in
 * the NHS England workbook, so the two sources tell a consistent story about the same ICB. Arrays are indexed by
 * {@code year - firstYear} and never modified.
 *
 * @param adviceWithin6Weeks probability that health advice is returned within 6 weeks, by year
 * @param referralFactor the ICB's referral rate relative to England, by service
 * @param medianWaitFactor the ICB's median wait relative to England, by service
 * @param sltWtePer10k children's SLT whole-time equivalents per 10,000 population aged 0-25
 * @param caseloadPerWte open SLT caseload per WTE, by year (40-150)
 * @param providers the ICB's providers of children's community services
 */
record IcbProfile(
        Icb icb,
        long population0to25,
        int firstYear,
        double[] adviceWithin6Weeks,
        Map<TherapyService, Double> referralFactor,
        Map<TherapyService, Double> medianWaitFactor,
        double sltWtePer10k,
        double[] caseloadPerWte,
        List<SyntheticProvider> providers) {

    IcbProfile {
        requireNonNull(icb, "icb is null");
        requireNonNull(adviceWithin6Weeks, "adviceWithin6Weeks is null");
        referralFactor = Map.copyOf(new EnumMap<>(requireNonNull(referralFactor, "referralFactor is null")));
        medianWaitFactor = Map.copyOf(new EnumMap<>(requireNonNull(medianWaitFactor, "medianWaitFactor is null")));
        requireNonNull(caseloadPerWte, "caseloadPerWte is null");
        providers = List.copyOf(requireNonNull(providers, "providers is null"));
        if (caseloadPerWte.length != adviceWithin6Weeks.length) {
            throw new IllegalArgumentException("yearly arrays of ICB " + icb.odsCode() + " differ in length");
        }
    }

    String odsCode() {
        return icb.odsCode();
    }

    double adviceWithin6Weeks(int year) {
        return adviceWithin6Weeks[index(year)];
    }

    double caseloadPerWte(int year) {
        return caseloadPerWte[index(year)];
    }

    /** Mean referrals a day for the service in the year. */
    double referralsPerDay(TherapyService service, int year) {
        return population0to25 / 10_000.0 * service.referralsPer10kPerYear() * referralFactor.get(service) / 365.25;
    }

    /** Median wait to first contact in days for a referral made in the year. */
    double medianWaitDays(TherapyService service, int year) {
        return service.medianWaitWeeks() * 7 * medianWaitFactor.get(service) * NationalTrajectory.waitMultiplier(year);
    }

    private int index(int year) {
        int index = Math.max(0, Math.min(adviceWithin6Weeks.length - 1, year - firstYear));
        return index;
    }
}

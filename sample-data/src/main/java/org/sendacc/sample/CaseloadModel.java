package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.sendacc.reference.LocalAuthority;

/**
 * EHC plans maintained by each LA every January, carried forward from the plans its records issued.
 *
 * <p>The first January is England's real caseload shared by population and the LA's caseload factor; each later
 * January adds the plans the LA's synthetic records issued in the calendar year and removes plans that ceased (about
 * 4.8% a year, as DfE's figures imply), so the caseload rises every year and stays consistent with the timeliness
 * file. A predecessor's caseload is its successors', weighted.
 */
final class CaseloadModel {

    /** Caseload, ceased plans and ceased-because-needs-met of one LA and January. */
    record Year(long caseload, long ceased, long ceasedNeedsMet) {
        Year {
            if (caseload < 0 || ceased < 0 || ceasedNeedsMet < 0) {
                throw new IllegalArgumentException("negative caseload figures");
            }
        }
    }

    private final SampleGeography geography;
    private final int fromYear;
    private final int toYear;
    private final Map<String, Year[]> byCurrentLa = new HashMap<>();

    private CaseloadModel(SampleGeography geography, int fromYear, int toYear) {
        this.geography = geography;
        this.fromYear = fromYear;
        this.toYear = toYear;
    }

    static CaseloadModel build(
            SampleGeography geography,
            Map<String, LaProfile> profiles,
            AreaTallies tallies,
            long seed,
            int fromYear,
            int toYear) {
        requireNonNull(profiles, "profiles is null");
        CaseloadModel model = new CaseloadModel(requireNonNull(geography, "geography is null"), fromYear, toYear);
        double englandPopulation = geography.englandPopulation0to25();
        for (LaProfile profile : profiles.values()) {
            LocalAuthority authority = profile.authority();
            SplittableRandom random = AreaRandom.of(seed, authority.code(), "caseload", fromYear);
            EhcTally tally = tallies.forCurrent(authority);
            Year[] years = new Year[toYear - fromYear + 1];
            long caseload = Math.round(NationalTrajectory.caseloadJanuary(fromYear)
                    * profile.population0to25()
                    / englandPopulation
                    * profile.caseloadRateFactor()
                    * Draws.logNormalFactor(random, 0.03));
            for (int year = fromYear; year <= toYear; year++) {
                double ceasedShare = NationalTrajectory.CEASED_SHARE_OF_CASELOAD * Draws.logNormalFactor(random, 0.15);
                long ceased = Draws.binomial(random, caseload, ceasedShare);
                long needsMet = Draws.binomial(random, ceased, NationalTrajectory.CEASED_NEEDS_MET_SHARE_OF_CEASED);
                years[year - fromYear] = new Year(caseload, ceased, needsMet);
                caseload = caseload - ceased + tally.get(year, EhcMeasure.PLANS_ISSUED);
            }
            model.byCurrentLa.put(authority.code(), years);
        }
        return model;
    }

    /** The LA's figures for January of {@code year} (ceased counts are for the calendar year that follows). */
    Year of(LocalAuthority authority, int year) {
        if (year < fromYear || year > toYear) {
            throw new IllegalArgumentException("no caseload for " + year);
        }
        double caseload = 0;
        double ceased = 0;
        double needsMet = 0;
        for (SampleGeography.Share share : geography.compositionOf(authority)) {
            Year[] years = byCurrentLa.get(share.successor().code());
            if (years == null) {
                continue;
            }
            Year part = years[year - fromYear];
            caseload += share.weight() * part.caseload();
            ceased += share.weight() * part.ceased();
            needsMet += share.weight() * part.ceasedNeedsMet();
        }
        return new Year(Math.round(caseload), Math.round(ceased), Math.round(needsMet));
    }
}

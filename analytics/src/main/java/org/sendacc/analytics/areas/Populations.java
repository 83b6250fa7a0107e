package org.sendacc.analytics.areas;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.sendacc.contract.snapshot.AreaLevel;

/**
 * The population aged 0 to 25 of each area in each period: the mid-year estimate nearest the period's middle (30 June
 * of the mid-year against the middle of a year or month), among the estimates there are for that area: the bundled
 * mid-2020 table, and the ONS estimates in the warehouse (table {@code ons_mid_year_population}). England and the
 * regions have estimates of their own; an ICB footprint is its LAs' estimates weighted by their 0-25 population
 * shares in it. Which mid-years each period used is kept for the snapshot's manifest (docs/snapshot.md).
 */
public final class Populations {
    /** The mid-year of the bundled reference table. */
    public static final int REFERENCE_MID_YEAR = 2020;

    /** One estimate of an area for a mid-year. */
    public record Estimate(String areaCode, int midYear, double age0to25) {
        public Estimate {
            requireNonNull(areaCode, "areaCode is null");
        }
    }

    private final Areas areas;
    private final Map<String, NavigableMap<Integer, Double>> estimates = new HashMap<>();
    private final Map<String, Set<Integer>> used = new ConcurrentHashMap<>();

    private Populations(Areas areas) {
        this.areas = areas;
    }

    /** The bundled mid-2020 estimates of the areas, with the ONS estimates given (any mid-years) on top. */
    public static Populations of(Areas areas, List<Estimate> ons) {
        Populations populations = new Populations(requireNonNull(areas, "areas is null"));
        for (Area area : areas.all()) {
            if (area.level() != AreaLevel.ICB && area.population0to25() != null) {
                populations.put(area.code(), REFERENCE_MID_YEAR, area.population0to25());
            }
        }
        for (Estimate estimate : ons) {
            populations.put(estimate.areaCode(), estimate.midYear(), estimate.age0to25());
        }
        return populations;
    }

    private void put(String code, int midYear, double value) {
        estimates.computeIfAbsent(code, ignored -> new TreeMap<>()).put(midYear, value);
    }

    /**
     * The area's population aged 0 to 25 for a period starting on {@code start} and lasting a year, or a month when
     * {@code month}; null when there is no estimate for the area at all.
     */
    public Double of(String areaCode, String periodKey, LocalDate start, boolean month) {
        LocalDate middle = month ? start.plusDays(14) : start.plusMonths(6);
        Area area = areas.area(areaCode).orElse(null);
        if (area != null && area.level() == AreaLevel.ICB) {
            double sum = 0;
            boolean any = false;
            boolean allReference = true;
            for (IcbShare share : areas.shares()) {
                if (share.icbCode().equals(areaCode)) {
                    Integer year = nearestYear(share.laCode(), middle);
                    if (year != null) {
                        sum += share.shareOfLa() * estimates.get(share.laCode()).get(year);
                        any = true;
                        allReference &= year == REFERENCE_MID_YEAR;
                        note(periodKey, year);
                    }
                }
            }
            // Where every LA is at mid-2020, the membership table's own ICB population, as before there were more.
            return !any ? null : allReference ? area.population0to25() : sum;
        }
        return nearest(areaCode, periodKey, middle);
    }

    private Double nearest(String code, String periodKey, LocalDate middle) {
        Integer year = nearestYear(code, middle);
        if (year == null) {
            return null;
        }
        note(periodKey, year);
        return estimates.get(code).get(year);
    }

    /** The mid-year of the area's estimate nearest the date (the earlier of two as near), or null without one. */
    private Integer nearestYear(String code, LocalDate middle) {
        NavigableMap<Integer, Double> byYear = estimates.get(code);
        if (byYear == null) {
            return null;
        }
        int best = byYear.firstKey();
        long bestDistance = Long.MAX_VALUE;
        for (int year : byYear.keySet()) {
            long distance = Math.abs(ChronoUnit.DAYS.between(LocalDate.of(year, 6, 30), middle));
            if (distance < bestDistance) {
                best = year;
                bestDistance = distance;
            }
        }
        return best;
    }

    private void note(String periodKey, int year) {
        used.computeIfAbsent(periodKey, ignored -> ConcurrentHashMap.newKeySet())
                .add(year);
    }

    /** For each period a population was asked for, the mid-years of the estimates it used, in order. */
    public SortedMap<String, List<Integer>> midYearsUsed() {
        SortedMap<String, List<Integer>> result = new TreeMap<>();
        used.forEach((period, years) -> result.put(period, List.copyOf(new TreeSet<>(years))));
        return result;
    }
}

package org.sendacc.analytics.areas;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.reference.Icb;
import org.sendacc.reference.IcbMembership;
import org.sendacc.reference.LocalAuthority;
import org.sendacc.reference.ReferenceData;
import org.sendacc.reference.StatisticalNeighbour;

/**
 * The areas indicators are computed for, built from the reference data: England, the nine regions, the 42 ICB
 * footprints and the LAs (current and predecessors), with each LA's region, main ICB and statistical neighbours, the
 * LA-ICB shares used to add LAs up to footprints and to apportion ICB figures to LAs, and the boundary changes that
 * break a series. Plain values: a few hundred rows, looked up in memory.
 */
public final class Areas {
    private final List<Area> areas;
    private final Map<String, Area> byCode;
    private final Map<String, Area> icbsByOds;
    private final List<IcbShare> shares;
    private final Map<String, List<IcbShare>> sharesByLa;
    private final Map<String, List<String>> neighbours;
    private final Map<String, LocalDate> latestChange;
    private final Map<String, Double> referencePopulation5to15;

    private Areas(
            List<Area> areas,
            List<IcbShare> shares,
            Map<String, List<String>> neighbours,
            Map<String, LocalDate> latestChange,
            Map<String, Double> referencePopulation5to15) {
        this.referencePopulation5to15 = Map.copyOf(referencePopulation5to15);
        this.areas = List.copyOf(areas);
        this.shares = List.copyOf(shares);
        this.neighbours = neighbours;
        this.latestChange = latestChange;
        this.byCode = new HashMap<>();
        this.icbsByOds = new HashMap<>();
        for (Area area : areas) {
            byCode.putIfAbsent(area.code(), area);
            if (area.level() == AreaLevel.ICB) {
                icbsByOds.put(area.icbOdsCode(), area);
            }
        }
        this.sharesByLa = new LinkedHashMap<>();
        for (IcbShare share : shares) {
            sharesByLa
                    .computeIfAbsent(share.laCode(), code -> new ArrayList<>())
                    .add(share);
        }
    }

    public static Areas from(ReferenceData reference) {
        requireNonNull(reference, "reference is null");
        Map<String, Icb> icbsByOds = new HashMap<>();
        reference.icbs().forEach(icb -> icbsByOds.put(icb.odsCode(), icb));
        Map<String, Double> population = new HashMap<>();
        reference.populations().forEach(row -> population.put(row.laCode(), (double) row.age0to25()));
        Map<String, IcbMembership> mainIcb = new HashMap<>();
        Map<String, Double> icbPopulation = new HashMap<>();
        for (IcbMembership membership : reference.memberships()) {
            mainIcb.merge(membership.laCode(), membership, (a, b) -> a.share0to25() >= b.share0to25() ? a : b);
            icbPopulation.merge(membership.icbOdsCode(), (double) membership.population0to25(), Double::sum);
        }

        List<Area> areas = new ArrayList<>();
        double england = 0;
        for (double value : population.values()) {
            england += value;
        }
        areas.add(
                new Area(AreaLevel.ENGLAND_CODE, "England", AreaLevel.ENGLAND, null, null, null, england, true, null));
        Map<String, String> regions = new LinkedHashMap<>();
        Map<String, Double> regionPopulation = new HashMap<>();
        for (LocalAuthority authority : reference.localAuthorities()) {
            regions.putIfAbsent(authority.regionCode(), authority.regionName());
            if (authority.isCurrent()) {
                regionPopulation.merge(
                        authority.regionCode(), population.getOrDefault(authority.code(), 0.0), Double::sum);
            }
            IcbMembership main = mainIcb.get(authority.code());
            Icb icb = main == null ? null : icbsByOds.get(main.icbOdsCode());
            areas.add(new Area(
                    authority.code(),
                    authority.name(),
                    AreaLevel.LA,
                    authority.regionCode(),
                    icb == null ? null : icb.code(),
                    icb == null ? null : icb.odsCode(),
                    population.get(authority.code()),
                    authority.isCurrent(),
                    authority.validFrom()));
        }
        regions.forEach((code, name) -> areas.add(
                new Area(code, name, AreaLevel.REGION, code, null, null, regionPopulation.get(code), true, null)));
        for (Icb icb : reference.icbs()) {
            areas.add(new Area(
                    icb.code(),
                    icb.name(),
                    AreaLevel.ICB,
                    null,
                    icb.code(),
                    icb.odsCode(),
                    icbPopulation.get(icb.odsCode()),
                    true,
                    null));
        }

        List<IcbShare> shares = new ArrayList<>();
        for (IcbMembership membership : reference.memberships()) {
            Icb icb = icbsByOds.get(membership.icbOdsCode());
            shares.add(new IcbShare(
                    membership.laCode(),
                    icb.code(),
                    icb.odsCode(),
                    membership.share0to25(),
                    membership.population0to25() / icbPopulation.get(membership.icbOdsCode())));
        }
        // A new LA breaks the series of the LA itself, its region and every ICB footprint it lies in.
        Map<String, LocalDate> latestChange = new HashMap<>();
        for (LocalAuthority authority : reference.localAuthorities()) {
            if (authority.validFrom() != null) {
                LocalDate changedOn = authority.validFrom();
                latestChange.merge(authority.code(), changedOn, Areas::later);
                latestChange.merge(authority.regionCode(), changedOn, Areas::later);
                for (IcbMembership membership : reference.memberships()) {
                    if (membership.laCode().equals(authority.code())) {
                        latestChange.merge(
                                icbsByOds.get(membership.icbOdsCode()).code(), changedOn, Areas::later);
                    }
                }
            }
        }
        Map<String, List<String>> neighbours = new HashMap<>();
        for (StatisticalNeighbour neighbour : reference.statisticalNeighbours()) {
            neighbours
                    .computeIfAbsent(neighbour.laCode(), code -> new ArrayList<>())
                    .add(neighbour.neighbourLaCode());
        }
        // the mid-2020 population aged 5 to 15 of each current LA (its 5-10 and 11-15 bands), its region and England
        Map<String, Double> population5to15 = new HashMap<>();
        for (org.sendacc.reference.Population row : reference.populations()) {
            double people = row.age5to10() + row.age11to15();
            population5to15.put(row.laCode(), people);
            reference
                    .localAuthority(row.laCode())
                    .ifPresent(authority -> population5to15.merge(authority.regionCode(), people, Double::sum));
            population5to15.merge(AreaLevel.ENGLAND_CODE, people, Double::sum);
        }
        return new Areas(areas, shares, neighbours, latestChange, population5to15);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Every area, England first, then the LAs, regions and ICB footprints. */
    public List<Area> all() {
        return areas;
    }

    public Optional<Area> area(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * The population aged 5 to 15 of England, a region or a current LA in the reference tables' mid-year ({@link
     * Populations#REFERENCE_MID_YEAR}), or null.
     */
    public Double referencePopulation5to15(String code) {
        return referencePopulation5to15.get(code);
    }

    /** The population aged 0 to 25 of an area, or null when our tables have none for it. */
    public Double population(String code) {
        Area area = byCode.get(code);
        return area == null ? null : area.population0to25();
    }

    /** The ICB footprint with this ODS code (Qxx), if it is one of the 42. */
    public Optional<Area> icbByOdsCode(String odsCode) {
        return Optional.ofNullable(icbsByOds.get(odsCode));
    }

    public List<Area> icbs() {
        return areas.stream().filter(area -> area.level() == AreaLevel.ICB).toList();
    }

    public List<Area> currentLas() {
        return areas.stream()
                .filter(area -> area.level() == AreaLevel.LA && area.isCurrent())
                .toList();
    }

    /** Every LA-ICB share, in the reference table's order. */
    public List<IcbShare> shares() {
        return shares;
    }

    /** The ICB footprints an LA lies in, with its shares; empty for an LA without a membership. */
    public List<IcbShare> sharesOf(String laCode) {
        return sharesByLa.getOrDefault(laCode, List.of());
    }

    /** The LA's statistical neighbours, empty for an LA without any. */
    public List<String> neighboursOf(String laCode) {
        return neighbours.getOrDefault(laCode, List.of());
    }

    /** The latest day the area's boundary changed, or null. */
    public LocalDate latestChange(String code) {
        return latestChange.get(code);
    }
}

package org.sendacc.server.page;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendacc.reference.IcbMembership;
import org.sendacc.reference.ReferenceData;
import org.sendacc.reference.StatisticalNeighbour;

/**
 * What the pages need from the reference tables and the snapshot does not carry: which LAs make up each ICB footprint
 * (an LA may sit in more than one, by share of its 0-25 population) and each LA's ten statistical neighbours.
 */
public final class Geography {
    /** One LA of an ICB footprint, with the share of its 0-25 population that lives in the footprint. */
    public record Member(String laCode, double share) {
        public Member {
            requireNonNull(laCode, "laCode is null");
        }

        /** The share as a whole percentage, e.g. "62%". */
        public String sharePercent() {
            return Math.round(share * 100) + "%";
        }
    }

    private final Map<String, List<Member>> membersByIcb;
    private final Map<String, List<String>> neighboursByLa;
    private final java.util.Set<String> currentLas;
    private final Map<String, Integer> lastYearOfRetired;

    public Geography(ReferenceData reference) {
        requireNonNull(reference, "reference is null");
        Map<String, String> icbCodeByOds = new HashMap<>();
        reference.icbs().forEach(icb -> icbCodeByOds.put(icb.odsCode(), icb.code()));
        Map<String, List<Member>> members = new HashMap<>();
        for (IcbMembership membership : reference.memberships()) {
            String icbCode = icbCodeByOds.get(membership.icbOdsCode());
            if (icbCode != null) {
                members.computeIfAbsent(icbCode, key -> new ArrayList<>())
                        .add(new Member(membership.laCode(), membership.share0to25()));
            }
        }
        Map<String, List<Member>> frozenMembers = new HashMap<>();
        members.forEach((icb, list) -> {
            list.sort(Comparator.comparing(Member::share).reversed().thenComparing(Member::laCode));
            frozenMembers.put(icb, List.copyOf(list));
        });
        this.membersByIcb = Map.copyOf(frozenMembers);
        Map<String, List<StatisticalNeighbour>> neighbours = new HashMap<>();
        for (StatisticalNeighbour neighbour : reference.statisticalNeighbours()) {
            neighbours
                    .computeIfAbsent(neighbour.laCode(), key -> new ArrayList<>())
                    .add(neighbour);
        }
        Map<String, List<String>> frozenNeighbours = new HashMap<>();
        neighbours.forEach((la, list) -> {
            list.sort(Comparator.comparingInt(StatisticalNeighbour::rank));
            List<String> codes = new ArrayList<>();
            list.forEach(neighbour -> codes.add(neighbour.neighbourLaCode()));
            frozenNeighbours.put(la, List.copyOf(codes));
        });
        this.neighboursByLa = Map.copyOf(frozenNeighbours);
        java.util.Set<String> current = new java.util.HashSet<>();
        reference.currentLocalAuthorities().forEach(la -> current.add(la.code()));
        this.currentLas = java.util.Set.copyOf(current);
        Map<String, Integer> retired = new HashMap<>();
        reference.localAuthorities().stream()
                .filter(la -> !current.contains(la.code()) && la.validTo() != null)
                .forEach(la -> retired.put(la.code(), la.validTo().getYear()));
        this.lastYearOfRetired = Map.copyOf(retired);
    }

    /**
     * An area's name as a list shows it, told apart from a namesake: a replaced LA says until when ("Dorset (until
     * 2019)", beside today's Dorset).
     */
    public String label(org.sendacc.server.snapshot.Area area) {
        Integer until = lastYearOfRetired.get(area.areaCode());
        return until == null ? area.areaName() : area.areaName() + " (until " + until + ")";
    }

    /**
     * True for an LA that exists today: current views (the home page's grid) leave out LAs that have been replaced
     * (old Dorset, Cumbria, Northamptonshire), which stay in history (their own pages, leagues of their years).
     */
    public boolean isCurrent(String laCode) {
        return currentLas.contains(laCode);
    }

    /** The LAs of an ICB footprint (its E54 code), largest share first; empty for an unknown code. */
    public List<Member> footprint(String icbCode) {
        return membersByIcb.getOrDefault(icbCode, List.of());
    }

    /** An LA's statistical neighbours, closest first; empty for an unknown code. */
    public List<String> neighbours(String laCode) {
        return neighboursByLa.getOrDefault(laCode, List.of());
    }
}

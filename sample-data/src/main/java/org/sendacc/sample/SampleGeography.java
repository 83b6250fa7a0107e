package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sendacc.reference.Icb;
import org.sendacc.reference.IcbMembership;
import org.sendacc.reference.LaChangeType;
import org.sendacc.reference.LaCodeChange;
import org.sendacc.reference.LocalAuthority;
import org.sendacc.reference.Population;
import org.sendacc.reference.ReferenceData;

/**
 * The geography of the sample, read from the reference tables and versioned by date.
 *
 * <p>Person-level records live with the current authorities (a successor holds the case history of its area), so a
 * predecessor's published figure is the sum of its successors' figures, weighted where a successor took only part of
 * a predecessor (Christchurch moved from Dorset county to BCP). A recode (North Yorkshire, Somerset, Buckinghamshire,
 * Barnsley, Sheffield) keeps the footprint, so such an authority exists for the whole series under its canonical
 * code, whatever start date the table gives the new code.
 */
final class SampleGeography {

    /** How BCP's caseload before April 2019 divides between its predecessors (approximate 0-25 population shares). */
    private static final Map<String, Double> SHARE_OF_SUCCESSOR_BY_PAIR = Map.of(
            "E06000028>E06000058", 0.48,
            "E06000029>E06000058", 0.38,
            "E10000009>E06000058", 0.14);

    /** DfE's order: region code, then 3-digit LA number, then code. */
    static final Comparator<LocalAuthority> DFE_ORDER = Comparator.comparing(LocalAuthority::regionCode)
            .thenComparing(LocalAuthority::oldLaCode)
            .thenComparing(LocalAuthority::code);

    private final List<LocalAuthority> currentAuthorities;
    private final List<LocalAuthority> allAuthorities;
    private final Set<String> recodedTargets;
    private final Map<String, List<LaCodeChange>> recodesByNewCode;
    private final Map<String, List<Share>> successorsByPredecessor;
    private final Map<String, Long> populationByLa;
    private final List<Region> regions;
    private final List<Icb> icbs;
    private final Map<String, List<IcbMembership>> membershipsByLa;
    private final Map<String, Long> populationByIcb;

    /** A region as DfE names it. */
    record Region(String code, String name) {
        Region {
            requireNonNull(code, "code is null");
            requireNonNull(name, "name is null");
        }
    }

    /** The part of a successor's figures that belongs to a predecessor. */
    record Share(LocalAuthority successor, double weight) {
        Share {
            requireNonNull(successor, "successor is null");
            if (!(weight > 0 && weight <= 1)) {
                throw new IllegalArgumentException("share weight " + weight + " is not in (0, 1]");
            }
        }
    }

    SampleGeography(ReferenceData reference) {
        requireNonNull(reference, "reference is null");
        List<LocalAuthority> current = new ArrayList<>(reference.currentLocalAuthorities());
        current.sort(DFE_ORDER);
        this.currentAuthorities = List.copyOf(current);
        List<LocalAuthority> all = new ArrayList<>(reference.localAuthorities());
        all.sort(DFE_ORDER);
        this.allAuthorities = List.copyOf(all);

        Set<String> nonRecodeTargets = new HashSet<>();
        Map<String, List<LaCodeChange>> recodes = new HashMap<>();
        Map<String, List<String>> successorCodes = new TreeMap<>();
        Map<String, Integer> predecessorCounts = new HashMap<>();
        for (LaCodeChange change : reference.codeChanges()) {
            if (change.type() == LaChangeType.RECODE) {
                recodes.computeIfAbsent(change.newCode(), code -> new ArrayList<>())
                        .add(change);
            } else {
                nonRecodeTargets.add(change.newCode());
                successorCodes
                        .computeIfAbsent(change.oldCode(), code -> new ArrayList<>())
                        .add(change.newCode());
                predecessorCounts.merge(change.newCode(), 1, Integer::sum);
            }
        }
        Set<String> targets = new HashSet<>(recodes.keySet());
        targets.removeAll(nonRecodeTargets);
        this.recodedTargets = Set.copyOf(targets);
        Map<String, List<LaCodeChange>> frozenRecodes = new HashMap<>();
        recodes.forEach((code, changes) -> {
            changes.sort(Comparator.comparing(LaCodeChange::effectiveDate));
            frozenRecodes.put(code, List.copyOf(changes));
        });
        this.recodesByNewCode = Map.copyOf(frozenRecodes);

        Map<String, List<Share>> successors = new HashMap<>();
        successorCodes.forEach((predecessor, codes) -> {
            List<Share> shares = new ArrayList<>();
            for (String code : codes) {
                Optional<LocalAuthority> successor = reference.localAuthority(code);
                if (successor.isEmpty()) {
                    continue;
                }
                Double declared = SHARE_OF_SUCCESSOR_BY_PAIR.get(predecessor + ">" + code);
                double weight = declared != null ? declared : 1.0 / predecessorCounts.get(code);
                shares.add(new Share(successor.get(), weight));
            }
            successors.put(predecessor, List.copyOf(shares));
        });
        this.successorsByPredecessor = Map.copyOf(successors);

        this.populationByLa = Map.copyOf(latestPopulations(reference.populations()));
        Map<String, Region> regionsByCode = new TreeMap<>();
        for (LocalAuthority authority : currentAuthorities) {
            regionsByCode.putIfAbsent(
                    authority.regionCode(), new Region(authority.regionCode(), authority.regionName()));
        }
        this.regions = List.copyOf(regionsByCode.values());
        List<Icb> sortedIcbs = new ArrayList<>(reference.icbs());
        sortedIcbs.sort(Comparator.comparing(Icb::odsCode));
        this.icbs = List.copyOf(sortedIcbs);
        Map<String, List<IcbMembership>> memberships = new HashMap<>();
        Map<String, Long> icbPopulations = new HashMap<>();
        for (IcbMembership membership : reference.memberships()) {
            memberships
                    .computeIfAbsent(membership.laCode(), code -> new ArrayList<>())
                    .add(membership);
            icbPopulations.merge(membership.icbOdsCode(), membership.population0to25(), Long::sum);
        }
        Map<String, List<IcbMembership>> frozenMemberships = new HashMap<>();
        memberships.forEach((code, list) -> {
            list.sort(Comparator.comparing(IcbMembership::icbOdsCode));
            frozenMemberships.put(code, List.copyOf(list));
        });
        this.membershipsByLa = Map.copyOf(frozenMemberships);
        this.populationByIcb = Map.copyOf(icbPopulations);
    }

    private static Map<String, Long> latestPopulations(List<Population> populations) {
        Map<String, Population> latest = new HashMap<>();
        for (Population population : populations) {
            latest.merge(
                    population.laCode(),
                    population,
                    (kept, candidate) -> candidate.midYear() > kept.midYear() ? candidate : kept);
        }
        Map<String, Long> byLa = new HashMap<>();
        latest.forEach((code, population) -> byLa.put(code, population.age0to25()));
        return byLa;
    }

    /** The authorities that exist today, in DfE order. */
    List<LocalAuthority> currentAuthorities() {
        return currentAuthorities;
    }

    /** Every authority (current and predecessor) that existed on the day, in DfE order. */
    List<LocalAuthority> authoritiesOn(LocalDate day) {
        requireNonNull(day, "day is null");
        List<LocalAuthority> existing = new ArrayList<>();
        for (LocalAuthority authority : allAuthorities) {
            if (existsOn(authority, day)) {
                existing.add(authority);
            }
        }
        return existing;
    }

    boolean existsOn(LocalAuthority authority, LocalDate day) {
        boolean started = authority.validFrom() == null
                || recodedTargets.contains(authority.code())
                || !day.isBefore(authority.validFrom());
        boolean notEnded = authority.validTo() == null || !day.isAfter(authority.validTo());
        return started && notEnded;
    }

    /** The current authorities whose figures make up a predecessor's, with weights; a current LA is its own. */
    List<Share> compositionOf(LocalAuthority authority) {
        if (authority.isCurrent()) {
            return List.of(new Share(authority, 1.0));
        }
        List<Share> shares = successorsByPredecessor.get(authority.code());
        if (shares == null || shares.isEmpty()) {
            throw new IllegalStateException(
                    "predecessor LA " + authority.code() + " has no successor in the code change table");
        }
        return shares;
    }

    /**
     * The code an area itself wrote on the day: before a recode took effect, the old code (Barnsley wrote E08000016
     * until April 2025). Used in the local returns, which the ingest resolves through the code-change table.
     */
    String codeInUseOn(LocalAuthority authority, LocalDate day) {
        List<LaCodeChange> recodes = recodesByNewCode.get(authority.code());
        if (recodes == null) {
            return authority.code();
        }
        String code = authority.code();
        for (int index = recodes.size() - 1; index >= 0; index--) {
            LaCodeChange change = recodes.get(index);
            if (day.isBefore(change.effectiveDate())) {
                code = change.oldCode();
            }
        }
        return code;
    }

    /** Mid-year population aged 0-25 (latest year in the table; a predecessor's from its successors). */
    long population0to25(LocalAuthority authority) {
        Long population = populationByLa.get(authority.code());
        if (population != null) {
            return population;
        }
        if (authority.isCurrent()) {
            throw new IllegalStateException("LA " + authority.code() + " has no population in the reference data");
        }
        double total = 0;
        for (Share share : compositionOf(authority)) {
            total += share.weight() * population0to25(share.successor());
        }
        return Math.round(total);
    }

    long englandPopulation0to25() {
        long total = 0;
        for (LocalAuthority authority : currentAuthorities) {
            total += population0to25(authority);
        }
        return total;
    }

    List<Region> regions() {
        return regions;
    }

    /** The ICBs in ODS-code order. */
    List<Icb> icbs() {
        return icbs;
    }

    /** The ICBs an LA's children live in, with shares; an LA without a membership row gets none. */
    List<IcbMembership> membershipsOf(LocalAuthority authority) {
        return membershipsByLa.getOrDefault(authority.code(), List.of());
    }

    long icbPopulation0to25(Icb icb) {
        return populationByIcb.getOrDefault(icb.odsCode(), 0L);
    }
}

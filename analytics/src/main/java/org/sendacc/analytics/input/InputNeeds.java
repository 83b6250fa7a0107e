package org.sendacc.analytics.input;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the catalogue's recipes will read, declared before anything is read, so that each warehouse table is read
 * once whatever the number of indicators built on it: the columns and breakdowns of the small tables, the services of
 * the waiting lists, the wait thresholds of the therapy referrals.
 */
public final class InputNeeds {
    private final Map<String, Set<String>> columns = new LinkedHashMap<>();
    private final Map<String, Set<String>> breakdowns = new LinkedHashMap<>();
    private final Set<String> everyBreakdown = new LinkedHashSet<>();
    private final Set<String> waitingListAgeGroups = new LinkedHashSet<>();
    private final Set<String> waitingListServices = new LinkedHashSet<>();
    private final SortedSet<Integer> therapyThresholds = new TreeSet<>();
    private final Set<String> cubes = new LinkedHashSet<>();

    /** Rows of a small table (a publisher's aggregate or a workforce return), with these columns. */
    public InputNeeds columns(String table, List<String> names) {
        columns.computeIfAbsent(table, name -> new LinkedHashSet<>()).addAll(names);
        return this;
    }

    /** Only the rows of this breakdown of an EES table; null for every row. */
    public InputNeeds breakdown(String table, String breakdown) {
        if (breakdown == null) {
            everyBreakdown.add(table);
        } else {
            breakdowns.computeIfAbsent(table, name -> new LinkedHashSet<>()).add(breakdown);
        }
        return this;
    }

    public InputNeeds waitingList(String ageGroup, String service) {
        cubes.add(org.sendacc.contract.warehouse.WarehouseTables.CommunityWaitingList.TABLE);
        waitingListAgeGroups.add(ageGroup);
        waitingListServices.add(service);
        return this;
    }

    public InputNeeds therapyThreshold(int days) {
        cubes.add(org.sendacc.contract.warehouse.WarehouseTables.TherapyReferrals.TABLE);
        therapyThresholds.add(days);
        return this;
    }

    /** A person-level table, counted by the facts its recipes need (see {@link WarehouseInputs}). */
    public InputNeeds cube(String table) {
        cubes.add(table);
        return this;
    }

    Map<String, Set<String>> columns() {
        return columns;
    }

    /** Every small table declared, in the order declared. */
    public Set<String> smallTables() {
        return java.util.Collections.unmodifiableSet(columns.keySet());
    }

    /** The breakdowns to keep of a table, or null to keep every row. */
    Set<String> breakdowns(String table) {
        return everyBreakdown.contains(table) ? null : breakdowns.get(table);
    }

    Set<String> waitingListAgeGroups() {
        return waitingListAgeGroups;
    }

    Set<String> waitingListServices() {
        return waitingListServices;
    }

    public List<Integer> therapyThresholds() {
        return List.copyOf(therapyThresholds);
    }

    Set<String> cubes() {
        return cubes;
    }
}

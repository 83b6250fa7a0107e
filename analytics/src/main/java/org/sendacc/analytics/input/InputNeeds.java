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
    private final Map<String, Map<String, Set<String>>> filters = new LinkedHashMap<>();
    private final Set<String> readWhole = new LinkedHashSet<>();

    /** Rows of a small table (a publisher's aggregate or a workforce return), with these columns: every row. */
    public InputNeeds columns(String table, List<String> names) {
        columns.computeIfAbsent(table, name -> new LinkedHashSet<>()).addAll(names);
        readWhole.add(table);
        return this;
    }

    /**
     * As {@link #columns}, but only the rows whose value of each column of {@code where} is one of its values (a
     * value the file leaves empty passes). Where several recipes read one table, the rows any of them wants are read:
     * each column's values are joined, and a table one recipe reads whole is read whole. A recipe still picks its own
     * rows from what it is given; this saves reading the rest (a long-format file's other metrics and breakdowns).
     */
    public InputNeeds columnsWhere(String table, List<String> names, Map<String, Set<String>> where) {
        columns.computeIfAbsent(table, name -> new LinkedHashSet<>()).addAll(names);
        columns.get(table).addAll(where.keySet());
        boolean first = !filters.containsKey(table);
        Map<String, Set<String>> joined = filters.computeIfAbsent(table, name -> new LinkedHashMap<>());
        if (first) {
            where.forEach((column, values) -> joined.put(column, new LinkedHashSet<>(values)));
        } else {
            // rows wanted by one recipe or the other: a column only one of them filters on cannot filter any more
            joined.keySet().retainAll(where.keySet());
            joined.forEach((column, values) -> values.addAll(where.get(column)));
            if (joined.isEmpty()) {
                readWhole.add(table);
            }
        }
        return this;
    }

    /** The values each column must take for a row of the table to be read; null to read every row. */
    Map<String, Set<String>> rowFilter(String table) {
        return readWhole.contains(table) || !filters.containsKey(table) ? null : filters.get(table);
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

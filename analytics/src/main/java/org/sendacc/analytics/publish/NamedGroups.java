package org.sendacc.analytics.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sendacc.analytics.input.SourceRow;
import org.sendacc.contract.snapshot.NamedGroup;
import org.sendacc.contract.warehouse.WarehouseTables.ComparisonGroups;

/**
 * The named comparison groups a snapshot publishes ({@code groups.json}), from the warehouse's comparison groups
 * table: one per group name in the order first seen, each LA once. A group is complete only if every row says so; its
 * source is the one most of its rows cite, its date the latest they give.
 */
public final class NamedGroups {
    /** The columns the groups are built from. */
    public static final List<String> COLUMNS = List.of(
            ComparisonGroups.GROUP_NAME,
            ComparisonGroups.AREA_CODE,
            ComparisonGroups.SOURCE,
            ComparisonGroups.AS_AT,
            ComparisonGroups.COMPLETE,
            ComparisonGroups.NOTE);

    private NamedGroups() {}

    public static List<NamedGroup> from(List<SourceRow> rows) {
        Map<String, List<SourceRow>> byName = new LinkedHashMap<>();
        for (SourceRow row : rows) {
            byName.computeIfAbsent(row.text(ComparisonGroups.GROUP_NAME), name -> new ArrayList<>())
                    .add(row);
        }
        List<NamedGroup> groups = new ArrayList<>();
        byName.forEach((name, members) -> {
            Set<String> codes = new LinkedHashSet<>();
            Map<String, Integer> sources = new LinkedHashMap<>();
            String asAt = null;
            String note = null;
            boolean complete = true;
            for (SourceRow row : members) {
                codes.add(row.text(ComparisonGroups.AREA_CODE));
                String source = row.text(ComparisonGroups.SOURCE);
                if (source != null && !source.isEmpty()) {
                    sources.merge(source, 1, Integer::sum);
                }
                String date = row.text(ComparisonGroups.AS_AT);
                if (date != null && !date.isEmpty() && (asAt == null || date.compareTo(asAt) > 0)) {
                    asAt = date;
                }
                if (note == null
                        && row.text(ComparisonGroups.NOTE) != null
                        && !row.text(ComparisonGroups.NOTE).isEmpty()) {
                    note = row.text(ComparisonGroups.NOTE);
                }
                complete &= "Yes".equals(row.text(ComparisonGroups.COMPLETE));
            }
            String source = sources.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(null);
            groups.add(new NamedGroup(id(name), name, List.copyOf(codes), source, asAt, complete, note));
        });
        return groups;
    }

    /** A group's id in URLs: "SEND and AP Change Programme" is {@code send_and_ap_change_programme}. */
    static String id(String name) {
        String id = name.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (id.isEmpty() || !Character.isLetter(id.charAt(0))) {
            id = "group_" + id;
        }
        return id.length() > 60 ? id.substring(0, 60) : id;
    }
}

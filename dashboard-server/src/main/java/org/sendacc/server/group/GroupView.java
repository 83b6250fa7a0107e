package org.sendacc.server.group;

import java.util.List;

/**
 * A comparison group as the indicator API gives it: the group, its figure for each source of the period shown, and
 * the link that reproduces the view (docs/api.md "Comparison groups").
 */
public record GroupView(
        String id,
        String name,
        List<String> codes,
        boolean complete,
        String note,
        String source,
        String asAt,
        List<GroupFigure> figures,
        String link) {
    static GroupView of(ComparisonGroup group, List<GroupFigure> figures, String link) {
        return new GroupView(
                group.id(),
                group.name(),
                group.codes(),
                group.complete(),
                group.note(),
                group.source(),
                group.asAt(),
                List.copyOf(figures),
                link);
    }
}

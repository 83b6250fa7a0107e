package org.sendacc.server.page;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.Benchmark;
import org.sendacc.contract.snapshot.Change;
import org.sendacc.contract.snapshot.ChangeKind;
import org.sendacc.contract.snapshot.SnapshotChanges;
import org.sendacc.server.change.ChangeQuery;
import org.sendacc.server.snapshot.Snapshot;

/** The model of {@code /changes}: what changed since the previous snapshot (or the one chosen), by kind. */
final class ChangesPage {
    /** At most this many changes are listed on the page; the CSV has them all. */
    static final int LISTED = 500;

    /** One change as the page shows it: the figure, its values before and after in words, and where to see it. */
    record Line(
            Change change,
            String kindLabel,
            String indicatorTitle,
            String sourceLabel,
            String before,
            String after,
            ComparisonView beforeComparison,
            ComparisonView afterComparison,
            String areaLink) {}

    /** A kind of change and how many there are. */
    record KindCount(String token, String label, long count) {}

    private ChangesPage() {}

    static String label(ChangeKind kind) {
        return switch (kind) {
            case NEW_PERIOD -> "New period";
            case REVISED -> "Revised";
            case CATEGORY_MOVED -> "Comparison with England moved";
            case NEWLY_SUPPRESSED -> "Newly suppressed";
            case RELEASED -> "Released";
            case WITHDRAWN -> "Withdrawn";
        };
    }

    static Map<String, Object> model(
            Snapshot snapshot, ChangeQuery query, SnapshotChanges all, List<Change> changes, List<String> published) {
        Map<String, Object> model = PageSupport.frame(snapshot, "What changed", "/changes.csv" + csvQuery(query));
        Map<ChangeKind, Long> counts = new EnumMap<>(ChangeKind.class);
        all.changes().forEach(change -> counts.merge(change.kind(), 1L, Long::sum));
        List<KindCount> kinds = new ArrayList<>();
        for (ChangeKind kind : ChangeKind.values()) {
            kinds.add(new KindCount(kind.token(), label(kind), counts.getOrDefault(kind, 0L)));
        }
        List<Line> lines = new ArrayList<>();
        for (Change change : changes.subList(0, Math.min(LISTED, changes.size()))) {
            Indicator indicator = snapshot.indicator(change.indicatorId()).orElse(null);
            Unit unit = indicator == null ? Unit.COUNT : indicator.unit();
            String areaLink = snapshot.area(change.areaCode()).isPresent()
                    ? PageController.link(snapshot.area(change.areaCode()).get())
                    : "";
            lines.add(new Line(
                    change,
                    label(change.kind()),
                    indicator == null ? change.indicatorId() : indicator.title(),
                    Display.source(change.source()),
                    Display.value(change.oldValue(), unit),
                    Display.value(change.newValue(), unit),
                    change.oldCategory() == null ? null : Display.comparison(change.oldCategory(), Benchmark.ENGLAND),
                    change.newCategory() == null ? null : Display.comparison(change.newCategory(), Benchmark.ENGLAND),
                    areaLink));
        }
        model.put("since", all.previousSnapshotId());
        model.put("published", published);
        model.put("kinds", kinds);
        model.put("kind", query.kind().map(ChangeKind::token).orElse(null));
        model.put("lines", lines);
        model.put("total", changes.size());
        model.put("listed", LISTED);
        model.put("indicators", snapshot.catalogue().indicators());
        model.put("indicator", query.indicator().orElse(null));
        model.put("area", query.area().orElse(null));
        return model;
    }

    private static String csvQuery(ChangeQuery query) {
        return PageSupport.query(PageSupport.parameters(
                "since", query.since().orElse(null),
                "kind", query.kind().map(ChangeKind::token).orElse(null),
                "indicator", query.indicator().orElse(null),
                "area", query.area().orElse(null)));
    }
}

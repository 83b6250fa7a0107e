package org.sendacc.server.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.Benchmark;
import org.sendacc.server.snapshot.Area;
import org.sendacc.server.snapshot.BreakdownRow;
import org.sendacc.server.snapshot.Snapshot;

/**
 * The area page's inequalities view: one indicator's figures by each breakdown the publisher gives (age, sex,
 * ethnicity...), for the latest period (or the chosen year's), against England's figure for the same breakdown: a
 * chart and its table.
 */
final class Inequalities {
    /** One breakdown's figure as the table shows it. */
    record Line(
            BreakdownRow row,
            String valueText,
            String ciText,
            String countText,
            String englandText,
            ComparisonView england) {}

    /** A topic's breakdowns, in the publisher's order, and its chart's key. */
    record Topic(String name, List<Line> lines, String chart) {}

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+");

    private Inequalities() {}

    /** "Children waiting" to "children waiting" within a sentence; an acronym ("EHC plans") stays as it is. */
    static String lowerFirst(String text) {
        if (text.length() < 2 || Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(java.util.Locale.UK) + text.substring(1);
    }

    /** Text in natural order: by its first number where both have one ("age 9" before "age 10"), else as text. */
    static int naturally(String left, String right) {
        java.util.regex.Matcher a = NUMBER.matcher(left);
        java.util.regex.Matcher b = NUMBER.matcher(right);
        if (a.find() && b.find()) {
            int order = Long.compare(Long.parseLong(a.group()), Long.parseLong(b.group()));
            if (order != 0) {
                return order;
            }
        }
        return left.compareTo(right);
    }

    /**
     * The model of the view ({@code showInequalities} false when the area has no breakdowns): {@code
     * inequalityIndicators} (those with
     * breakdowns), {@code inequality} (the chosen one), {@code inequalityPeriod}, {@code inequalityTopics} and the
     * chart under {@code "inequalities"} in {@code charts}.
     */
    static Map<String, Object> model(
            Snapshot snapshot,
            Area area,
            Optional<String> chosenId,
            Optional<Integer> year,
            Map<String, Map<String, Object>> charts) {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator indicator : snapshot.catalogue().indicators()) {
            if (!snapshot.breakdowns(area.areaCode(), indicator.id()).isEmpty()) {
                indicators.add(indicator);
            }
        }
        if (indicators.isEmpty()) {
            return Map.of("showInequalities", false);
        }
        Indicator chosen = chosenId.flatMap(
                        id -> indicators.stream().filter(i -> i.id().equals(id)).findFirst())
                .orElse(indicators.get(0));
        Optional<String> period = year.flatMap(y -> snapshot.breakdowns(area.areaCode(), chosen.id()).stream()
                .map(BreakdownRow::period)
                .filter(p -> p.startsWith(Integer.toString(y)))
                .max(String::compareTo));
        List<BreakdownRow> rows = new ArrayList<>(snapshot.breakdowns(area.areaCode(), chosen.id(), period));
        // topics in the publisher's order; within one, breakdowns in natural order ("age 2 and under", "age 3"...)
        List<String> topicOrder =
                rows.stream().map(BreakdownRow::breakdownTopic).distinct().toList();
        rows.sort(java.util.Comparator.comparing((BreakdownRow row) -> topicOrder.indexOf(row.breakdownTopic()))
                .thenComparing(BreakdownRow::breakdown, Inequalities::naturally));
        String source = rows.isEmpty() ? null : rows.get(0).source();
        Map<String, List<Line>> byTopic = new LinkedHashMap<>();
        Map<String, List<Map<String, Object>>> barsByTopic = new LinkedHashMap<>();
        for (BreakdownRow row : rows) {
            if (!row.source().equals(source)) {
                continue;
            }
            Unit unit = row.unit();
            ComparisonView england = Display.comparison(row.comparisonEngland(), Benchmark.ENGLAND);
            Line line = new Line(
                    row,
                    row.suppressed() ? Display.SUPPRESSED : Display.value(row.value(), unit),
                    Display.interval(row.lowerCi95(), row.upperCi95(), unit),
                    Display.countOf(row.numerator(), row.denominator()),
                    Display.value(row.englandValue(), unit),
                    england);
            byTopic.computeIfAbsent(row.breakdownTopic(), topic -> new ArrayList<>())
                    .add(line);
            Map<String, Object> bar = new HashMap<>();
            bar.put("code", row.breakdownTopic() + ": " + row.breakdown());
            bar.put("name", row.breakdown());
            bar.put("value", row.value());
            bar.put("lower", row.lowerCi95());
            bar.put("upper", row.upperCi95());
            bar.put("england", row.englandValue());
            bar.put("category", england.category());
            bar.put("label", line.valueText());
            bar.put("ci", line.ciText());
            bar.put("count", line.countText());
            bar.put("comparison", england.description());
            bar.put("highlight", false);
            barsByTopic
                    .computeIfAbsent(row.breakdownTopic(), topic -> new ArrayList<>())
                    .add(bar);
        }
        String periodLabel = rows.isEmpty() ? "" : rows.get(0).periodLabel();
        // A breakdown published as each group's share of the headline count (plans by primary need) is called so: a
        // group's count over the whole population is no rate of the group (docs/snapshot.md "Breakdowns").
        Unit unit = rows.isEmpty() ? chosen.unit() : rows.get(0).unit();
        String title = unit.equals(chosen.unit()) ? chosen.title() : "Share of " + lowerFirst(chosen.numerator());
        // one chart per topic, each bar named: ages, sexes and ethnicities are not one scale of categories
        List<Topic> topics = new ArrayList<>();
        for (Map.Entry<String, List<Line>> topic : byTopic.entrySet()) {
            String key = "inequalities-" + topics.size();
            topics.add(new Topic(topic.getKey(), topic.getValue(), key));
            charts.put(
                    key,
                    Map.of(
                            "type",
                            "bars",
                            "unit",
                            unit,
                            "bars",
                            barsByTopic.get(topic.getKey()),
                            "lines",
                            List.of(),
                            "description",
                            title + " in " + area.areaName() + ", " + periodLabel + ", by "
                                    + lowerFirst(topic.getKey()) + ", each against England's figure for the same"
                                    + " group"));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("showInequalities", true);
        model.put("inequalityIndicators", indicators);
        model.put("inequality", chosen);
        model.put("inequalityTitle", title);
        model.put("inequalityPeriod", periodLabel);
        model.put("inequalitySource", source == null ? "" : Display.source(source));
        model.put("inequalityTopics", topics);
        return model;
    }
}

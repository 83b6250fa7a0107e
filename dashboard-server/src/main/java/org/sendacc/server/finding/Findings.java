package org.sendacc.server.finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.Partner;
import org.sendacc.contract.catalogue.Pathway;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.Benchmark;
import org.sendacc.contract.snapshot.Change;
import org.sendacc.contract.snapshot.ChangeKind;
import org.sendacc.contract.snapshot.Comparison;
import org.sendacc.contract.snapshot.TrendJudgement;
import org.sendacc.server.Routes;
import org.sendacc.server.page.Display;
import org.sendacc.server.snapshot.Area;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.Snapshot;

/**
 * The headline findings about a local authority or an ICB footprint, each written by a rule from the statistics the
 * snapshot already holds (docs/findings.md): significantly worse or better than England, the region or the
 * statistical neighbours at 99.8%; a significant trend judged by polarity; a rank in the worst or best tenth of LAs; an
 * LA-led and an ICB-led indicator of one pathway both worse than England; a change since the previous snapshot.
 *
 * <p>Only an area's latest figure of each series is read. A figure we withheld, or that has no value, is never the
 * basis of a finding; an ICB figure shared out to an LA is stated "across the ICB footprint", never as the LA's own.
 *
 * <p>Over 400 lines on purpose: one method per rule, in the order docs/findings.md lists them, each beside the
 * sentence it writes; the rules share the area, row and indicator they are written from ({@code Written}).
 */
public final class Findings {
    static final String WORSE = "worse_than_benchmark";
    static final String BETTER = "better_than_benchmark";
    static final String GETTING_WORSE = TrendJudgement.GETTING_WORSE.token();
    static final String GETTING_BETTER = TrendJudgement.GETTING_BETTER.token();
    static final String BOTTOM_TENTH = "bottom_tenth";
    static final String TOP_TENTH = "top_tenth";
    static final String JOINT = "joint_pathway";
    static final String CHANGED = "changed";
    static final String SPREAD = "spread";
    static final String GAP_WIDEST = "gap_widest_among_neighbours";
    static final String GAP_WIDENING = "gap_widening";
    /** How many consecutive periods a gap must have widened over to be a finding. */
    static final int WIDENING_PERIODS = 3;

    private Findings() {}

    /**
     * The area's findings as cards, one per family of indicators (docs/findings.md "Cards"): the most severe card first,
     * then the catalogue's order; within a card, the most severe finding first.
     */
    public static List<FindingCard> cards(Snapshot snapshot, Area area) {
        return cards(snapshot, area, List.of());
    }

    /** As {@link #cards(Snapshot, Area)}, for an LA whose statistical neighbours are known (closest first). */
    public static List<FindingCard> cards(Snapshot snapshot, Area area, List<String> neighbours) {
        Map<String, List<Finding>> byFamily = new LinkedHashMap<>();
        for (Finding finding : of(snapshot, area, neighbours)) {
            String family = snapshot.indicator(finding.indicatorId())
                    .map(Indicator::family)
                    .orElse(finding.indicatorId());
            byFamily.computeIfAbsent(family, ignored -> new ArrayList<>()).add(finding);
        }
        List<FindingCard> cards = new ArrayList<>();
        byFamily.forEach((family, findings) -> {
            Finding headline = findings.get(0); // of() lists the most severe first, so each family's first is too
            String title = snapshot.indicator(headline.indicatorId())
                    .map(Indicator::title)
                    .orElse(headline.indicatorId());
            cards.add(new FindingCard(
                    family,
                    title,
                    headline.severity(),
                    headline.partner(),
                    headline.sentence(),
                    headline.evidence(),
                    findings));
        });
        return List.copyOf(cards); // in the order of their headlines: the most severe first, as of() sorted them
    }

    /** Every finding about the area (an LA or an ICB footprint), the most severe first. */
    public static List<Finding> of(Snapshot snapshot, Area area) {
        return of(snapshot, area, List.of());
    }

    /** As {@link #of(Snapshot, Area)}, for an LA whose statistical neighbours are known (closest first). */
    public static List<Finding> of(Snapshot snapshot, Area area, List<String> neighbours) {
        List<Finding> findings = new ArrayList<>();
        List<IndicatorRow> latest = snapshot.latestAreaRows(area.areaCode()).stream()
                .map(snapshot::measured) // an LA's estimate is never tested: the ICB's measured figure is
                .flatMap(Optional::stream)
                .filter(Findings::hasFigure)
                .toList();
        for (IndicatorRow row : latest) {
            Optional<Indicator> indicator = snapshot.indicator(row.indicatorId());
            if (indicator.isEmpty() || indicator.get().polarity() == Polarity.NO_JUDGEMENT) {
                continue;
            }
            Written written = new Written(snapshot, area, row, indicator.get());
            written.spread().ifPresent(findings::add);
            written.comparison(Comparison.WORSE_99_8).ifPresent(findings::add);
            written.comparison(Comparison.BETTER_99_8).ifPresent(findings::add);
            written.trend().ifPresent(findings::add);
            written.tenth().ifPresent(findings::add);
            written.widestGap(neighbours).ifPresent(findings::add);
            written.wideningGap().ifPresent(findings::add);
        }
        findings.addAll(joint(snapshot, area, latest));
        findings.addAll(changes(snapshot, area));
        Map<String, Integer> positions = new HashMap<>();
        List<Indicator> indicators = snapshot.catalogue().indicators();
        for (int index = 0; index < indicators.size(); index++) {
            positions.put(indicators.get(index).id(), index);
        }
        findings.sort(Comparator.comparingInt(Finding::severity)
                .reversed()
                .thenComparing(finding -> positions.getOrDefault(finding.indicatorId(), Integer.MAX_VALUE)));
        return List.copyOf(findings);
    }

    private static boolean hasFigure(IndicatorRow row) {
        return row.value() != null && !row.suppressed();
    }

    /** One row's findings, with what every sentence about it says the same way. */
    private record Written(Snapshot snapshot, Area area, IndicatorRow row, Indicator indicator) {
        /** Who or where the sentence is about: the LA, or the ICB footprint for a shared-out or footprint figure. */
        String subject() {
            return Findings.subject(snapshot, area, row);
        }

        String value(Double value) {
            return Findings.value(value, row.unit());
        }

        String figure() {
            String ci = row.lowerCi95() == null || row.upperCi95() == null
                    ? ""
                    : " (95% CI " + value(row.lowerCi95()) + " to " + value(row.upperCi95()) + ")";
            return value(row.value()) + " in " + period(snapshot, row) + ci;
        }

        Finding finding(String kind, int severity, String sentence, String evidence) {
            return new Finding(
                    area.areaCode(),
                    kind,
                    severity,
                    sentence,
                    row.indicatorId(),
                    row.period(),
                    row.source(),
                    row.partner(),
                    evidence,
                    row.value(),
                    row.lowerCi95(),
                    row.upperCi95(),
                    null);
        }

        /**
         * Significantly worse (at 99.8%) or better than England, the region or the neighbours. Not for a
         * count (an area's count against England's total says nothing); a figure shared out from the ICB is compared
         * with England only, as its region and the LA's neighbours are not the footprint's.
         */
        Optional<Finding> comparison(Comparison code) {
            if (row.unit() == Unit.COUNT) {
                return Optional.empty();
            }
            List<String> benchmarks = new ArrayList<>();
            if (code == row.comparisonEngland()) {
                benchmarks.add("England (" + value(row.englandValue()) + ")");
            }
            boolean own = row.areaLevel() == area.areaLevel();
            if (own && code == row.comparisonRegion() && area.regionName() != null) {
                benchmarks.add("the region, " + area.regionName() + " (" + value(row.regionValue()) + ")");
            }
            if (own && code == row.comparisonNeighbours()) {
                benchmarks.add("its statistical neighbours (" + value(row.neighboursValue()) + ")");
            }
            if (benchmarks.isEmpty()) {
                return Optional.empty();
            }
            boolean worse = code.isWorse();
            String sentence = subject() + ": " + indicator.title() + " was " + figure() + ", significantly "
                    + (worse ? "worse" : "better") + " than " + list(benchmarks) + " at 99.8%; "
                    + accountable(row.partner()) + ".";
            int severity = !worse ? 1 : code == row.comparisonEngland() ? 4 : 3;
            return Optional.of(finding(worse ? WORSE : BETTER, severity, sentence, evidence(area, row)));
        }

        /**
         * A footprint leads with its spread: where its LAs have figures of their own (not shares of an ICB figure) and
         * any is significantly worse than England, how many of them and which, then the pooled footprint figure, which
         * can hide a failing LA (docs/findings.md). The LAs are those whose main ICB footprint this is.
         */
        Optional<Finding> spread() {
            if (area.areaLevel() != AreaLevel.ICB || row.areaLevel() != AreaLevel.ICB || row.unit() == Unit.COUNT) {
                return Optional.empty();
            }
            List<IndicatorRow> members = snapshot.rows(row.indicatorId(), row.period()).stream()
                    .filter(la -> la.areaLevel() == AreaLevel.LA
                            && la.source().equals(row.source())
                            && area.areaCode().equals(la.icbCode())
                            && !la.isEstimate()
                            && hasFigure(la))
                    .toList();
            List<IndicatorRow> worse = members.stream()
                    .filter(la -> la.comparisonEngland() != null
                            && la.comparisonEngland().isWorse())
                    .sorted(Comparator.comparing(IndicatorRow::comparisonEngland)
                            .reversed() // worse_99.8 before worse_95
                            .thenComparing(IndicatorRow::areaName))
                    .toList();
            if (worse.isEmpty()) {
                return Optional.empty();
            }
            List<String> named = worse.stream()
                    .map(la -> la.areaName() + " " + value(la.value()))
                    .toList();
            String sentence = "Across the " + area.areaName() + " footprint: " + worse.size() + " of "
                    + members.size() + " local authorities " + (worse.size() == 1 ? "is" : "are")
                    + " significantly worse than England (" + value(row.englandValue()) + ") on "
                    + indicator.title() + " in " + period(snapshot, row) + ": " + list(named)
                    + "; pooled across the footprint, " + value(row.value()) + "; "
                    + accountable(row.partner()) + ".";
            String evidence = Routes.icb(area.areaCode()) + "?indicator=" + row.indicatorId();
            return Optional.of(finding(SPREAD, 4, sentence, evidence));
        }

        /**
         * How far those in the row's group (an EHC plan, SEN support) are behind those with no SEN, by polarity: the
         * no-SEN figure less the row's where higher is better, the row's less the no-SEN figure where lower is better;
         * null without both figures.
         */
        Double behind(IndicatorRow of) {
            if (of.gapToNoSen() == null || of.suppressed()) {
                return null;
            }
            return indicator.polarity() == Polarity.HIGHER_IS_BETTER ? -of.gapToNoSen() : of.gapToNoSen();
        }

        /** A gap in words: "38.5 points", "5.2 percentage points". */
        String gap(double gap) {
            return Display.gap(gap, row.unit());
        }

        /** "10.3 against 48.8 for those with no SEN, a gap of 38.5 points". */
        String gapFigures(IndicatorRow of) {
            return value(of.value()) + " against " + value(of.noSenValue()) + " for those with no SEN, a gap of "
                    + gap(of.gapToNoSen());
        }

        /**
         * The LA's gap to those with no SEN is the widest among it and its statistical neighbours with a gap in the
         * same period (at least five of them): the sentence names the next widest.
         */
        Optional<Finding> widestGap(List<String> neighbours) {
            Double own = behind(row);
            if (own == null || area.areaLevel() != AreaLevel.LA || row.areaLevel() != AreaLevel.LA) {
                return Optional.empty();
            }
            IndicatorRow next = null;
            int compared = 0;
            for (IndicatorRow other : snapshot.rows(row.indicatorId(), row.period())) {
                Double theirs = behind(other);
                if (theirs == null || !other.source().equals(row.source()) || !neighbours.contains(other.areaCode())) {
                    continue;
                }
                compared++;
                if (theirs >= own) {
                    return Optional.empty();
                }
                if (next == null || theirs > behind(next)) {
                    next = other;
                }
            }
            if (compared < 5) {
                return Optional.empty();
            }
            String sentence = subject() + ": " + indicator.title() + " was " + gapFigures(row) + ", in "
                    + period(snapshot, row) + ": the widest gap among its " + compared
                    + " statistical neighbours with figures (next widest " + next.areaName() + ", "
                    + gap(next.gapToNoSen()) + "); " + accountable(row.partner()) + ".";
            String evidence = Routes.neighbours(area.areaCode()) + "#" + row.indicatorId();
            return Optional.of(finding(GAP_WIDEST, 3, sentence, evidence));
        }

        /**
         * The gap to those with no SEN has widened in each of the latest {@link #WIDENING_PERIODS} periods of one
         * series (never across a break: the snapshot's series restarts there).
         */
        Optional<Finding> wideningGap() {
            if (behind(row) == null || row.breakInSeries()) {
                return Optional.empty();
            }
            List<IndicatorRow> series = snapshot.series(row);
            int last = series.indexOf(row);
            int first = last - (WIDENING_PERIODS - 1);
            if (last < 0 || first < 0) {
                return Optional.empty();
            }
            for (int index = first; index < last; index++) {
                Double earlier = behind(series.get(index));
                Double later = behind(series.get(index + 1));
                if (earlier == null || later == null || later <= earlier) {
                    return Optional.empty();
                }
            }
            IndicatorRow from = series.get(first);
            String sentence = subject() + ": the gap on " + indicator.title() + " to those with no SEN has widened"
                    + " over " + WIDENING_PERIODS + " periods, from " + gap(from.gapToNoSen()) + " in "
                    + Display.periodName(from.period(), from.periodLabel(), from.periodStart()) + " to "
                    + gapFigures(row) + " in " + period(snapshot, row) + "; " + accountable(row.partner()) + ".";
            return Optional.of(finding(GAP_WIDENING, 2, sentence, evidence(area, row)));
        }

        /** A significant trend over the latest consecutive periods, judged by polarity. */
        Optional<Finding> trend() {
            boolean worse = row.trendJudgement() == TrendJudgement.GETTING_WORSE;
            if ((!worse && row.trendJudgement() != TrendJudgement.GETTING_BETTER) || row.trendPoints() == null) {
                return Optional.empty();
            }
            List<IndicatorRow> series = snapshot.series(row);
            int last = series.indexOf(row);
            int first = last - (row.trendPoints() - 1);
            if (last < 0 || first < 0 || !hasFigure(series.get(first))) {
                return Optional.empty();
            }
            IndicatorRow from = series.get(first);
            String sentence = subject() + ": " + indicator.title() + " has got significantly "
                    + (worse ? "worse" : "better") + " over " + row.trendPoints() + " periods, from "
                    + value(from.value()) + " in "
                    + Display.periodName(from.period(), from.periodLabel(), from.periodStart())
                    + " to " + value(row.value()) + " in "
                    + Display.periodName(row.period(), row.periodLabel(), row.periodStart())
                    + " (test for trend at 99.8%); " + accountable(row.partner()) + ".";
            return Optional.of(
                    finding(worse ? GETTING_WORSE : GETTING_BETTER, worse ? 3 : 1, sentence, evidence(area, row)));
        }

        /**
         * A rank in the worst or best tenth, among LAs for an LA's figure and among ICB footprints for a footprint's;
         * never an estimate, and not for a count (it ranks by size) or an answer many areas share (yes or no, an
         * inspection outcome: ties, not a rank).
         */
        Optional<Finding> tenth() {
            if (!row.isRankable()
                    || List.of(Unit.COUNT, Unit.YES_NO, Unit.OUTCOME).contains(row.unit())
                    || row.rank() == null
                    || row.rankedAreas() == null
                    || row.rankedAreas() < 10) {
                return Optional.empty();
            }
            long tenth = row.rankedAreas() / 10;
            boolean bottom = row.rank() > row.rankedAreas() - tenth;
            if (!bottom && row.rank() > tenth) {
                return Optional.empty();
            }
            String areas = row.areaLevel() == AreaLevel.ICB ? " ICB footprints" : " local authorities";
            String sentence = subject() + ": " + indicator.title() + " ranks " + ordinal(row.rank()) + " of "
                    + row.rankedAreas() + areas + " (1st is best) at " + value(row.value()) + " in "
                    + period(snapshot, row) + ", in the " + (bottom ? "worst" : "best") + " tenth; "
                    + accountable(row.partner()) + ".";
            String evidence = Routes.indicator(row.indicatorId()) + "?period=" + row.period() + "&source="
                    + row.source() + "&area=" + row.areaCode();
            return Optional.of(finding(bottom ? BOTTOM_TENTH : TOP_TENTH, bottom ? 3 : 1, sentence, evidence));
        }
    }

    /** Where an LA-led and an ICB-led indicator of one pathway are both worse than England, the joint story. */
    private static List<Finding> joint(Snapshot snapshot, Area area, List<IndicatorRow> latest) {
        List<Finding> findings = new ArrayList<>();
        for (Pathway pathway : Pathway.values()) {
            IndicatorRow la = firstWorse(snapshot, latest, pathway, Partner.LA);
            IndicatorRow icb = firstWorse(snapshot, latest, pathway, Partner.ICB);
            if (la == null || icb == null) {
                continue;
            }
            String laTitle = snapshot.indicator(la.indicatorId()).orElseThrow().title();
            String icbTitle =
                    snapshot.indicator(icb.indicatorId()).orElseThrow().title();
            String footprint = area.areaLevel() == AreaLevel.LA && icb.areaLevel() == AreaLevel.ICB
                    ? "across the " + icb.areaName() + " footprint, "
                    : "";
            String sentence = subject(snapshot, area, la) + ": in " + pathway.label() + ", the LA-led \u201c"
                    + laTitle + "\u201d (" + value(la.value(), la.unit()) + " in " + period(snapshot, la) + ", England "
                    + value(la.englandValue(), la.unit()) + ") and the ICB-led \u201c" + icbTitle + "\u201d ("
                    + footprint + value(icb.value(), icb.unit()) + " in " + period(snapshot, icb) + ", England "
                    + value(icb.englandValue(), icb.unit()) + ") are both worse than England: a joint problem for "
                    + "the local authority and the ICB.";
            findings.add(new Finding(
                    area.areaCode(),
                    JOINT,
                    5,
                    sentence,
                    la.indicatorId(),
                    la.period(),
                    la.source(),
                    Partner.JOINT,
                    evidence(area, la),
                    la.value(),
                    la.lowerCi95(),
                    la.upperCi95(),
                    icb.indicatorId()));
        }
        return findings;
    }

    private static IndicatorRow firstWorse(
            Snapshot snapshot, List<IndicatorRow> latest, Pathway pathway, Partner partner) {
        for (IndicatorRow row : latest) {
            Optional<Indicator> indicator = snapshot.indicator(row.indicatorId());
            if (indicator.isPresent()
                    && pathway == indicator.get().pathway()
                    && partner == row.partner()
                    && row.comparisonEngland() != null
                    && row.comparisonEngland().isWorse()) {
                return row;
            }
        }
        return null;
    }

    /** What changed in the area's figures since the previous snapshot (not a new period: that is every area's). */
    private static List<Finding> changes(Snapshot snapshot, Area area) {
        List<Finding> findings = new ArrayList<>();
        for (Change change : snapshot.changes().changes()) {
            if (!change.areaCode().equals(area.areaCode()) || change.kind() == ChangeKind.NEW_PERIOD) {
                continue;
            }
            Optional<Indicator> indicator = snapshot.indicator(change.indicatorId());
            if (indicator.isEmpty()) {
                continue;
            }
            IndicatorRow row = snapshot.series(change.indicatorId(), change.source(), change.areaCode()).stream()
                    .filter(candidate -> candidate.period().equals(change.period()))
                    .findFirst()
                    .orElse(null);
            Unit unit = indicator.get().unit();
            String subject = row == null ? area.areaName() : subject(snapshot, area, row);
            String title = "\u201c" + indicator.get().title() + "\u201d";
            String figure = "the " + change.periodLabel() + " figure for " + title;
            String before = value(change.oldValue(), unit);
            String after = value(change.newValue(), unit);
            String since = "since the previous snapshot";
            String sentence;
            int severity;
            switch (change.kind()) {
                case REVISED -> {
                    boolean moved = change.oldCategory() != null
                            && change.newCategory() != null
                            && change.oldCategory() != change.newCategory();
                    sentence = subject + ": " + figure + " was revised from " + before + " to " + after + " " + since
                            + " (" + Display.source(change.source()) + ")"
                            + (moved
                                    ? "; it is now " + category(change.newCategory()) + ", where it was "
                                            + category(change.oldCategory())
                                    : "")
                            + ".";
                    severity = moved && change.newCategory().isWorse() ? 3 : 2;
                }
                case CATEGORY_MOVED -> {
                    sentence = subject + ": " + title + " for " + change.periodLabel() + " (" + after + ") is now "
                            + category(change.newCategory()) + "; the previous snapshot had it "
                            + category(change.oldCategory()) + ".";
                    severity =
                            change.newCategory() != null && change.newCategory().isWorse() ? 3 : 1;
                }
                case NEWLY_SUPPRESSED -> {
                    sentence = subject + ": " + figure + " is now withheld to protect confidentiality, " + since + ".";
                    severity = 1;
                }
                case RELEASED -> {
                    sentence = subject + ": " + figure + " is now " + after + ", where the previous snapshot had no"
                            + " value.";
                    severity = 1;
                }
                default -> {
                    sentence = subject + ": " + figure + " has been withdrawn " + since + ", which had it at " + before
                            + ".";
                    severity = 2;
                }
            }
            findings.add(new Finding(
                    area.areaCode(),
                    CHANGED,
                    severity,
                    sentence,
                    change.indicatorId(),
                    change.period(),
                    change.source(),
                    indicator.get().partner(),
                    Routes.CHANGES + "?area=" + area.areaCode() + "&indicator=" + change.indicatorId(),
                    change.newValue(),
                    null,
                    null,
                    null));
        }
        return findings;
    }

    /** The area's name, or "Across the X footprint" for an ICB footprint's figure (on its page or its LAs'). */
    static String subject(Snapshot snapshot, Area area, IndicatorRow row) {
        if (row.areaLevel() == AreaLevel.ICB) {
            return "Across the " + row.areaName() + " footprint";
        }
        if (area.areaLevel() == AreaLevel.ICB) {
            return "Across the " + area.areaName() + " footprint";
        }
        return area.areaName();
    }

    /**
     * A figure's period as the sentence says it, with its age where it ended a year or more before the snapshot ("in
     * October 2023, three years before this snapshot"): a reader must not take an old figure for a current one.
     */
    static String period(Snapshot snapshot, IndicatorRow row) {
        return Display.periodWithAge(row.period(), row.periodLabel(), row.periodStart(), snapshot.day());
    }

    /** A value with its unit in words: "9.3%", "12.4 per 1,000", "Inconsistent experiences and outcomes". */
    static String value(Double value, Unit unit) {
        String suffix = Display.unitSuffix(unit);
        String text = Display.value(value, unit);
        return suffix.isEmpty() || text.isEmpty() ? text : text + " " + suffix;
    }

    /** "the local authority is accountable", and so on. */
    static String accountable(Partner partner) {
        return switch (partner) {
            case LA -> "the local authority is accountable";
            case ICB -> "the ICB is accountable";
            case JOINT -> "the local authority and the ICB are jointly accountable";
        };
    }

    /** A comparison with England in words, starting in lower case: "worse than England (significant at 99.8%)". */
    static String category(Comparison code) {
        String description = Display.comparison(code, Benchmark.ENGLAND).description();
        return description.substring(0, 1).toLowerCase(Locale.UK) + description.substring(1);
    }

    /** "A", "A and B", "A, B and C". */
    static String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st... */
    static String ordinal(int number) {
        return Display.ordinal(number);
    }

    /** The page that shows a row's figures: the LA's card on its profile, or the ICB page with the indicator. */
    private static String evidence(Area area, IndicatorRow row) {
        return row.areaLevel() == AreaLevel.ICB
                ? Routes.icb(row.areaCode()) + "?indicator=" + row.indicatorId()
                : Routes.area(area.areaCode()) + "#" + row.indicatorId();
    }
}

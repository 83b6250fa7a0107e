package org.sendacc.analytics.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sendacc.analytics.areas.Area;
import org.sendacc.analytics.areas.Areas;
import org.sendacc.analytics.areas.IcbShare;
import org.sendacc.analytics.recipe.BaseRow;
import org.sendacc.contract.catalogue.Catalogue;
import org.sendacc.contract.catalogue.CiMethod;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.catalogue.Publication;
import org.sendacc.contract.catalogue.SeriesBreak;
import org.sendacc.contract.catalogue.SeriesSource;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.Comparison;
import org.sendacc.contract.snapshot.TrendDirection;
import org.sendacc.contract.snapshot.TrendJudgement;
import org.sendacc.statistics.ByarCount;
import org.sendacc.statistics.Comparisons;
import org.sendacc.statistics.ConfidenceLevel;
import org.sendacc.statistics.Interval;
import org.sendacc.statistics.Suppression;
import org.sendacc.statistics.Trend;
import org.sendacc.statistics.TrendTest;
import org.sendacc.statistics.WilsonScore;

/**
 * Builds the indicators table from the recipes' base rows, in plain Java: fills in the levels a source lacks by adding
 * LAs up, computes values and confidence intervals, benchmarks against England, region, ICB footprint and statistical
 * neighbours, ranks LAs, tests the trend, flags breaks in series, and marks small counts for suppression. Each step
 * is one pass over the rows (tens of thousands), in the order {@link #build} calls them; none costs more for another
 * indicator in the catalogue than the rows it adds.
 */
public final class IndicatorTable {
    static final String NOT_IN_SOURCE = "no figure in the source for this area and period";
    static final String SUPPRESSED_REASON = "suppressed to protect confidentiality (a count between 1 and 4)";
    static final String NO_DENOMINATOR = "no denominator for this area (a predecessor LA has no population of its own)";

    private final List<IndicatorRow> rows;

    private IndicatorTable(List<IndicatorRow> rows) {
        this.rows = rows;
    }

    /** The full table, before suppression is applied (for the area's own analysts). */
    public static IndicatorTable build(List<BaseRow> base, Catalogue catalogue, Areas areas, String snapshotId) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        catalogue.indicators().forEach(indicator -> indicators.put(indicator.id(), indicator));
        List<IndicatorRow> rows = new ArrayList<>();
        for (BaseRow row : withAggregates(base, areas)) {
            Indicator indicator = indicators.get(row.indicatorId());
            if (indicator != null) {
                IndicatorRow indicatorRow = new IndicatorRow(
                        indicator,
                        row.source(),
                        row.areaCode(),
                        row.level(),
                        row.period().key(),
                        row.period().label(),
                        row.period().start(),
                        row.numerator(),
                        row.denominator(),
                        row.isApportioned(),
                        row.missingReason());
                indicatorRow.publishedDate = row.published();
                indicatorRow.evidenceUrl = row.link();
                indicatorRow.lowerCi95 = row.publishedLower95();
                indicatorRow.upperCi95 = row.publishedUpper95();
                indicatorRow.noSenValue = row.noSenValue();
                indicatorRow.publishedValue = row.publishedValue();
                rows.add(indicatorRow);
            }
        }
        withEveryCurrentLa(rows, areas);
        for (IndicatorRow row : rows) {
            areas.area(row.areaCode).ifPresent(area -> {
                row.areaName = area.name();
                row.regionCode = area.regionCode();
                row.icbCode = area.icbCode();
            });
            wholeCounts(row);
            row.value = value(row);
            intervals(row);
            row.gapToNoSen = row.value == null || row.noSenValue == null ? null : row.value - row.noSenValue;
            row.isSuppressed = isDisclosive(row);
            row.snapshotId = snapshotId;
        }
        SecondarySuppression.apply(rows, areas);
        withBenchmarks(rows, areas);
        for (IndicatorRow row : rows) {
            Polarity polarity = row.indicator.polarity();
            row.comparisonEngland = comparison(row, row.englandValue, polarity);
            row.comparisonRegion = comparison(row, row.regionValue, polarity);
            row.comparisonNeighbours = comparison(row, row.neighboursValue, polarity);
            row.comparisonIcb = comparison(row, row.icbValue, polarity);
        }
        withRanks(rows);
        withTrendsAndBreaks(rows, areas);
        for (IndicatorRow row : rows) {
            row.noValueReason = noValueReason(row);
        }
        withCitations(rows, catalogue);
        rows.sort(Comparator.<IndicatorRow, String>comparing(row -> row.indicator.id())
                .thenComparing(row -> row.source)
                .thenComparing(row -> row.level)
                .thenComparing(row -> row.areaCode)
                .thenComparing(row -> row.periodStart)
                .thenComparing(row -> row.period));
        return new IndicatorTable(rows);
    }

    /**
     * The published table: suppressed rows keep their place and reason, but no figure that could disclose. Indicators
     * without a confidence interval (yes/no answers, workforce ratios) publish their value only: their numerators and
     * denominators (an LA's "1 of 1", FTE counts) are inputs with no statistical use here, kept in the restricted table.
     * A yes or no answer above LA level keeps its counts: "45 of 82 LAs" says what England's share means. Estimates
     * (an LA's share of its ICB's figures) publish no counts either: "1,019.7 of 2,189.3 children" would read as a
     * measurement; an estimated count is published as a whole number.
     */
    public IndicatorTable published() {
        List<IndicatorRow> published = new ArrayList<>(rows.size());
        for (IndicatorRow full : rows) {
            IndicatorRow row = full.copy();
            boolean countsOfLas = row.indicator.unit() == Unit.YES_NO && row.level != AreaLevel.LA;
            CiMethod method = row.indicator.ciMethod();
            if ((method == CiMethod.NONE && !countsOfLas) || method == CiMethod.PUBLISHED || row.isEstimate()) {
                row.numerator = null;
                row.denominator = null;
            }
            if (row.isEstimate() && row.value != null && row.indicator.unit() == Unit.COUNT) {
                row.value = (double) Math.round(row.value); // an estimated number of children is a whole number
            }
            if (row.isSuppressed) {
                row.value = null;
                row.numerator = null;
                row.denominator = null;
                row.lowerCi95 = null;
                row.upperCi95 = null;
                row.lowerCi998 = null;
                row.upperCi998 = null;
                row.noSenValue = null;
                row.gapToNoSen = null;
                String notCompared = Comparison.NOT_COMPARED.token();
                row.comparisonEngland = notCompared;
                row.comparisonRegion = notCompared;
                row.comparisonNeighbours = notCompared;
                row.comparisonIcb = notCompared;
            }
            published.add(row);
        }
        return new IndicatorTable(published);
    }

    /** Each row's values in the order of the snapshot's columns. */
    public List<Object[]> values() {
        return rows.stream().map(IndicatorRow::values).toList();
    }

    /** The rows, for this package's tests. */
    List<IndicatorRow> rows() {
        return rows;
    }

    public long rowCount() {
        return rows.size();
    }

    public long suppressedRows() {
        return rows.stream().filter(row -> row.isSuppressed).count();
    }

    public long indicators() {
        return rows.stream().map(row -> row.indicator.id()).distinct().count();
    }

    public long areas() {
        return rows.stream().map(row -> row.areaCode).distinct().count();
    }

    public long periods() {
        return rows.stream().map(row -> row.period).distinct().count();
    }

    private record SeriesPeriod(String indicatorId, String source, BaseRow.Period period) {}

    private record SeriesLevel(String indicatorId, String source, AreaLevel level) {}

    /**
     * Adds the levels a source lacks, from its LA rows: an ICB footprint sums its LAs weighted by each LA's share of
     * 0-25 population in the ICB (flagged apportioned where an LA straddles ICBs), a region and England sum their LAs.
     */
    static List<BaseRow> withAggregates(List<BaseRow> base, Areas areas) {
        Set<SeriesLevel> present = new HashSet<>();
        base.forEach(row -> present.add(new SeriesLevel(row.indicatorId(), row.source(), row.level())));
        Map<SeriesPeriod, Map<String, Sum>> icbs = new LinkedHashMap<>();
        Map<SeriesPeriod, Map<String, Sum>> regions = new LinkedHashMap<>();
        Map<SeriesPeriod, Sum> england = new LinkedHashMap<>();
        for (BaseRow row : base) {
            if (row.level() != AreaLevel.LA || row.numerator() == null || row.denominator() == null) {
                continue;
            }
            SeriesPeriod key = new SeriesPeriod(row.indicatorId(), row.source(), row.period());
            for (IcbShare share : areas.sharesOf(row.areaCode())) {
                icbs.computeIfAbsent(key, ignored -> new LinkedHashMap<>())
                        .computeIfAbsent(share.icbCode(), ignored -> new Sum())
                        .add(
                                row.numerator() * share.shareOfLa(),
                                row.denominator() * share.shareOfLa(),
                                share.shareOfLa() < 1.0 || row.isApportioned());
            }
            areas.area(row.areaCode())
                    .ifPresent(area -> regions.computeIfAbsent(key, ignored -> new LinkedHashMap<>())
                            .computeIfAbsent(area.regionCode(), ignored -> new Sum())
                            .add(row.numerator(), row.denominator(), row.isApportioned()));
            england.computeIfAbsent(key, ignored -> new Sum())
                    .add(row.numerator(), row.denominator(), row.isApportioned());
        }
        List<BaseRow> rows = new ArrayList<>(base);
        addMissingLevel(rows, present, AreaLevel.ICB, icbs);
        addMissingLevel(rows, present, AreaLevel.REGION, regions);
        Map<SeriesPeriod, Map<String, Sum>> englandByCode = new LinkedHashMap<>();
        england.forEach((key, sum) -> englandByCode.put(key, Map.of(AreaLevel.ENGLAND_CODE, sum)));
        addMissingLevel(rows, present, AreaLevel.ENGLAND, englandByCode);
        return rows;
    }

    private static void addMissingLevel(
            List<BaseRow> rows, Set<SeriesLevel> present, AreaLevel level, Map<SeriesPeriod, Map<String, Sum>> sums) {
        sums.forEach((key, byArea) -> {
            if (!present.contains(new SeriesLevel(key.indicatorId(), key.source(), level))) {
                byArea.forEach((code, sum) -> rows.add(new BaseRow(
                        key.indicatorId(),
                        key.source(),
                        code,
                        level,
                        key.period(),
                        sum.numerator,
                        sum.denominator,
                        sum.isApportioned,
                        null)));
            }
        });
    }

    /** A running sum of numerators and denominators, apportioned when any part was. */
    private static final class Sum {
        double numerator;
        double denominator;
        boolean isApportioned;

        void add(double numerator, double denominator, boolean isApportioned) {
            this.numerator += numerator;
            this.denominator += denominator;
            this.isApportioned |= isApportioned;
        }
    }

    /** Every current LA gets a row for every period of every series, with a reason where the source has none. */
    static void withEveryCurrentLa(List<IndicatorRow> rows, Areas areas) {
        Set<AreaSeriesPeriod> has = new HashSet<>();
        Map<String, IndicatorRow> periods = new LinkedHashMap<>();
        for (IndicatorRow row : rows) {
            has.add(new AreaSeriesPeriod(row.indicator.id(), row.source, row.period, row.areaCode));
            periods.putIfAbsent(
                    String.join("\u0000", row.indicator.id(), row.source, row.period, row.periodLabel) + "\u0000"
                            + row.periodStart,
                    row);
        }
        List<IndicatorRow> missing = new ArrayList<>();
        for (IndicatorRow period : periods.values()) {
            for (Area la : areas.currentLas()) {
                boolean existed = la.validFrom() == null || la.validFrom().getYear() <= period.periodStart.getYear();
                if (existed
                        && !has.contains(
                                new AreaSeriesPeriod(period.indicator.id(), period.source, period.period, la.code()))) {
                    missing.add(new IndicatorRow(
                            period.indicator,
                            period.source,
                            la.code(),
                            AreaLevel.LA,
                            period.period,
                            period.periodLabel,
                            period.periodStart,
                            null,
                            null,
                            false,
                            NOT_IN_SOURCE));
                }
            }
        }
        rows.addAll(missing);
    }

    /**
     * An ICB footprint adds up its LAs' counts, and an LA that straddles two ICBs adds its population share of them to
     * each: the footprint's count of children is then rounded to a whole number, before its value and interval are
     * computed from it (docs/snapshot.md "Estimates"). Counts without an interval (FTE, pounds) are not counts of
     * children and keep their fractions.
     */
    static void wholeCounts(IndicatorRow row) {
        if (row.level != AreaLevel.ICB || !row.isApportioned || row.indicator.ciMethod() == CiMethod.NONE) {
            return;
        }
        if (row.numerator != null) {
            row.numerator = (double) Math.round(row.numerator);
        }
        if (row.denominator != null) {
            row.denominator = (double) Math.round(row.denominator);
        }
    }

    static Double value(IndicatorRow row) {
        if (row.publishedValue != null) {
            return row.publishedValue; // as published, with no counts behind it
        }
        if (row.indicator.unit() == Unit.COUNT) {
            return row.numerator;
        }
        if (row.numerator != null && row.denominator != null && row.denominator > 0) {
            return row.numerator / row.denominator * row.indicator.multiplier();
        }
        return null;
    }

    /** The 95% and 99.8% intervals on the value's scale; counts are rounded to whole numbers first. */
    static void intervals(IndicatorRow row) {
        CiMethod method = row.indicator.ciMethod();
        if (method == CiMethod.PUBLISHED) {
            publishedIntervals(row);
            return;
        }
        if (row.value == null || row.numerator == null || method == CiMethod.NONE || row.isEstimate()) {
            return;
        }
        long count = Math.round(row.numerator);
        double multiplier = row.indicator.multiplier();
        Interval ci95;
        Interval ci998;
        double scale = 1;
        if (method == CiMethod.BYAR && row.indicator.unit() == Unit.COUNT) {
            ci95 = ByarCount.interval(count, ConfidenceLevel.NINETY_FIVE);
            ci998 = ByarCount.interval(count, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        } else if (row.denominator == null || row.denominator <= 0) {
            return;
        } else if (method == CiMethod.BYAR) {
            ci95 = ByarCount.rateInterval(count, row.denominator, multiplier, ConfidenceLevel.NINETY_FIVE);
            ci998 = ByarCount.rateInterval(count, row.denominator, multiplier, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        } else {
            long trials = Math.round(row.denominator);
            if (count < 0 || count > trials || trials == 0) {
                return;
            }
            ci95 = WilsonScore.interval(count, trials, ConfidenceLevel.NINETY_FIVE);
            ci998 = WilsonScore.interval(count, trials, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
            scale = multiplier;
        }
        row.lowerCi95 = ci95.lower() * scale;
        row.upperCi95 = ci95.upper() * scale;
        row.lowerCi998 = ci998.lower() * scale;
        row.upperCi998 = ci998.upper() * scale;
    }

    /** z for a two-sided 95% and 99.8% normal interval. */
    private static final double Z95 = 1.959964;

    private static final double Z998 = 3.090232;

    /**
     * The publisher's 95% interval as it gave it (read with the row), and the 99.8% interval widened from it as a
     * normal interval about the value: DfE's Progress 8 limits are the score plus and minus 1.96 standard errors, so the
     * standard error is the half-width over 1.96. Each side keeps its own half-width (DfE rounds the limits to two
     * places, so the sides can differ by 0.01). Without both limits, or a value, there is no interval.
     */
    static void publishedIntervals(IndicatorRow row) {
        if (row.value == null || row.lowerCi95 == null || row.upperCi95 == null || row.lowerCi95 > row.upperCi95) {
            row.lowerCi95 = null;
            row.upperCi95 = null;
            return;
        }
        double below = Math.max(0, row.value - row.lowerCi95);
        double above = Math.max(0, row.upperCi95 - row.value);
        row.lowerCi95 = row.value - below;
        row.upperCi95 = row.value + above;
        row.lowerCi998 = row.value - below * Z998 / Z95;
        row.upperCi998 = row.value + above * Z998 / Z95;
    }

    /**
     * Whether our primary rule withholds the row: a count of 1 to 4 (after rounding an apportioned count), as the
     * numerator, or for a percentage as the denominator minus the numerator (those without the outcome), or for a rate
     * as the denominator. Only where the indicator is controlled, and only for what we compute from unpublished local
     * returns: a publisher's released figures are shown as published (docs/snapshot.md "Disclosure").
     */
    static boolean isDisclosive(IndicatorRow row) {
        if (!row.indicator.isDisclosureControlled()
                || SeriesSource.fromCatalogue(row.source).isPublished()) {
            return false;
        }
        if (isSmall(row.numerator)) {
            return true;
        }
        Unit unit = row.indicator.unit();
        if (unit == Unit.COUNT) {
            return false;
        }
        if (unit == Unit.PERCENT && row.numerator != null && row.denominator != null) {
            return isSmall(row.denominator - row.numerator);
        }
        return isSmall(row.denominator);
    }

    /** Rounded half up, as a count is published. */
    private static boolean isSmall(Double count) {
        if (count == null) {
            return false;
        }
        long rounded =
                BigDecimal.valueOf(count).setScale(0, RoundingMode.HALF_UP).longValue();
        return rounded >= Suppression.SMALLEST_DISCLOSIVE_COUNT && rounded <= Suppression.LARGEST_DISCLOSIVE_COUNT;
    }

    private record AreaSeriesPeriod(String indicatorId, String source, String period, String areaCode) {}

    static void withBenchmarks(List<IndicatorRow> rows, Areas areas) {
        Map<AreaSeriesPeriod, Double> values = new HashMap<>();
        Map<AreaSeriesPeriod, List<IndicatorRow>> laCounts = new HashMap<>();
        for (IndicatorRow row : rows) {
            AreaSeriesPeriod key = new AreaSeriesPeriod(row.indicator.id(), row.source, row.period, row.areaCode);
            // A withheld figure is no benchmark: a region's value beside each of its LAs would publish what the
            // region's row withholds, and a withheld LA in its neighbours' pooled rate could be worked back out.
            if (row.level != AreaLevel.LA) {
                values.put(key, row.isSuppressed ? null : row.value);
            } else if (row.numerator != null && row.denominator != null && !row.isSuppressed && !row.isEstimate()) {
                laCounts.computeIfAbsent(key, ignored -> new ArrayList<>()).add(row);
            }
        }
        for (IndicatorRow row : rows) {
            String id = row.indicator.id();
            row.englandValue = values.get(new AreaSeriesPeriod(id, row.source, row.period, AreaLevel.ENGLAND_CODE));
            if (row.level != AreaLevel.LA) {
                continue;
            }
            if (row.regionCode != null) {
                row.regionValue = values.get(new AreaSeriesPeriod(id, row.source, row.period, row.regionCode));
            }
            if (row.icbCode != null) {
                row.icbValue = values.get(new AreaSeriesPeriod(id, row.source, row.period, row.icbCode));
            }
            if (row.indicator.unit() == Unit.COUNT || row.isEstimate()) {
                continue;
            }
            // Pooled: the neighbours' numerators over their denominators, not the mean of their values.
            double numerators = 0;
            double denominators = 0;
            long included = 0;
            for (String neighbour : areas.neighboursOf(row.areaCode)) {
                for (IndicatorRow counts :
                        laCounts.getOrDefault(new AreaSeriesPeriod(id, row.source, row.period, neighbour), List.of())) {
                    numerators += counts.numerator;
                    denominators += counts.denominator;
                    included++;
                }
            }
            if (included > 0) {
                row.neighboursValue = denominators == 0 ? null : numerators * row.indicator.multiplier() / denominators;
                row.neighboursIncluded = included;
            }
        }
    }

    /**
     * The row's comparison with a benchmark value by its intervals. A count is never compared: England's, a region's
     * or the neighbours' figure for a count is a total of many areas, and an area's count against it says nothing. Nor
     * is an estimate: it is the ICB's figure shared out, and only the ICB's own is tested.
     */
    static String comparison(IndicatorRow row, Double benchmark, Polarity polarity) {
        if (row.indicator.unit() == Unit.COUNT || row.isEstimate()) {
            return Comparison.NOT_COMPARED.token();
        }
        Interval ci95 =
                row.lowerCi95 == null || row.upperCi95 == null ? null : new Interval(row.lowerCi95, row.upperCi95);
        Interval ci998 =
                row.lowerCi998 == null || row.upperCi998 == null ? null : new Interval(row.lowerCi998, row.upperCi998);
        return Comparisons.compareOrNotCompared(row.value, ci95, ci998, benchmark, polarity)
                .token();
    }

    private record League(String indicatorId, String source, String period, AreaLevel level) {}

    /**
     * Ranks LAs with a published value of their own among LAs, and ICB footprints among ICB footprints, 1 = best by
     * polarity (highest first where there is no polarity). An LA's estimate (its share of ICB figures) is not ranked:
     * it would rank the same ICB figure once per LA.
     */
    static void withRanks(List<IndicatorRow> rows) {
        Map<League, List<IndicatorRow>> leagues = new LinkedHashMap<>();
        for (IndicatorRow row : rows) {
            boolean ranked = row.level == AreaLevel.LA || row.level == AreaLevel.ICB;
            if (ranked && row.value != null && !row.isSuppressed && !row.isEstimate()) {
                leagues.computeIfAbsent(
                                new League(row.indicator.id(), row.source, row.period, row.level),
                                ignored -> new ArrayList<>())
                        .add(row);
            }
        }
        for (List<IndicatorRow> league : leagues.values()) {
            league.sort(Comparator.comparingDouble(IndicatorTable::orderValue).thenComparing(row -> row.areaCode));
            int size = league.size();
            int rank = 1;
            for (int position = 0; position < size; position++) {
                IndicatorRow row = league.get(position);
                if (position > 0 && orderValue(league.get(position - 1)) != orderValue(row)) {
                    rank = position + 1;
                }
                row.rank = rank;
                row.quartile = quartile(rank - 1, size); // tied areas share the quartile of the first of them
                row.rankedAreas = (long) size;
            }
        }
    }

    /** The ascending sort key of a league: the value where lower is better, its negation otherwise. */
    private static double orderValue(IndicatorRow row) {
        double order = row.indicator.polarity() == Polarity.LOWER_IS_BETTER ? row.value : -row.value;
        return order == 0 ? 0.0 : order; // -0.0 and 0.0 tie, as in SQL
    }

    /**
     * The quartile of a league position as SQL's NTILE(4) gives it (the first size mod 4 quarters hold one area more
     * than the others); {@link #withRanks} passes the position of the first of tied areas, so ties share a quartile.
     */
    static int quartile(int position, int size) {
        int base = size / 4;
        int larger = size % 4;
        int boundary = larger * (base + 1);
        if (position < boundary) {
            return position / (base + 1) + 1;
        }
        return larger + (position - boundary) / base + 1;
    }

    private record Series(String indicatorId, String source, String areaCode) {}

    /**
     * The previous period's value, the trend test over the latest five periods, and whether a break in series falls in
     * that window: the 2023 move to person-level SEN2 (for indicators built on SEN2) or a boundary change of the area (a
     * new LA, or a region or ICB footprint one of whose LAs changed). A series restarts at its break: the test and the
     * previous value use only the periods from the break on, so no trend spans two series (docs/snapshot.md "Breaks").
     */
    static void withTrendsAndBreaks(List<IndicatorRow> rows, Areas areas) {
        Map<Series, List<IndicatorRow>> series = new LinkedHashMap<>();
        for (IndicatorRow row : rows) {
            series.computeIfAbsent(
                            new Series(row.indicator.id(), row.source, row.areaCode), ignored -> new ArrayList<>())
                    .add(row);
        }
        for (List<IndicatorRow> points : series.values()) {
            points.sort(
                    Comparator.comparing((IndicatorRow row) -> row.periodStart).thenComparing(row -> row.period));
            List<LocalDate> breaks = new ArrayList<>();
            for (SeriesBreak declared : points.get(0).indicator.breaksInSeries()) {
                breaks.add(declared.seriesStart());
            }
            LocalDate changedOn = areas.latestChange(points.get(0).areaCode);
            if (changedOn != null) {
                breaks.add(changedOn);
            }
            for (int index = 0; index < points.size(); index++) {
                IndicatorRow row = points.get(index);
                LocalDate seriesStart = seriesStart(breaks, row.periodStart);
                int first = Math.max(0, index - TrendTest.MAXIMUM_POINTS + 1);
                row.isBreakInSeries =
                        seriesStart != null && points.get(first).periodStart.isBefore(seriesStart);
                while (seriesStart != null && points.get(first).periodStart.isBefore(seriesStart)) {
                    first++;
                }
                if (first < index) {
                    IndicatorRow previous = points.get(index - 1);
                    row.previousValue = previous.isSuppressed ? null : previous.value;
                }
                trend(row, points.subList(first, index + 1));
            }
        }
    }

    /** The latest break on or before the period's start: where the period's series began; null if none. */
    private static LocalDate seriesStart(List<LocalDate> breaks, LocalDate periodStart) {
        LocalDate start = null;
        for (LocalDate change : breaks) {
            if (!change.isAfter(periodStart) && (start == null || change.isAfter(start))) {
                start = change;
            }
        }
        return start;
    }

    /**
     * The chi-square test for trend over the window's unbroken latest points: proportions for Wilson indicators, counts
     * over populations for Byar ones. An estimate (an ICB's figure shared out) is not tested: the ICB's own row is.
     */
    private static void trend(IndicatorRow row, List<IndicatorRow> window) {
        List<long[]> points = new ArrayList<>();
        for (IndicatorRow point : window) {
            if (point.numerator == null || point.denominator == null) {
                points.clear(); // a gap breaks the run: test only the unbroken latest points
                continue;
            }
            points.add(new long[] {Math.round(point.numerator), Math.round(point.denominator)});
        }
        row.trendPoints = points.size();
        row.trend = TrendDirection.NOT_TESTED.token();
        row.trendJudgement = TrendJudgement.NOT_TESTED.token();
        if (row.isEstimate()) {
            return;
        }
        Trend trend;
        try {
            switch (row.indicator.ciMethod()) {
                case WILSON -> trend = TrendTest.forProportions(points);
                case BYAR -> trend = TrendTest.forCounts(points);
                default -> {
                    return;
                }
            }
        } catch (IllegalArgumentException e) {
            return; // counts the test cannot take
        }
        row.trend = trend.direction().token();
        row.trendJudgement = trend.judgement(row.indicator.polarity()).token();
        row.trendPoints = trend.pointsUsed();
    }

    private record SeriesOfSource(String indicatorId, String source) {}

    /**
     * Where the recipe gave no date or page of its own (an inspection's report has them), each figure of a published
     * source is stamped with its release's date and page from the catalogue's publications (docs/snapshot.md
     * "Citations"), or the publication's page where the catalogue knows no release holding it.
     */
    static void withCitations(List<IndicatorRow> rows, Catalogue catalogue) {
        Map<SeriesOfSource, IndicatorRow> latest = new HashMap<>();
        for (IndicatorRow row : rows) {
            latest.merge(
                    new SeriesOfSource(row.indicator.id(), row.source),
                    row,
                    (one, other) -> one.periodStart.isAfter(other.periodStart) ? one : other);
        }
        // one publication per series, looked up once, not once per row
        Map<SeriesOfSource, Optional<Publication>> publications = new HashMap<>();
        for (IndicatorRow row : rows) {
            if (row.publishedDate != null || row.evidenceUrl != null) {
                continue;
            }
            SeriesOfSource series = new SeriesOfSource(row.indicator.id(), row.source);
            Optional<Publication> publication = publications.computeIfAbsent(
                    series,
                    ignored -> Publication.of(
                            catalogue.publications(),
                            row.source,
                            row.indicator.sources().stream()
                                    .filter(source -> source.source().equals(row.source))
                                    .findFirst()
                                    .flatMap(source -> source.optionalText("table"))
                                    .orElse(null)));
            if (publication.isPresent()) {
                Optional<Publication.Release> release =
                        publication.get().release(row.period, latest.get(series).period);
                row.evidenceUrl = release.map(Publication.Release::url)
                        .orElse(publication.get().url());
                row.publishedDate =
                        release.map(Publication.Release::releasedDay).orElse(null);
            }
        }
    }

    static String noValueReason(IndicatorRow row) {
        if (row.isSuppressed) {
            return row.isSecondarySuppression ? SecondarySuppression.REASON : SUPPRESSED_REASON;
        }
        if (row.value != null) {
            return null;
        }
        if (row.missingReason != null) {
            return row.missingReason;
        }
        if (row.numerator != null && row.denominator == null) {
            return NO_DENOMINATOR;
        }
        return NOT_IN_SOURCE;
    }
}

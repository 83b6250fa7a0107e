package org.sendacc.server.page;

import static java.util.Objects.requireNonNull;

import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.Benchmark;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.Snapshot;

/** One snapshot row as the pages show it: the row itself for links and codes, and every figure in words. */
public record RowView(
        IndicatorRow row,
        String valueText,
        String ciText,
        String countText,
        String englandText,
        String regionText,
        String neighboursText,
        String icbText,
        ComparisonView england,
        ComparisonView region,
        ComparisonView neighbours,
        ComparisonView icb,
        TrendView trend,
        String sourceLabel,
        String missingReason,
        String periodText) {

    public RowView {
        requireNonNull(row, "row is null");
    }

    public static RowView of(IndicatorRow row) {
        return of(row, null);
    }

    /**
     * The row in words as a page of the snapshot shows it: its period with its age ({@link #of(IndicatorRow,
     * java.time.LocalDate)}), and an inspection outcome above LA level as the LAs it counts, never a mean grade of
     * categories: "71 areas: 15 typically positive, 36 inconsistent, 20 widespread or systemic failings".
     */
    public static RowView in(Snapshot snapshot, IndicatorRow row) {
        RowView view = of(row, snapshot.day());
        if (row.unit() != Unit.OUTCOME) {
            return view;
        }
        String own = row.areaLevel() == AreaLevel.LA || row.value() == null
                ? view.valueText()
                : outcomeCounts(snapshot, row, row.areaLevel(), row.areaCode());
        String england = outcomeCounts(snapshot, row, AreaLevel.ENGLAND, AreaLevel.ENGLAND_CODE);
        return new RowView(
                row,
                own.isEmpty() ? view.valueText() : own,
                view.ciText(),
                view.countText(),
                england.isEmpty() ? view.englandText() : england,
                view.regionText(),
                view.neighboursText(),
                view.icbText(),
                view.england(),
                view.region(),
                view.neighbours(),
                view.icb(),
                view.trend(),
                view.sourceLabel(),
                view.missingReason(),
                view.periodText());
    }

    /** The LAs of an area (England, a region or an ICB footprint) with an outcome in the row's period, by grade. */
    private static String outcomeCounts(Snapshot snapshot, IndicatorRow row, AreaLevel level, String areaCode) {
        int[] byGrade = new int[4];
        for (IndicatorRow la : snapshot.rows(row.indicatorId(), row.period())) {
            boolean member = la.areaLevel() == AreaLevel.LA
                    && la.source().equals(row.source())
                    && la.value() != null
                    && switch (level) {
                        case REGION -> areaCode.equals(la.regionCode());
                        case ICB -> areaCode.equals(la.icbCode());
                        default -> true;
                    };
            int grade = member ? (int) Math.round(la.value()) : 0;
            if (grade >= 1 && grade <= 3) {
                byGrade[grade]++;
            }
        }
        int areas = byGrade[1] + byGrade[2] + byGrade[3];
        if (areas == 0) {
            return "";
        }
        return areas + (areas == 1 ? " area: " : " areas: ") + byGrade[1] + " typically positive, " + byGrade[2]
                + " inconsistent, " + byGrade[3] + " widespread or systemic failings";
    }

    /**
     * The row in words, its period with its age where it ended a year or more before {@code snapshotDay} ("October
     * 2023, three years before this snapshot"); the label alone where the day is null.
     */
    public static RowView of(IndicatorRow row, java.time.LocalDate snapshotDay) {
        Unit unit = row.unit();
        String valueText = row.suppressed() ? Display.SUPPRESSED : Display.value(row.value(), unit);
        if (unit == Unit.YES_NO && row.areaLevel() != AreaLevel.LA && row.denominator() != null) {
            // England's, a region's or a footprint's yes or no is a count of its LAs, never "Yes" for a majority
            valueText = Display.countOf(row.numerator(), row.denominator()) + " LAs";
        }
        String ciText = Display.interval(row.lowerCi95(), row.upperCi95(), unit);
        String countText = Display.countOf(row.numerator(), row.denominator());
        String missing = row.value() == null
                ? Display.notComparedReason(row.suppressed(), row.value(), row.lowerCi95(), row.noValueReason())
                : "";
        return new RowView(
                row,
                valueText,
                ciText,
                countText,
                Display.value(row.englandValue(), unit),
                Display.value(row.regionValue(), unit),
                Display.value(row.neighboursValue(), unit),
                Display.value(row.icbValue(), unit),
                Display.comparison(row.comparisonEngland(), Benchmark.ENGLAND),
                Display.comparison(row.comparisonRegion(), Benchmark.REGION),
                Display.comparison(row.comparisonNeighbours(), Benchmark.NEIGHBOURS),
                Display.comparison(row.comparisonIcb(), Benchmark.ICB),
                Display.trend(row.trend(), row.trendJudgement()),
                Display.source(row.source()),
                missing,
                Display.periodWithAge(row.period(), row.periodLabel(), row.periodStart(), snapshotDay));
    }

    /** The comparison with a benchmark of the snapshot (England for a reader's group, which rows do not hold). */
    public ComparisonView against(Benchmark benchmark) {
        return switch (benchmark) {
            case REGION -> region;
            case NEIGHBOURS -> neighbours;
            case ICB -> icb;
            case ENGLAND, GROUP -> england;
        };
    }

    /** Why a grey cell was not compared: suppressed, no data, no CI or no benchmark. */
    public String notComparedReason() {
        return Display.notComparedReason(row.suppressed(), row.value(), row.lowerCi95(), row.noValueReason());
    }

    /** The unit in words after the value, e.g. "per 1,000"; empty where the value says it. */
    public String unitSuffix() {
        return Display.unitSuffix(row.unit());
    }

    /** The value as a cell shows it, or why there is none. */
    public String shownValue() {
        return valueText.isEmpty() ? missingReason : valueText;
    }

    /**
     * The same measure for those with no SEN and the gap to it, "No SEN 48.8: gap 38.5 points"; empty where the source
     * gives no such figure.
     */
    public String noSenText() {
        if (row.noSenValue() == null || row.suppressed()) {
            return "";
        }
        return "No SEN " + Display.value(row.noSenValue(), row.unit()) + ": gap "
                + Display.gap(row.gapToNoSen(), row.unit());
    }

    /** The day the publisher released this figure, as GOV.UK writes dates; empty where the source does not say. */
    public String publishedText() {
        return Display.date(row.publishedDate());
    }

    /** The publisher's page for this figure, only if it is an https address; otherwise empty, never a link. */
    public String evidenceLink() {
        String url = row.evidenceUrl();
        return url != null && url.startsWith("https://") ? url : "";
    }

    /** True for a figure measured for an ICB footprint, shown on an LA's page as the ICB's, never as the LA's. */
    public boolean isIcbFigure() {
        return row.areaLevel() == AreaLevel.ICB;
    }

    public boolean hasValue() {
        return row.value() != null;
    }
}

package org.sendacc.server.export;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sendacc.contract.catalogue.CiMethod;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.Token;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.SnapshotColumns;
import org.sendacc.rules.read.SpreadsheetText;
import org.sendacc.server.snapshot.Area;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.Snapshot;

/**
 * Writes indicator rows as a tidy CSV in the column order of the DfE open data standard (time, then geography, then
 * the indicator's measures), so that a researcher can load it beside Explore Education Statistics files.
 *
 * <p>Geography columns are left empty where they do not apply (a region row has no LA), as the standard does. Measure
 * columns never are: a suppressed figure is {@code c}, a figure that does not apply to the row is {@code z} (an
 * England row has no rank), and one that is missing for another reason is {@code x}, with the reason in {@code
 * no_value_reason}. ICB footprints are not a DfE level, so their rows say {@code ICB footprint} and carry the ICB in
 * the extra columns {@code icb_code} and {@code icb_name}. Figures are rounded as they are published ({@link
 * Rounding}).
 *
 * <p>Over 400 lines on purpose: one definition per column of the export, in the export's order, each beside its
 * description in the metadata file.
 */
final class OpenDataCsv {
    static final String SUPPRESSED = "c";
    static final String NOT_AVAILABLE = "x";
    static final String NOT_APPLICABLE = "z";
    static final String COUNTRY_CODE = AreaLevel.ENGLAND_CODE;
    static final String COUNTRY_NAME = "England";

    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");
    private static final Pattern ACADEMIC_OR_FINANCIAL_YEAR = Pattern.compile("[0-9]{6}");

    /** Every column of the export, in order, with what it holds (the metadata file repeats these descriptions). */
    static final List<ExportColumn> COLUMNS = List.of(
            new ExportColumn(
                    "time_period",
                    "DfE time period: 2024 (a calendar year), 202425 (an academic year), or the year of a month",
                    (row, context) -> timePeriod(row.period())),
            new ExportColumn(
                    "time_identifier",
                    "Calendar year, Academic year, Financial year, or the month's name",
                    (row, context) -> timeIdentifier(row.period(), context.indicator())),
            new ExportColumn(
                    "geographic_level",
                    "National, Regional, Local authority, or ICB footprint (an NHS integrated care board's area)",
                    (row, context) -> row.areaLevel().geographicLevel()),
            new ExportColumn("country_code", "England's GSS code", (row, context) -> COUNTRY_CODE),
            new ExportColumn("country_name", "England", (row, context) -> COUNTRY_NAME),
            new ExportColumn(
                    SnapshotColumns.REGION_CODE,
                    "The region (E12) of a regional or LA row",
                    (row, context) -> regionCode(row, context.area())),
            new ExportColumn(
                    "region_name",
                    "The region's name",
                    (row, context) -> regionCode(row, context.area()) == null
                            ? null
                            : row.areaLevel() == AreaLevel.REGION
                                    ? row.areaName()
                                    : context.area().regionName()),
            new ExportColumn(
                    "new_la_code",
                    "The LA's current GSS code",
                    (row, context) -> row.areaLevel() == AreaLevel.LA ? row.areaCode() : null),
            new ExportColumn(
                    "old_la_code",
                    "DfE's 3-digit LA number, from the reference tables",
                    (row, context) ->
                            row.areaLevel() == AreaLevel.LA ? context.area().oldLaCode() : null),
            new ExportColumn(
                    "la_name",
                    "The LA's name",
                    (row, context) -> row.areaLevel() == AreaLevel.LA ? row.areaName() : null),
            new ExportColumn(
                    SnapshotColumns.ICB_CODE,
                    "The ICB footprint (E54) of an ICB row, or an LA's main ICB footprint",
                    (row, context) -> row.areaLevel() == AreaLevel.ICB
                            ? row.areaCode()
                            : row.areaLevel() == AreaLevel.LA ? context.area().icbCode() : null),
            new ExportColumn(
                    "icb_name",
                    "The ICB footprint's name",
                    (row, context) -> row.areaLevel() == AreaLevel.ICB
                            ? row.areaName()
                            : row.areaLevel() == AreaLevel.LA ? context.area().icbName() : null),
            new ExportColumn(
                    SnapshotColumns.INDICATOR_ID,
                    "The catalogue id of the indicator",
                    (row, context) -> row.indicatorId()),
            new ExportColumn(
                    SnapshotColumns.SOURCE,
                    "Where the figures come from: dfe_ees, moj, nhs_cwl or local_return (never mixed in one row)",
                    (row, context) -> row.source()),
            new ExportColumn(
                    SnapshotColumns.VALUE,
                    "The indicator's value on its unit's scale (see unit)",
                    (row, context) -> withheld(row, row.value(), true, Rounding.VALUE)),
            new ExportColumn(
                    SnapshotColumns.NUMERATOR,
                    "What the value is computed from; z for an estimate shared out from ICB figures",
                    (row, context) -> withheld(row, row.numerator(), !row.isEstimate(), Rounding.COUNT)),
            new ExportColumn(
                    SnapshotColumns.DENOMINATOR,
                    "What the value is computed from; z for counts and for estimates",
                    (row, context) -> withheld(
                            row, row.denominator(), row.unit() != Unit.COUNT && !row.isEstimate(), Rounding.COUNT)),
            new ExportColumn(
                    SnapshotColumns.LOWER_CI95,
                    "Lower limit of the 95% confidence interval",
                    (row, context) -> withheld(row, row.lowerCi95(), hasIntervals(row, context), Rounding.LIMIT)),
            new ExportColumn(
                    SnapshotColumns.UPPER_CI95,
                    "Upper limit of the 95% confidence interval",
                    (row, context) -> withheld(row, row.upperCi95(), hasIntervals(row, context), Rounding.LIMIT)),
            new ExportColumn(
                    SnapshotColumns.LOWER_CI998,
                    "Lower limit of the 99.8% confidence interval",
                    (row, context) -> withheld(row, row.lowerCi998(), hasIntervals(row, context), Rounding.LIMIT)),
            new ExportColumn(
                    SnapshotColumns.UPPER_CI998,
                    "Upper limit of the 99.8% confidence interval",
                    (row, context) -> withheld(row, row.upperCi998(), hasIntervals(row, context), Rounding.LIMIT)),
            new ExportColumn(
                    SnapshotColumns.ENGLAND_VALUE,
                    "England's value for the same indicator, source and period",
                    (row, context) -> measure(row, row.englandValue(), true, Rounding.VALUE)),
            new ExportColumn(
                    SnapshotColumns.COMPARISON_ENGLAND,
                    "The area against England: better/worse (or higher/lower) at 95% or 99.8%, similar, not_compared",
                    (row, context) -> label(row.comparisonEngland())),
            new ExportColumn(
                    SnapshotColumns.REGION_VALUE,
                    "The LA's region's value",
                    (row, context) -> measure(row, row.regionValue(), isLa(row), Rounding.VALUE)),
            new ExportColumn(
                    SnapshotColumns.COMPARISON_REGION,
                    "The LA against its region",
                    (row, context) -> label(row.comparisonRegion())),
            new ExportColumn(
                    SnapshotColumns.ICB_VALUE,
                    "The value of the LA's main ICB footprint",
                    (row, context) -> measure(row, row.icbValue(), isLa(row), Rounding.VALUE)),
            new ExportColumn(
                    SnapshotColumns.COMPARISON_ICB,
                    "The LA against its main ICB footprint",
                    (row, context) -> label(row.comparisonIcb())),
            new ExportColumn(
                    SnapshotColumns.NEIGHBOURS_VALUE,
                    "Pooled value of the LA's ten DfE statistical neighbours (those with figures)",
                    (row, context) -> measure(row, row.neighboursValue(), isLa(row), Rounding.VALUE)),
            new ExportColumn(
                    SnapshotColumns.NEIGHBOURS_INCLUDED,
                    "How many statistical neighbours the pooled value includes",
                    (row, context) -> whole(row.neighboursIncluded(), isLa(row))),
            new ExportColumn(
                    SnapshotColumns.COMPARISON_NEIGHBOURS,
                    "The LA against its statistical neighbours",
                    (row, context) -> label(row.comparisonNeighbours())),
            new ExportColumn(
                    SnapshotColumns.NO_SEN_VALUE,
                    "The same measure for pupils or young people with no SEN in the same area and period, as the source"
                            + " gives it (KS4, NEET, absence); z where it gives none",
                    (row, context) -> measure(row, row.noSenValue(), false, Rounding.VALUE)),
            new ExportColumn(
                    SnapshotColumns.GAP_TO_NO_SEN,
                    "value minus no_sen_value: points, or percentage points for a percentage; z without both",
                    (row, context) -> measure(row, row.gapToNoSen(), false, Rounding.VALUE)),
            new ExportColumn(
                    SnapshotColumns.RANK,
                    "Rank among LAs (an LA's row) or among ICB footprints (a footprint's row) with a published value, 1 ="
                            + " best by polarity (highest first without polarity); z for an estimate",
                    (row, context) -> whole(row.rank(), row.isRankable())),
            new ExportColumn(
                    SnapshotColumns.RANKED_AREAS,
                    "How many LAs (or ICB footprints) were ranked",
                    (row, context) -> whole(row.rankedAreas(), row.isRankable())),
            new ExportColumn(
                    SnapshotColumns.QUARTILE,
                    "Quartile of the rank, 1 = best",
                    (row, context) -> whole(row.quartile(), row.isRankable())),
            new ExportColumn(
                    SnapshotColumns.PREVIOUS_VALUE,
                    "The value of the previous period (c where that was suppressed)",
                    OpenDataCsv::previousValue),
            new ExportColumn(
                    SnapshotColumns.TREND,
                    "Chi-square test for trend over the latest (up to) five periods at 99.8%",
                    (row, context) -> label(row.trend())),
            new ExportColumn(
                    SnapshotColumns.TREND_JUDGEMENT,
                    "The trend judged by polarity: getting_better, getting_worse, no_significant_change, no_judgement",
                    (row, context) -> label(row.trendJudgement())),
            new ExportColumn(
                    SnapshotColumns.TREND_POINTS,
                    "How many periods the trend test used",
                    (row, context) -> whole(row.trendPoints(), true)),
            new ExportColumn(
                    SnapshotColumns.APPORTIONED,
                    "true where an ICB figure is shared out to an LA by 0-25 population shares (an estimate: no"
                            + " interval, comparison or rank), or where an ICB footprint adds a share of a straddling LA's"
                            + " counts",
                    (row, context) -> Boolean.toString(row.apportioned())),
            new ExportColumn(
                    SnapshotColumns.BREAK_IN_SERIES,
                    "true where a break in series (SEN2 person-level from 2023, a boundary change) falls within the"
                            + " latest five periods: the trend and previous_value then use only the periods since it",
                    (row, context) -> Boolean.toString(row.breakInSeries())),
            new ExportColumn(
                    SnapshotColumns.NO_VALUE_REASON,
                    "Why a value is missing, when it is",
                    (row, context) -> row.noValueReason()),
            new ExportColumn(
                    "publisher",
                    "Who published the figure; empty for a local return, which no one has published",
                    (row, context) -> context.citation()
                            .map(citation -> citation.publication().publisher())
                            .orElse(null)),
            new ExportColumn(
                    "release_title",
                    "The publication, and the release the figure comes from where the catalogue knows it",
                    (row, context) -> context.citation()
                            .map(citation -> citation.releaseTitle(row.period()))
                            .orElse(null)),
            new ExportColumn(
                    SnapshotColumns.PUBLISHED_DATE,
                    "The day the release (or an inspection's report) was published, as YYYY-MM-DD",
                    (row, context) -> row.publishedDate() == null
                            ? null
                            : row.publishedDate().toString()),
            new ExportColumn(
                    SnapshotColumns.EVIDENCE_URL,
                    "The release's page (or an inspection's report)",
                    (row, context) -> row.evidenceUrl()),
            new ExportColumn(
                    "source_table",
                    "The publisher's data file (table) the figure is read from",
                    (row, context) -> context.citation()
                            .map(citation -> citation.publication().dataFile())
                            .orElse(null)),
            new ExportColumn(
                    SnapshotColumns.UNIT,
                    "percent (0-100), per_1000, per_10000, count, ratio, yes_no (1/0), pounds, outcome (1-3), score (a mean"
                            + " score such as Attainment 8) or progress_score (Progress 8, centred on 0)",
                    (row, context) -> row.unit().token()),
            new ExportColumn(
                    SnapshotColumns.POLARITY,
                    "higher_is_better, lower_is_better or no_judgement",
                    (row, context) -> row.polarity().token()),
            new ExportColumn(
                    SnapshotColumns.PARTNER,
                    "The accountable partner: LA, ICB or joint",
                    (row, context) -> row.partner().token()),
            new ExportColumn(
                    SnapshotColumns.SNAPSHOT_ID,
                    "The published snapshot the figures come from: cite it",
                    (row, context) -> row.snapshotId()));

    private OpenDataCsv() {}

    /** The names of the columns, in order. */
    static List<String> header() {
        List<String> names = new ArrayList<>();
        for (ExportColumn column : COLUMNS) {
            names.add(column.name());
        }
        return List.copyOf(names);
    }

    /** Writes the header and one line per row; rows may be of several indicators. */
    static void write(Snapshot snapshot, List<IndicatorRow> rows, Writer out) throws IOException {
        CSVFormat format =
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
        CSVPrinter printer = new CSVPrinter(out, format);
        printer.printRecord(header());
        List<String> cells = new ArrayList<>(COLUMNS.size());
        Map<String, Optional<Citation>> citations = new HashMap<>(); // one per series, not one per row
        for (IndicatorRow row : rows) {
            Area area = snapshot.area(row.areaCode()).orElseThrow();
            Indicator indicator = snapshot.indicator(row.indicatorId()).orElseThrow();
            Optional<Citation> citation = citations
                    .computeIfAbsent(
                            row.indicatorId() + '\u0000' + row.source(),
                            ignored -> Citation.of(snapshot, row.indicatorId(), row.source()))
                    .map(series -> series.forRow(
                            row.source(),
                            row.evidenceUrl(),
                            snapshot.catalogue().publications()));
            RowContext context = new RowContext(snapshot, indicator, area, citation);
            cells.clear();
            for (ExportColumn column : COLUMNS) {
                cells.add(SpreadsheetText.safe(column.cell().of(row, context)));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    static String timePeriod(String period) {
        Matcher month = MONTH.matcher(period);
        return month.matches() ? month.group(1) : period;
    }

    static String timeIdentifier(String period, Indicator indicator) {
        Matcher month = MONTH.matcher(period);
        if (month.matches()) {
            int number = Integer.parseInt(month.group(2));
            return number >= 1 && number <= 12 ? Month.of(number).getDisplayName(TextStyle.FULL, Locale.UK) : "";
        }
        if (ACADEMIC_OR_FINANCIAL_YEAR.matcher(period).matches()) {
            String periodType = Optional.ofNullable(indicator.periodType()).orElse("");
            return periodType.contains("financial") ? "Financial year" : "Academic year";
        }
        return "Calendar year";
    }

    private static String regionCode(IndicatorRow row, Area area) {
        if (row.areaLevel() == AreaLevel.REGION) {
            return row.areaCode();
        }
        return row.areaLevel() == AreaLevel.LA ? area.regionCode() : null;
    }

    private static boolean isLa(IndicatorRow row) {
        return row.areaLevel() == AreaLevel.LA;
    }

    private static boolean hasIntervals(IndicatorRow row, RowContext context) {
        return context.indicator().ciMethod() != CiMethod.NONE && !row.isEstimate();
    }

    /** A figure that suppression withholds: {@code c} on a suppressed row, whatever else is the case. */
    private static String withheld(IndicatorRow row, Double figure, boolean applies, Rounding rounding) {
        if (row.suppressed()) {
            return SUPPRESSED;
        }
        return measure(row, figure, applies, rounding);
    }

    private static String measure(IndicatorRow row, Double figure, boolean applies, Rounding rounding) {
        if (figure != null && Double.isFinite(figure)) {
            return SpreadsheetCells.number(figure, rounding.places(row.unit(), figure));
        }
        return applies ? NOT_AVAILABLE : NOT_APPLICABLE;
    }

    private static String whole(Number value, boolean applies) {
        if (value != null) {
            return value.toString();
        }
        return applies ? NOT_AVAILABLE : NOT_APPLICABLE;
    }

    private static String label(Token value) {
        return value == null ? NOT_AVAILABLE : value.token();
    }

    private static String previousValue(IndicatorRow row, RowContext context) {
        if (row.previousValue() != null) {
            return measure(row, row.previousValue(), true, Rounding.VALUE);
        }
        Optional<IndicatorRow> previous = context.snapshot().previousInSeries(row);
        if (previous.isEmpty()) {
            return NOT_APPLICABLE;
        }
        return previous.get().suppressed() ? SUPPRESSED : NOT_AVAILABLE;
    }

    /**
     * The decimal places a figure is published with. DfE publishes percentages and rates to one decimal place, so the
     * export does too, and a researcher finds the published figure in it (England's 2024 timeliness is 46.4, not
     * 46.434...); confidence limits get one place more, ratios two, yes/no none. Counts stay whole, and fractional
     * counts keep two places where a figure has them. The JSON API keeps every figure unrounded.
     */
    enum Rounding {
        VALUE,
        LIMIT,
        COUNT;

        int places(Unit unit, double figure) {
            boolean whole = figure == Math.rint(figure);
            return switch (this) {
                case COUNT -> whole ? 0 : 2;
                case LIMIT -> valuePlaces(unit) + 1;
                case VALUE -> unit == Unit.COUNT ? (whole ? 0 : 2) : valuePlaces(unit);
            };
        }

        private static int valuePlaces(Unit unit) {
            return switch (unit) {
                case YES_NO -> 0;
                case RATIO, PROGRESS_SCORE -> 2;
                case PERCENT, PER_1000, PER_10000, COUNT, POUNDS, SCORE, OUTCOME -> 1;
            };
        }
    }

    /** What a cell may need beyond its row. */
    record RowContext(Snapshot snapshot, Indicator indicator, Area area, Optional<Citation> citation) {
        RowContext {
            requireNonNull(snapshot, "snapshot is null");
            requireNonNull(indicator, "indicator is null");
            requireNonNull(area, "area is null");
            requireNonNull(citation, "citation is null");
        }
    }

    /** How one column's cell is made from a row. */
    @FunctionalInterface
    interface Cell {
        String of(IndicatorRow row, RowContext context);
    }

    /** One column of the export: its name, what it holds, and how its cell is made. */
    record ExportColumn(String name, String description, Cell cell) {
        ExportColumn {
            requireNonNull(name, "name is null");
            requireNonNull(description, "description is null");
            requireNonNull(cell, "cell is null");
        }
    }
}

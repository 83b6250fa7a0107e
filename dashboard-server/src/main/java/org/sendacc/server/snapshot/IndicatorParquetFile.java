package org.sendacc.server.snapshot;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sendacc.contract.catalogue.Partner;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.Comparison;
import org.sendacc.contract.snapshot.SnapshotColumns;
import org.sendacc.contract.snapshot.TrendDirection;
import org.sendacc.contract.snapshot.TrendJudgement;
import org.sendacc.server.DashboardException;

/** Reads one Parquet file of the indicators table into rows ({@link ParquetColumns} reads the columns). */
final class IndicatorParquetFile {
    private static final int INDICATOR_ID = position(SnapshotColumns.INDICATOR_ID);
    private static final int AREA_CODE = position(SnapshotColumns.AREA_CODE);
    private static final int AREA_NAME = position(SnapshotColumns.AREA_NAME);
    private static final int AREA_LEVEL = position(SnapshotColumns.AREA_LEVEL);
    private static final int PERIOD = position(SnapshotColumns.PERIOD);
    private static final int PERIOD_LABEL = position(SnapshotColumns.PERIOD_LABEL);
    private static final int PERIOD_START = position(SnapshotColumns.PERIOD_START);
    private static final int VALUE = position(SnapshotColumns.VALUE);
    private static final int NUMERATOR = position(SnapshotColumns.NUMERATOR);
    private static final int DENOMINATOR = position(SnapshotColumns.DENOMINATOR);
    private static final int LOWER_CI95 = position(SnapshotColumns.LOWER_CI95);
    private static final int UPPER_CI95 = position(SnapshotColumns.UPPER_CI95);
    private static final int LOWER_CI998 = position(SnapshotColumns.LOWER_CI998);
    private static final int UPPER_CI998 = position(SnapshotColumns.UPPER_CI998);
    private static final int ENGLAND_VALUE = position(SnapshotColumns.ENGLAND_VALUE);
    private static final int REGION_VALUE = position(SnapshotColumns.REGION_VALUE);
    private static final int NEIGHBOURS_VALUE = position(SnapshotColumns.NEIGHBOURS_VALUE);
    private static final int ICB_VALUE = position(SnapshotColumns.ICB_VALUE);
    private static final int COMPARISON_ENGLAND = position(SnapshotColumns.COMPARISON_ENGLAND);
    private static final int COMPARISON_REGION = position(SnapshotColumns.COMPARISON_REGION);
    private static final int COMPARISON_NEIGHBOURS = position(SnapshotColumns.COMPARISON_NEIGHBOURS);
    private static final int COMPARISON_ICB = position(SnapshotColumns.COMPARISON_ICB);
    private static final int RANK = position(SnapshotColumns.RANK);
    private static final int RANKED_AREAS = position(SnapshotColumns.RANKED_AREAS);
    private static final int QUARTILE = position(SnapshotColumns.QUARTILE);
    private static final int PREVIOUS_VALUE = position(SnapshotColumns.PREVIOUS_VALUE);
    private static final int TREND = position(SnapshotColumns.TREND);
    private static final int TREND_JUDGEMENT = position(SnapshotColumns.TREND_JUDGEMENT);
    private static final int TREND_POINTS = position(SnapshotColumns.TREND_POINTS);
    private static final int SOURCE = position(SnapshotColumns.SOURCE);
    private static final int APPORTIONED = position(SnapshotColumns.APPORTIONED);
    private static final int BREAK_IN_SERIES = position(SnapshotColumns.BREAK_IN_SERIES);
    private static final int SUPPRESSED = position(SnapshotColumns.SUPPRESSED);
    private static final int NO_VALUE_REASON = position(SnapshotColumns.NO_VALUE_REASON);
    private static final int PUBLISHED_DATE = position(SnapshotColumns.PUBLISHED_DATE);
    private static final int EVIDENCE_URL = position(SnapshotColumns.EVIDENCE_URL);
    private static final int NO_SEN_VALUE = position(SnapshotColumns.NO_SEN_VALUE);
    private static final int GAP_TO_NO_SEN = position(SnapshotColumns.GAP_TO_NO_SEN);
    private static final int PARTNER = position(SnapshotColumns.PARTNER);
    private static final int UNIT = position(SnapshotColumns.UNIT);
    private static final int POLARITY = position(SnapshotColumns.POLARITY);
    private static final int REGION_CODE = position(SnapshotColumns.REGION_CODE);
    private static final int ICB_CODE = position(SnapshotColumns.ICB_CODE);
    private static final int NEIGHBOURS_INCLUDED = position(SnapshotColumns.NEIGHBOURS_INCLUDED);
    private static final int SNAPSHOT_ID = position(SnapshotColumns.SNAPSHOT_ID);

    private final ParquetColumns table;

    private IndicatorParquetFile(Path file) {
        this.table = new ParquetColumns(file, SnapshotColumns.KINDS, SnapshotColumns.ADDED_LATER);
    }

    /** Appends the file's rows to {@code rows}. */
    static void read(Path file, List<IndicatorRow> rows) {
        IndicatorParquetFile reader = new IndicatorParquetFile(file);
        reader.table.read((columns, index, rowNumber) -> rows.add(reader.row(columns, index, rowNumber)));
    }

    private static int position(String column) {
        return SnapshotColumns.ALL.indexOf(column);
    }

    private Object required(Object[][] values, int column, int index, long rowNumber) {
        return table.required(values, column, index, rowNumber);
    }

    private static Integer smallWholeNumber(Object[][] values, int column, int index) {
        return ParquetColumns.smallWholeNumber(values, column, index);
    }

    private IndicatorRow row(Object[][] columns, int index, long rowNumber) {
        String levelName = (String) required(columns, AREA_LEVEL, index, rowNumber);
        AreaLevel level = AreaLevel.fromSnapshotName(levelName)
                .orElseThrow(() -> ParquetColumns.invalid(table.file() + " row " + rowNumber
                        + " has unknown area_level " + DashboardException.quote(levelName)));
        return new IndicatorRow(
                (String) required(columns, INDICATOR_ID, index, rowNumber),
                (String) required(columns, AREA_CODE, index, rowNumber),
                (String) required(columns, AREA_NAME, index, rowNumber),
                level,
                (String) required(columns, PERIOD, index, rowNumber),
                (String) required(columns, PERIOD_LABEL, index, rowNumber),
                (LocalDate) required(columns, PERIOD_START, index, rowNumber),
                (Double) columns[VALUE][index],
                (Double) columns[NUMERATOR][index],
                (Double) columns[DENOMINATOR][index],
                (Double) columns[LOWER_CI95][index],
                (Double) columns[UPPER_CI95][index],
                (Double) columns[LOWER_CI998][index],
                (Double) columns[UPPER_CI998][index],
                (Double) columns[ENGLAND_VALUE][index],
                (Double) columns[REGION_VALUE][index],
                (Double) columns[NEIGHBOURS_VALUE][index],
                (Double) columns[ICB_VALUE][index],
                table.token(Comparison.class, columns, COMPARISON_ENGLAND, index, rowNumber),
                table.token(Comparison.class, columns, COMPARISON_REGION, index, rowNumber),
                table.token(Comparison.class, columns, COMPARISON_NEIGHBOURS, index, rowNumber),
                table.token(Comparison.class, columns, COMPARISON_ICB, index, rowNumber),
                smallWholeNumber(columns, RANK, index),
                (Long) columns[RANKED_AREAS][index],
                smallWholeNumber(columns, QUARTILE, index),
                (Double) columns[PREVIOUS_VALUE][index],
                table.token(TrendDirection.class, columns, TREND, index, rowNumber),
                table.token(TrendJudgement.class, columns, TREND_JUDGEMENT, index, rowNumber),
                smallWholeNumber(columns, TREND_POINTS, index),
                (String) required(columns, SOURCE, index, rowNumber),
                (Boolean) required(columns, APPORTIONED, index, rowNumber),
                (Boolean) required(columns, BREAK_IN_SERIES, index, rowNumber),
                (Boolean) required(columns, SUPPRESSED, index, rowNumber),
                (String) columns[NO_VALUE_REASON][index],
                (LocalDate) columns[PUBLISHED_DATE][index],
                (String) columns[EVIDENCE_URL][index],
                (Double) columns[NO_SEN_VALUE][index],
                (Double) columns[GAP_TO_NO_SEN][index],
                table.requiredToken(Partner.class, columns, PARTNER, index, rowNumber),
                table.requiredToken(Unit.class, columns, UNIT, index, rowNumber),
                table.requiredToken(Polarity.class, columns, POLARITY, index, rowNumber),
                (String) columns[REGION_CODE][index],
                (String) columns[ICB_CODE][index],
                (Long) columns[NEIGHBOURS_INCLUDED][index],
                (String) required(columns, SNAPSHOT_ID, index, rowNumber));
    }
}

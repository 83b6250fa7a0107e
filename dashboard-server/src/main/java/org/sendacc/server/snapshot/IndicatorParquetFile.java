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
        reader.table.read((values, rowNumber) -> rows.add(reader.row(values, rowNumber)));
    }

    private static int position(String column) {
        return SnapshotColumns.ALL.indexOf(column);
    }

    private Object required(Object[] values, int column, long rowNumber) {
        return table.required(values, column, rowNumber);
    }

    private static Integer smallWholeNumber(Object[] values, int column) {
        return ParquetColumns.smallWholeNumber(values, column);
    }

    private IndicatorRow row(Object[] values, long rowNumber) {
        String levelName = (String) required(values, AREA_LEVEL, rowNumber);
        AreaLevel level = AreaLevel.fromSnapshotName(levelName)
                .orElseThrow(() -> ParquetColumns.invalid(table.file() + " row " + rowNumber
                        + " has unknown area_level " + DashboardException.quote(levelName)));
        return new IndicatorRow(
                (String) required(values, INDICATOR_ID, rowNumber),
                (String) required(values, AREA_CODE, rowNumber),
                (String) required(values, AREA_NAME, rowNumber),
                level,
                (String) required(values, PERIOD, rowNumber),
                (String) required(values, PERIOD_LABEL, rowNumber),
                (LocalDate) required(values, PERIOD_START, rowNumber),
                (Double) values[VALUE],
                (Double) values[NUMERATOR],
                (Double) values[DENOMINATOR],
                (Double) values[LOWER_CI95],
                (Double) values[UPPER_CI95],
                (Double) values[LOWER_CI998],
                (Double) values[UPPER_CI998],
                (Double) values[ENGLAND_VALUE],
                (Double) values[REGION_VALUE],
                (Double) values[NEIGHBOURS_VALUE],
                (Double) values[ICB_VALUE],
                table.token(Comparison.class, values, COMPARISON_ENGLAND, rowNumber),
                table.token(Comparison.class, values, COMPARISON_REGION, rowNumber),
                table.token(Comparison.class, values, COMPARISON_NEIGHBOURS, rowNumber),
                table.token(Comparison.class, values, COMPARISON_ICB, rowNumber),
                smallWholeNumber(values, RANK),
                (Long) values[RANKED_AREAS],
                smallWholeNumber(values, QUARTILE),
                (Double) values[PREVIOUS_VALUE],
                table.token(TrendDirection.class, values, TREND, rowNumber),
                table.token(TrendJudgement.class, values, TREND_JUDGEMENT, rowNumber),
                smallWholeNumber(values, TREND_POINTS),
                (String) required(values, SOURCE, rowNumber),
                (Boolean) required(values, APPORTIONED, rowNumber),
                (Boolean) required(values, BREAK_IN_SERIES, rowNumber),
                (Boolean) required(values, SUPPRESSED, rowNumber),
                (String) values[NO_VALUE_REASON],
                (LocalDate) values[PUBLISHED_DATE],
                (String) values[EVIDENCE_URL],
                (Double) values[NO_SEN_VALUE],
                (Double) values[GAP_TO_NO_SEN],
                table.requiredToken(Partner.class, values, PARTNER, rowNumber),
                table.requiredToken(Unit.class, values, UNIT, rowNumber),
                table.requiredToken(Polarity.class, values, POLARITY, rowNumber),
                (String) values[REGION_CODE],
                (String) values[ICB_CODE],
                (Long) values[NEIGHBOURS_INCLUDED],
                (String) required(values, SNAPSHOT_ID, rowNumber));
    }
}

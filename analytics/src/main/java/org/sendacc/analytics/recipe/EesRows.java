package org.sendacc.analytics.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendacc.analytics.input.SourceRow;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.warehouse.WarehouseTables.Ees;

/**
 * Locates rows of a DfE open-data-standard table: area code and level from the geographic level (England, the nine
 * E12 regions, LAs by their canonical code), and the period with a readable label.
 */
final class EesRows {
    /** The columns every EES recipe reads besides its own. */
    static final List<String> LOCATION_AND_TIME = List.of(
            Ees.TIME_PERIOD,
            Ees.TIME_IDENTIFIER,
            Ees.GEOGRAPHIC_LEVEL,
            Ees.REGION_CODE,
            Ees.REGION_NAME,
            Ees.LA_CODE,
            Ees.PERIOD_START,
            Ees.BREAKDOWN);

    /** A row with its area and period. */
    record Located(SourceRow row, AreaLevel level, String areaCode, BaseRow.Period period) {}

    private EesRows() {}

    static List<String> columns(List<String> own) {
        List<String> columns = new ArrayList<>(LOCATION_AND_TIME);
        columns.addAll(own);
        return columns;
    }

    /**
     * Inner and Outer London are not regions: DfE's KS4 workbook (2018/19) writes them as regional rows with London's
     * own code, E12000007, beside London's row, so they would be London three times (docs/snapshot.md "Outcomes").
     */
    static final java.util.Set<String> LONDON_SUBREGIONS = java.util.Set.of("Inner London", "Outer London");

    private static boolean isLondonSubregion(String regionName) {
        return regionName != null && LONDON_SUBREGIONS.contains(regionName.strip());
    }

    /** The rows of the breakdown (every row when null) that are England, a region or an LA, located. */
    static List<Located> located(List<SourceRow> rows, String breakdown) {
        List<Located> located = new ArrayList<>();
        for (SourceRow row : rows) {
            if (breakdown != null && !breakdown.equals(row.text(Ees.BREAKDOWN))) {
                continue;
            }
            locate(row).ifPresent(located::add);
        }
        return located;
    }

    private static Optional<Located> locate(SourceRow row) {
        String level = row.text(Ees.GEOGRAPHIC_LEVEL);
        AreaLevel areaLevel;
        String code;
        if (Ees.NATIONAL.equals(level)) {
            areaLevel = AreaLevel.ENGLAND;
            code = AreaLevel.ENGLAND_CODE;
        } else if (Ees.REGIONAL.equals(level)
                && row.text(Ees.REGION_CODE) != null
                && row.text(Ees.REGION_CODE).startsWith("E12")
                && !isLondonSubregion(row.text(Ees.REGION_NAME))) {
            areaLevel = AreaLevel.REGION;
            code = row.text(Ees.REGION_CODE);
        } else if (Ees.LOCAL_AUTHORITY.equals(level) && row.text(Ees.LA_CODE) != null) {
            areaLevel = AreaLevel.LA;
            code = row.text(Ees.LA_CODE);
        } else {
            return Optional.empty();
        }
        String period = row.text(Ees.TIME_PERIOD);
        String label = period;
        if (Ees.YEARS_WRITTEN_AS_TWO.contains(row.text(Ees.TIME_IDENTIFIER))) {
            label = period.substring(0, Math.min(4, period.length())) + "/"
                    + period.substring(Math.min(4, period.length()), Math.min(6, period.length()));
        }
        return Optional.of(
                new Located(row, areaLevel, code, new BaseRow.Period(period, label, row.date(Ees.PERIOD_START))));
    }

    /** The sum of the columns, null when any of them is missing. */
    static Double sumOf(SourceRow row, List<String> columns) {
        Double sum = null;
        for (String column : columns) {
            Double value = row.number(column);
            if (value == null) {
                return null;
            }
            sum = sum == null ? value : sum + value;
        }
        return sum;
    }

    /** The publisher's reason for the first of the columns it left out, or null. */
    static String firstReason(SourceRow row, List<String> columns) {
        for (String column : columns) {
            String reason = row.reason(column);
            if (reason != null) {
                return reason;
            }
        }
        return null;
    }

    static BaseRow baseRow(
            Located located,
            String indicatorId,
            String source,
            Double numerator,
            Double denominator,
            String missingReason) {
        return new BaseRow(
                indicatorId,
                source,
                located.areaCode(),
                located.level(),
                located.period(),
                numerator,
                denominator,
                false,
                missingReason);
    }
}

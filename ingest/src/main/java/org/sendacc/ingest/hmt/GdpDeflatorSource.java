package org.sendacc.ingest.hmt;

import java.util.Optional;
import java.util.regex.Pattern;
import org.sendacc.contract.warehouse.WarehouseTables.GdpDeflator;
import org.sendacc.rules.contract.Column;
import org.sendacc.rules.contract.ColumnType;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.MissingValueLegend;
import org.sendacc.rules.contract.RowRule;
import org.sendacc.rules.contract.Rules;
import org.sendacc.rules.read.DelimitedTableReader;
import org.sendacc.rules.source.Source;

/**
 * HM Treasury's GDP deflators by financial year (2024-25 = 100) as a tidy CSV, {@code uk_cost_indices*.csv}: one row
 * per financial year with the deflator, CPI and CPIH indices (April-March means) and whether the year is a forecast.
 * Analytics turns cash figures into real terms with it (docs/snapshot.md "Money").
 */
public final class GdpDeflatorSource {
    static final String YEAR_MISMATCH = "cross.fiscal_year_mismatch";

    private GdpDeflatorSource() {}

    public static Source source() {
        return new Source(
                "hmt.gdp_deflator",
                GdpDeflator.TABLE,
                "HM Treasury",
                "GDP deflator at market prices by financial year (2024-25 = 100), with CPI and CPIH",
                Pattern.compile("(?i)uk_cost_indices.*\\.csv"),
                new DelimitedTableReader(),
                contract());
    }

    static Contract contract() {
        return Contract.builder("hmt.gdp_deflator", MissingValueLegend.NONE)
                .column(Column.of(GdpDeflator.FISCAL_YEAR_START, ColumnType.INTEGER)
                        .required()
                        .between(1900, 2100))
                .column(Column.text(GdpDeflator.FISCAL_YEAR).required().matching("\\d{4}-\\d{2}"))
                .column(Column.decimal(GdpDeflator.GDP_DEFLATOR).required().between(0.001, 10_000))
                .column(Column.decimal(GdpDeflator.CPI_INDEX).between(0.001, 10_000))
                .column(Column.decimal(GdpDeflator.CPIH_INDEX).between(0.001, 10_000))
                .column(Column.text(GdpDeflator.IS_FORECAST).required().oneOf("true", "false"))
                .rule(Rules.uniqueWithinFile(GdpDeflator.FISCAL_YEAR_START))
                .rule(yearsAgree())
                .build();
    }

    /** {@code fiscal_year} is the financial year that {@code fiscal_year_start} starts: 2024 and 2024-25. */
    static RowRule yearsAgree() {
        return (row, context) -> {
            Optional<Long> start = row.value(GdpDeflator.FISCAL_YEAR_START);
            Optional<String> label = row.value(GdpDeflator.FISCAL_YEAR);
            if (start.isEmpty() || label.isEmpty()) {
                return;
            }
            String expected = start.get() + "-" + String.format("%02d", (start.get() + 1) % 100);
            if (!expected.equals(label.get())) {
                row.reject(
                        GdpDeflator.FISCAL_YEAR,
                        YEAR_MISMATCH,
                        label.get(),
                        "fiscal year '" + label.get() + "' does not start in " + start.get() + " (expected " + expected
                                + ")");
            }
        };
    }
}

package org.sendacc.ingest.dfe;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.warehouse.LogicalType;
import org.sendacc.contract.warehouse.WarehouseTables.DsgBalance;
import org.sendacc.reference.LocalAuthority;
import org.sendacc.rules.contract.Column;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.DerivedColumn;
import org.sendacc.rules.contract.LaNames;
import org.sendacc.rules.contract.MissingValueLegend;
import org.sendacc.rules.contract.RowRule;
import org.sendacc.rules.contract.Rules;
import org.sendacc.rules.source.Source;

/**
 * DfE's derived DSG cumulative balance as a % of DSG income, by LA, region and England and financial year
 * ({@code dsg_deficit_derived*.xlsx}): DfE's SEND and AP dashboard derives it from LAs' section 251 outturn. The file
 * names areas and never codes them: an LA's name is matched to the one LA in use on the first day of the financial
 * year ({@link LaNames}), a region's to its E12 code through the reference tables, and a name that matches nothing is
 * rejected by name, never dropped (docs/warehouse.md).
 */
public final class DsgBalanceSource {
    static final String UNKNOWN_REGION = "region.unknown";
    static final String YEAR_MISMATCH = "cross.financial_year_mismatch";

    private DsgBalanceSource() {}

    public static Source source() {
        return new Source(
                "dfe.dsg_cumulative_balance",
                DsgBalance.TABLE,
                "DfE",
                "DSG cumulative balance as a % of DSG income by LA, region and England and financial year (DfE's"
                        + " derivation from section 251 outturn)",
                Pattern.compile("(?i)dsg_deficit.*\\.xlsx"),
                new DsgBalanceReader(),
                contract());
    }

    static Contract contract() {
        return Contract.builder("dfe.dsg_cumulative_balance", MissingValueLegend.NONE)
                .column(Column.text(DsgBalance.TIME_PERIOD).required().matching("\\d{6}"))
                .column(Column.text(DsgBalance.GEOGRAPHIC_LEVEL)
                        .required()
                        .oneOf("National", "Regional", "Local authority"))
                .column(Column.text(DsgBalance.REGION_NAME))
                .column(Column.text(DsgBalance.LA_NAME))
                .column(Column.decimal(DsgBalance.BALANCE_PCT).required().between(-1000, 1000))
                .column(Column.text(DsgBalance.FINANCIAL_YEAR).required().matching("\\d{4}-\\d{2}"))
                .derived(new DerivedColumn(DsgBalance.PERIOD_START, LogicalType.DATE))
                .derived(new DerivedColumn(DsgBalance.AREA_CODE, LogicalType.TEXT))
                .rule(yearsAgree())
                .rule(area())
                .build();
    }

    /** {@code time_period} 201920 is {@code financial_year} 2019-20, which starts on 1 April 2019. */
    static RowRule yearsAgree() {
        return (row, context) -> {
            Optional<String> period = row.value(DsgBalance.TIME_PERIOD);
            Optional<String> year = row.value(DsgBalance.FINANCIAL_YEAR);
            if (period.isEmpty() || year.isEmpty()) {
                return;
            }
            String expected = period.get().substring(0, 4) + "-" + period.get().substring(4);
            if (!expected.equals(year.get())) {
                row.reject(
                        DsgBalance.FINANCIAL_YEAR,
                        YEAR_MISMATCH,
                        year.get(),
                        "financial year '" + year.get() + "' is not time period " + period.get() + " (expected "
                                + expected + ")");
                return;
            }
            row.set(
                    DsgBalance.PERIOD_START,
                    LocalDate.of(Integer.parseInt(period.get().substring(0, 4)), 4, 1));
        };
    }

    /** England; a region by its name; an LA by its name, as in use on the first day of the financial year. */
    static RowRule area() {
        return (row, context) -> {
            Optional<String> level = row.value(DsgBalance.GEOGRAPHIC_LEVEL);
            Optional<LocalDate> start = row.value(DsgBalance.PERIOD_START);
            if (level.isEmpty() || start.isEmpty()) {
                return;
            }
            switch (level.get()) {
                case "National" -> row.set(DsgBalance.AREA_CODE, AreaLevel.ENGLAND_CODE);
                case "Regional" -> {
                    String name = row.value(DsgBalance.REGION_NAME)
                            .map(Object::toString)
                            .orElse("");
                    String code =
                            regionCodes(context.reference().localAuthorities()).get(name.toLowerCase(Locale.UK));
                    if (code == null) {
                        row.reject(
                                DsgBalance.REGION_NAME,
                                UNKNOWN_REGION,
                                name,
                                "no region of England is named '" + name + "'");
                    } else {
                        row.set(DsgBalance.AREA_CODE, code);
                    }
                }
                default -> {
                    String name =
                            row.value(DsgBalance.LA_NAME).map(Object::toString).orElse("");
                    LocalAuthority named = LaNames.match(context.reference().localAuthorities(), name, start.get());
                    if (named == null) {
                        row.reject(
                                DsgBalance.LA_NAME,
                                Rules.UNKNOWN_LA,
                                name,
                                "no single LA in use on " + start.get() + " is named '" + name + "'");
                    } else {
                        row.set(DsgBalance.AREA_CODE, named.code());
                    }
                }
            }
        };
    }

    private static Map<String, String> regionCodes(Iterable<LocalAuthority> authorities) {
        Map<String, String> codes = new HashMap<>();
        authorities.forEach(la -> codes.put(la.regionName().toLowerCase(Locale.UK), la.regionCode()));
        return codes;
    }
}

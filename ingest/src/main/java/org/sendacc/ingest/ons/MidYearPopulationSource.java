package org.sendacc.ingest.ons;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendacc.contract.warehouse.LogicalType;
import org.sendacc.contract.warehouse.WarehouseTables.MidYearPopulation;
import org.sendacc.rules.contract.Column;
import org.sendacc.rules.contract.ColumnType;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.DerivedColumn;
import org.sendacc.rules.contract.MissingValueLegend;
import org.sendacc.rules.contract.RowRule;
import org.sendacc.rules.contract.Rules;
import org.sendacc.rules.source.Source;

/**
 * ONS mid-year population estimates by single year of age (table MYE2 - Persons), the denominators of rates per
 * resident aged 0 to 25: each period's rate uses the estimate nearest to it (docs/snapshot.md). ONS publishes the
 * table as a legacy .xls (mid-2021), as .xlsx (mid-2022, mid-2023) and, re-saved by others, as CSV (mid-2024); all
 * three are read by {@link MidYearPopulationReader}. Every LA code is resolved to our canonical code for the LA it
 * names from 30 June of the mid-year on, so North Yorkshire's county code of mid-2021 lands on the unitary council's.
 */
public final class MidYearPopulationSource {
    /** ONS area types kept: England, its regions, and the upper-tier LAs that run SEND services. */
    static final String COUNTRY = "Country";

    static final String REGION = "Region";
    static final java.util.List<String> UPPER_TIER =
            java.util.List.of("County", "Unitary Authority", "Metropolitan District", "London Borough");

    static final String AGES_OVER_ALL = "cross.ages_over_all";

    private MidYearPopulationSource() {}

    public static Source source() {
        return new Source(
                "ons.mid_year_population",
                MidYearPopulation.TABLE,
                "ONS",
                "Mid-year population estimates by single year of age, England, regions and upper-tier LAs",
                Pattern.compile("(?i)(mye\\d{2}.*|ukpopestimatesmid\\d{4}.*)\\.(xls|xlsx|csv)"),
                new MidYearPopulationReader(),
                contract());
    }

    static Contract contract() {
        Contract.Builder builder = Contract.builder("ons.mid_year_population", MissingValueLegend.NONE)
                .column(Column.of(MidYearPopulation.MID_YEAR, ColumnType.INTEGER)
                        .required()
                        .between(1991, 2100))
                .column(Column.text(MidYearPopulation.ONS_CODE).required().matching("E\\d{8}"))
                .column(Column.text(MidYearPopulation.NAME).required())
                .column(Column.text(MidYearPopulation.GEOGRAPHY).required())
                .column(Column.count(MidYearPopulation.ALL_AGES).required());
        for (int age = 0; age <= MidYearPopulationReader.OLDEST; age++) {
            builder.column(Column.count(MidYearPopulation.age(age)).required());
        }
        return builder.derived(new DerivedColumn(MidYearPopulation.AREA_CODE, LogicalType.TEXT))
                .derived(new DerivedColumn(MidYearPopulation.AGE_0_25, LogicalType.LONG))
                .rule(Rules.uniqueWithinFile(MidYearPopulation.ONS_CODE))
                .rule(areaCode())
                .rule(youngPeople())
                .build();
    }

    /** England and regions keep their codes; an LA's code resolves to the LA that had it on 30 June. */
    static RowRule areaCode() {
        return (row, context) -> {
            Optional<String> code = row.value(MidYearPopulation.ONS_CODE);
            Optional<Long> midYear = row.value(MidYearPopulation.MID_YEAR);
            Optional<String> geography = row.value(MidYearPopulation.GEOGRAPHY);
            if (code.isEmpty() || midYear.isEmpty() || geography.isEmpty()) {
                return;
            }
            if (!UPPER_TIER.contains(geography.get())) {
                row.set(MidYearPopulation.AREA_CODE, code.get());
                return;
            }
            // ONS re-bases an estimate onto the boundaries of its publication, never older ones: the mid-2022 table
            // names Cumberland, created in April 2023. So a code is good if its LA existed at any time from the
            // mid-year on.
            LocalDate midsummer = LocalDate.of(midYear.get().intValue(), 6, 30);
            LocalDate until = context.runDate().isAfter(midsummer) ? context.runDate() : midsummer;
            Rules.resolveLa(row, context, MidYearPopulation.ONS_CODE, code.get(), midsummer, until)
                    .ifPresent(resolved -> row.set(
                            MidYearPopulation.AREA_CODE,
                            resolved.localAuthority().code()));
        };
    }

    /** The residents aged 0 to 25, the sum of the single years, never more than all ages. */
    static RowRule youngPeople() {
        return (row, context) -> {
            long sum = 0;
            for (int age = 0; age <= MidYearPopulationReader.OLDEST; age++) {
                Optional<Long> count = row.value(MidYearPopulation.age(age));
                if (count.isEmpty()) {
                    return;
                }
                sum += count.get();
            }
            Optional<Long> all = row.value(MidYearPopulation.ALL_AGES);
            if (all.isPresent() && sum > all.get()) {
                row.reject(
                        MidYearPopulation.ALL_AGES,
                        AGES_OVER_ALL,
                        Long.toString(all.get()),
                        "residents aged 0 to 25 (" + sum + ") outnumber residents of all ages (" + all.get() + ")");
                return;
            }
            row.set(MidYearPopulation.AGE_0_25, sum);
        };
    }
}

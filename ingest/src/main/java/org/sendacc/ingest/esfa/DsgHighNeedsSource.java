package org.sendacc.ingest.esfa;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.warehouse.LogicalType;
import org.sendacc.contract.warehouse.WarehouseTables.DsgHighNeeds;
import org.sendacc.rules.contract.Column;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.DerivedColumn;
import org.sendacc.rules.contract.MissingValueLegend;
import org.sendacc.rules.contract.RowRule;
import org.sendacc.rules.contract.Rules;
import org.sendacc.rules.source.Source;

/**
 * ESFA's Dedicated Schools Grant high needs block by LA and financial year, from its allocations spreadsheets and
 * DfE's five-year summary of them (read by {@link DsgAllocationsReader}). Each LA number resolves to the LA that had
 * it in the financial year; analytics divides the block by the resident population aged 0 to 25 (docs/snapshot.md
 * "Money").
 */
public final class DsgHighNeedsSource {

    private DsgHighNeedsSource() {}

    public static Source source() {
        return new Source(
                "esfa.dsg_high_needs",
                DsgHighNeeds.TABLE,
                "ESFA",
                "Dedicated Schools Grant high needs block allocations by LA and financial year",
                Pattern.compile("(?i)(dedicated-schools-grant|dsg_allocations).*\\.ods"),
                new DsgAllocationsReader(),
                contract());
    }

    static Contract contract() {
        return Contract.builder("esfa.dsg_high_needs", MissingValueLegend.NONE)
                .column(Column.text(DsgHighNeeds.FINANCIAL_YEAR).required().matching("\\d{4}-\\d{2}"))
                .column(Column.text(DsgHighNeeds.EDITION)
                        .required()
                        .oneOf(DsgHighNeeds.ALLOCATIONS, DsgHighNeeds.SUMMARY))
                .column(Column.text(DsgHighNeeds.LA_NUMBER).matching("\\d{3}"))
                .column(Column.text(DsgHighNeeds.LA_NAME).required())
                .column(Column.decimal(DsgHighNeeds.HIGH_NEEDS_BLOCK).required().between(0, 1e12))
                .column(Column.decimal(DsgHighNeeds.HIGH_NEEDS_BLOCK_AFTER_DEDUCTIONS)
                        .required()
                        .between(0, 1e12))
                .column(Column.text(DsgHighNeeds.PUBLISHED_UNIT).required().oneOf("£", "£ million"))
                .derived(new DerivedColumn(DsgHighNeeds.PERIOD_START, LogicalType.DATE))
                .derived(new DerivedColumn(DsgHighNeeds.AREA_CODE, LogicalType.TEXT))
                .rule(area())
                .rule(afterNotOverBefore())
                .build();
    }

    /** England, or the LA the number belonged to during the financial year (1 April to 31 March). */
    static RowRule area() {
        return (row, context) -> {
            Optional<String> year = row.value(DsgHighNeeds.FINANCIAL_YEAR);
            if (year.isEmpty()) {
                return;
            }
            LocalDate start = LocalDate.of(Integer.parseInt(year.get().substring(0, 4)), 4, 1);
            row.set(DsgHighNeeds.PERIOD_START, start);
            Optional<String> number = row.value(DsgHighNeeds.LA_NUMBER);
            if (number.isEmpty()) {
                row.set(DsgHighNeeds.AREA_CODE, AreaLevel.ENGLAND_CODE);
                return;
            }
            Rules.resolveLaNumber(
                            row,
                            context,
                            DsgHighNeeds.LA_NUMBER,
                            number.get(),
                            start,
                            start.plusYears(1).minusDays(1))
                    .ifPresent(resolved -> row.set(
                            DsgHighNeeds.AREA_CODE, resolved.localAuthority().code()));
        };
    }

    /** Deductions only take away: the block after them is never more than the block before. */
    static RowRule afterNotOverBefore() {
        return Rules.notGreaterThan(DsgHighNeeds.HIGH_NEEDS_BLOCK_AFTER_DEDUCTIONS, DsgHighNeeds.HIGH_NEEDS_BLOCK);
    }
}

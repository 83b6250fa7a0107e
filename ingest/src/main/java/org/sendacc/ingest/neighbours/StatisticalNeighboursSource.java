package org.sendacc.ingest.neighbours;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sendacc.contract.warehouse.LogicalType;
import org.sendacc.rules.contract.Column;
import org.sendacc.rules.contract.ColumnType;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.DerivedColumn;
import org.sendacc.rules.contract.MissingValueLegend;
import org.sendacc.rules.contract.RowRule;
import org.sendacc.rules.contract.Rules;
import org.sendacc.rules.source.Source;

/**
 * DfE's statistical neighbours: for each LA, the ten LAs most like it (by DfE's socio-economic model), ranked, each
 * with a closeness band. The dashboard benchmarks an LA against these comparators, so each edition is ingested as
 * published, with every DfE number resolved to our canonical LA code for the edition's month.
 */
public final class StatisticalNeighboursSource {
    public static final String EDITION = "edition";
    public static final String OLD_LA_CODE = "old_la_code";
    public static final String LA_CODE = "la_code";
    public static final String LA_NAME = "la_name";
    public static final String RANK = "rank";
    public static final String NEIGHBOUR_OLD_LA_CODE = "neighbour_old_la_code";
    public static final String NEIGHBOUR_LA_CODE = "neighbour_la_code";
    public static final String CLOSENESS = "closeness";

    static final String SELF_NEIGHBOUR = "cross.self_neighbour";
    static final String DUPLICATE_NEIGHBOUR = "row.duplicate_neighbour";

    private StatisticalNeighboursSource() {}

    public static Source source() {
        return new Source(
                "dfe.statistical_neighbours",
                "dfe_statistical_neighbours",
                "DfE",
                "Statistical neighbours: the ten comparator LAs of each LA, ranked, with closeness bands",
                Pattern.compile("sn_.*\\.xlsx"),
                new NeighboursWorkbookReader(),
                contract());
    }

    static Contract contract() {
        return Contract.builder("dfe.statistical_neighbours", MissingValueLegend.NONE)
                .column(Column.date(EDITION).required())
                .column(Column.text(OLD_LA_CODE).required().matching("\\d{3}"))
                .column(Column.text(LA_NAME).required())
                .column(Column.of(RANK, ColumnType.INTEGER).required().between(1, NeighboursWorkbookReader.NEIGHBOURS))
                .column(Column.text(NEIGHBOUR_OLD_LA_CODE).required().matching("\\d{3}"))
                .column(Column.text(CLOSENESS)
                        .required()
                        .matching("(?i)extremely close|very close|close|somewhat close|not close"))
                .derived(new DerivedColumn(LA_CODE, LogicalType.TEXT))
                .derived(new DerivedColumn(NEIGHBOUR_LA_CODE, LogicalType.TEXT))
                .rule(Rules.notInFuture(EDITION))
                .rule(resolvesInEdition(OLD_LA_CODE, LA_CODE))
                .rule(resolvesInEdition(NEIGHBOUR_OLD_LA_CODE, NEIGHBOUR_LA_CODE))
                .rule(notItsOwnNeighbour())
                .rule(eachNeighbourOnce())
                .build();
    }

    /** A DfE number resolves to the one LA that had it during the edition's month. */
    static RowRule resolvesInEdition(String numberColumn, String output) {
        return (row, context) -> {
            Optional<String> number = row.value(numberColumn);
            Optional<LocalDate> edition = row.value(EDITION);
            if (number.isEmpty() || edition.isEmpty()) {
                return;
            }
            LocalDate start = edition.get();
            LocalDate end = start.plusMonths(1).minusDays(1);
            Rules.resolveLaNumber(row, context, numberColumn, number.get(), start, end)
                    .ifPresent(resolved ->
                            row.set(output, resolved.localAuthority().code()));
        };
    }

    static RowRule notItsOwnNeighbour() {
        return (row, context) -> {
            Optional<String> number = row.value(OLD_LA_CODE);
            Optional<String> neighbour = row.value(NEIGHBOUR_OLD_LA_CODE);
            if (number.isPresent() && number.equals(neighbour)) {
                row.reject(
                        NEIGHBOUR_OLD_LA_CODE,
                        SELF_NEIGHBOUR,
                        neighbour.get(),
                        "LA " + number.get() + " is given as its own statistical neighbour");
            }
        };
    }

    /** An LA's ten neighbours are ten different LAs. */
    static RowRule eachNeighbourOnce() {
        return (row, context) -> {
            Optional<String> number = row.value(OLD_LA_CODE);
            Optional<String> neighbour = row.value(NEIGHBOUR_OLD_LA_CODE);
            if (number.isEmpty() || neighbour.isEmpty()) {
                return;
            }
            Set<String> seen = context.fileState("neighbour pairs", HashSet::new);
            if (!seen.add(number.get() + "/" + neighbour.get())) {
                row.reject(
                        NEIGHBOUR_OLD_LA_CODE,
                        DUPLICATE_NEIGHBOUR,
                        neighbour.get(),
                        "LA " + number.get() + " lists " + neighbour.get() + " as a neighbour more than once");
            }
        };
    }
}

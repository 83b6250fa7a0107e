package org.sendacc.server.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.Period;
import org.sendacc.server.snapshot.Snapshot;

/**
 * Finding an indicator, its periods, sources and rows in a snapshot, shared by the JSON API and the CSV export so that
 * both answer a name the snapshot does not hold with the same 404 message.
 */
public final class IndicatorLookup {
    private IndicatorLookup() {}

    public static Indicator indicator(Snapshot snapshot, String id) {
        return snapshot.indicator(id)
                .orElseThrow(() -> new DashboardException(
                        ErrorCategory.NOT_FOUND,
                        "Unknown indicator " + DashboardException.quote(id) + " in snapshot " + snapshot.id()
                                + "; GET /api/indicators lists them"));
    }

    public static void requireSource(Snapshot snapshot, String id, String source) {
        if (!snapshot.sources(id).contains(source)) {
            throw new DashboardException(
                    ErrorCategory.NOT_FOUND,
                    "Indicator " + id + " has no rows from source " + DashboardException.quote(source)
                            + "; its sources are " + snapshot.sources(id));
        }
    }

    public static void requirePeriod(Snapshot snapshot, String id, String period) {
        if (period(snapshot, id, period).isEmpty()) {
            List<String> periods = new ArrayList<>();
            snapshot.periods(id).forEach(value -> periods.add(value.period()));
            throw new DashboardException(
                    ErrorCategory.NOT_FOUND,
                    "Indicator " + id + " has no period " + DashboardException.quote(period) + "; its periods are "
                            + periods);
        }
    }

    public static Optional<Period> period(Snapshot snapshot, String id, String period) {
        return snapshot.periods(id).stream()
                .filter(value -> value.period().equals(period))
                .findFirst();
    }

    /** The indicator's latest period, or the latest with rows from the source when one is given. */
    public static Optional<Period> latestPeriod(Snapshot snapshot, String id, String source) {
        List<Period> periods = snapshot.periods(id);
        for (int index = periods.size() - 1; index >= 0; index--) {
            Period candidate = periods.get(index);
            if (source == null
                    || !rows(snapshot, id, candidate.period(), source).isEmpty()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Every area's rows for the indicator and period, from every source or only the one given. */
    public static List<IndicatorRow> rows(Snapshot snapshot, String id, String period, String source) {
        List<IndicatorRow> rows = snapshot.rows(id, period);
        if (source == null) {
            return rows;
        }
        List<IndicatorRow> fromSource = new ArrayList<>();
        for (IndicatorRow row : rows) {
            if (row.source().equals(source)) {
                fromSource.add(row);
            }
        }
        return List.copyOf(fromSource);
    }
}

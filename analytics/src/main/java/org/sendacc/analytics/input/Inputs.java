package org.sendacc.analytics.input;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.sendacc.analytics.areas.Areas;
import org.sendacc.analytics.areas.Populations;

/**
 * Everything the recipes compute from, read from the warehouse once per run: small tables as rows, person-level
 * tables and the waiting lists as counts by the facts the recipes need, and the areas. Tens of thousands of values at
 * most, whatever the number of person-level records (docs/snapshot.md says how large it can grow).
 */
public record Inputs(
        Areas areas,
        Populations populations,
        Map<String, List<SourceRow>> rows,
        List<WaitingListCell> waitingList,
        List<AssessmentCell> assessments,
        List<HealthAdviceCell> healthAdvice,
        List<TherapyCell> therapyReferrals,
        List<Integer> therapyThresholds) {
    public Inputs {
        requireNonNull(areas, "areas is null");
        requireNonNull(populations, "populations is null");
        rows = Map.copyOf(rows);
        waitingList = List.copyOf(waitingList);
        assessments = List.copyOf(assessments);
        healthAdvice = List.copyOf(healthAdvice);
        therapyReferrals = List.copyOf(therapyReferrals);
        therapyThresholds = List.copyOf(therapyThresholds);
    }

    /** The rows read of a small table. */
    public List<SourceRow> rows(String table) {
        List<SourceRow> read = rows.get(table);
        if (read == null) {
            throw new IllegalStateException("table " + table + " was not read: its recipe did not declare it");
        }
        return read;
    }
}

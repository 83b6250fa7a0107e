package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

/**
 * The {@link EhcMeasure} counts of one area, by calendar year, counted from its person-level records.
 *
 * <p>Only the scale-1 records (replicate 0) are counted, so the published tables do not change with {@code --scale}.
 * A tally is small (years x measures) and is all that is kept of an area once its files are written.
 */
final class EhcTally {

    private static final int MEASURES = EhcMeasure.values().length;

    private final int firstYear;
    private final long[][] counts;

    EhcTally(int firstYear, int lastYear) {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("empty year range " + firstYear + ".." + lastYear);
        }
        this.firstYear = firstYear;
        this.counts = new long[lastYear - firstYear + 1][MEASURES];
    }

    int lastYear() {
        return firstYear + counts.length - 1;
    }

    /** Adds one record to the years its events fall in. */
    void count(AssessmentRecord record) {
        requireNonNull(record, "record is null");
        int requestYear = IsoDates.year(record.requestDate());
        add(requestYear, EhcMeasure.REQUESTS_RECEIVED);
        switch (record.decision()) {
            case NONE -> add(requestYear, EhcMeasure.DECISION_NOT_MADE);
            case WITHDRAWN -> add(requestYear, EhcMeasure.WITHDRAWN);
            case ASSESS, NOT_ASSESS -> {
                add(
                        requestYear,
                        record.decision() == AssessmentRecord.Decision.ASSESS
                                ? EhcMeasure.DECIDED_TO_ASSESS
                                : EhcMeasure.DECIDED_NOT_TO_ASSESS);
                boolean onTime =
                        record.decisionDate() - record.requestDate() <= EhcAssessmentSimulator.WITHIN_6_WEEKS_DAYS;
                add(requestYear, onTime ? EhcMeasure.DECISION_WITHIN_6_WEEKS : EhcMeasure.DECISION_OVER_6_WEEKS);
            }
        }
        if (record.outcome() == AssessmentRecord.Outcome.NO_PLAN) {
            add(requestYear, EhcMeasure.NO_PLAN_AFTER_ASSESSMENT);
        }
        if (record.planIssued()) {
            int planYear = IsoDates.year(record.planIssueDate());
            int days = record.planIssueDate() - record.requestDate();
            boolean counted = !record.exception();
            add(planYear, EhcMeasure.PLANS_ISSUED);
            if (days <= EhcAssessmentSimulator.WITHIN_20_WEEKS_DAYS) {
                add(planYear, EhcMeasure.PLANS_WITHIN_20_WEEKS);
            } else if (days < EhcAssessmentSimulator.OVER_A_YEAR_DAYS) {
                add(planYear, EhcMeasure.PLANS_20_WEEKS_TO_A_YEAR);
            } else {
                add(planYear, EhcMeasure.PLANS_OVER_A_YEAR);
            }
            if (counted) {
                add(planYear, EhcMeasure.PLANS_ISSUED_EXCLUDING_EXCEPTIONS);
                if (days <= EhcAssessmentSimulator.WITHIN_20_WEEKS_DAYS) {
                    add(planYear, EhcMeasure.PLANS_WITHIN_20_WEEKS_EXCLUDING_EXCEPTIONS);
                } else if (days < EhcAssessmentSimulator.OVER_A_YEAR_DAYS) {
                    add(planYear, EhcMeasure.PLANS_20_WEEKS_TO_A_YEAR_EXCLUDING_EXCEPTIONS);
                } else {
                    add(planYear, EhcMeasure.PLANS_OVER_A_YEAR_EXCLUDING_EXCEPTIONS);
                }
            }
        }
    }

    private void add(int year, EhcMeasure measure) {
        int index = year - firstYear;
        if (index >= 0 && index < counts.length) {
            counts[index][measure.ordinal()]++;
        }
    }

    /** The count for the year, or 0 outside the tallied years. */
    long get(int year, EhcMeasure measure) {
        int index = year - firstYear;
        if (index < 0 || index >= counts.length) {
            return 0;
        }
        return counts[index][measure.ordinal()];
    }

    /** Adds another tally, each count multiplied by the weight and rounded (weight 1 = exact sum). */
    void addWeighted(EhcTally other, double weight) {
        requireNonNull(other, "other is null");
        for (int year = firstYear; year <= lastYear(); year++) {
            for (EhcMeasure measure : EhcMeasure.values()) {
                long value = other.get(year, measure);
                counts[year - firstYear][measure.ordinal()] += weight == 1.0 ? value : Math.round(value * weight);
            }
        }
    }
}

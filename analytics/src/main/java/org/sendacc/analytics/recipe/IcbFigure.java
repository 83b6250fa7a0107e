package org.sendacc.analytics.recipe;

import static java.util.Objects.requireNonNull;

/** A figure a source gives for one ICB (by its ODS code) and period, or why it has none. */
record IcbFigure(String icbOdsCode, BaseRow.Period period, Double numerator, Double denominator, String missingReason) {
    IcbFigure {
        requireNonNull(icbOdsCode, "icbOdsCode is null");
        requireNonNull(period, "period is null");
    }

    boolean isComplete() {
        return numerator != null && denominator != null;
    }

    /** The same figure over the ICB's 0-25 population (for a count indicator), apportioned like the count. */
    IcbFigure overPopulation(Double population) {
        return new IcbFigure(icbOdsCode, period, numerator, numerator == null ? null : population, missingReason);
    }
}

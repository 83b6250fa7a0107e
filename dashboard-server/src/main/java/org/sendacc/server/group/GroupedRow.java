package org.sendacc.server.group;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.sendacc.contract.snapshot.Comparison;
import org.sendacc.server.snapshot.IndicatorRow;

/** An indicators row as the API gives it with a comparison group: its columns, then the group's value and comparison. */
public final class GroupedRow {
    private final IndicatorRow row;
    private final Double groupValue;
    private final Comparison comparisonGroup;

    public GroupedRow(IndicatorRow row, Double groupValue, Comparison comparisonGroup) {
        this.row = requireNonNull(row, "row is null");
        this.groupValue = groupValue;
        this.comparisonGroup = requireNonNull(comparisonGroup, "comparisonGroup is null");
    }

    @JsonUnwrapped
    public IndicatorRow getRow() {
        return row;
    }

    /** The group's figure for the row's source (null where it has none). */
    public Double getGroupValue() {
        return groupValue;
    }

    /** The row's comparison with the group's figure, as {@code comparison_england} is with England's. */
    public Comparison getComparisonGroup() {
        return comparisonGroup;
    }
}

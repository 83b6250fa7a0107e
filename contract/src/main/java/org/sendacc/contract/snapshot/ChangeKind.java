package org.sendacc.contract.snapshot;

import com.fasterxml.jackson.annotation.JsonValue;

/** What changed between two snapshots for one figure (docs/snapshot.md "Changes"), in the order pages list them. */
public enum ChangeKind {
    /** A period the indicator's series from this source did not have: one change for the period, England's figure. */
    NEW_PERIOD("new_period"),
    /** The publisher (or a local return) changed a figure already published: the area's value moved. */
    REVISED("revised"),
    /** The value is the same but its comparison with England moved, e.g. from similar to worse. */
    CATEGORY_MOVED("category_moved"),
    /** A published figure is now withheld by our disclosure control. */
    NEWLY_SUPPRESSED("newly_suppressed"),
    /** A figure that had no value, or was withheld, now has one. */
    RELEASED("released"),
    /** A published figure has gone: no value now, or its row or whole period is no longer in the snapshot. */
    WITHDRAWN("withdrawn");

    private final String token;

    ChangeKind(String token) {
        this.token = token;
    }

    @JsonValue
    public String token() {
        return token;
    }
}

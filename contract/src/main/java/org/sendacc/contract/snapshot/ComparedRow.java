package org.sendacc.contract.snapshot;

import java.time.LocalDate;

/**
 * What the comparison of two snapshots ({@link SnapshotChanges}) reads of one published indicators row: its key (the
 * indicator, source, area and period), its value and whether we withheld it, and its comparison with England. The
 * dashboard server's row record has these accessors; the analytics job adapts its written values.
 */
public interface ComparedRow {
    String indicatorId();

    String source();

    String areaCode();

    String areaName();

    AreaLevel areaLevel();

    String period();

    String periodLabel();

    LocalDate periodStart();

    Double value();

    boolean suppressed();

    Comparison comparisonEngland();
}

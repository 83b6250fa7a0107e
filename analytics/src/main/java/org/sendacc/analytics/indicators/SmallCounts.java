package org.sendacc.analytics.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.sendacc.contract.catalogue.SeriesSource;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.statistics.Suppression;

/**
 * Our primary disclosure rule: a count of 1 to 4 from an unpublished local return is withheld (docs/snapshot.md
 * "Disclosure"); what a publisher released is shown as published.
 */
final class SmallCounts {
    private SmallCounts() {}

    /**
     * Whether our primary rule withholds the row: a count of 1 to 4 (after rounding an apportioned count), as the
     * numerator, or for a percentage as the denominator minus the numerator (those without the outcome), or for a rate
     * as the denominator. Only where the indicator is controlled, and only for what we compute from unpublished local
     * returns: a publisher's released figures are shown as published (docs/snapshot.md "Disclosure").
     */
    static boolean isDisclosive(IndicatorRow row) {
        if (!row.indicator.isDisclosureControlled()
                || SeriesSource.fromCatalogue(row.source).isPublished()) {
            return false;
        }
        if (isSmall(row.numerator)) {
            return true;
        }
        Unit unit = row.indicator.unit();
        if (unit == Unit.COUNT) {
            return false;
        }
        if (unit == Unit.PERCENT && row.numerator != null && row.denominator != null) {
            return isSmall(row.denominator - row.numerator);
        }
        return isSmall(row.denominator);
    }

    /** Rounded half up, as a count is published. */
    static boolean isSmall(Double count) {
        if (count == null) {
            return false;
        }
        long rounded =
                BigDecimal.valueOf(count).setScale(0, RoundingMode.HALF_UP).longValue();
        return rounded >= Suppression.SMALLEST_DISCLOSIVE_COUNT && rounded <= Suppression.LARGEST_DISCLOSIVE_COUNT;
    }
}

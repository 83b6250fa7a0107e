package org.sendacc.server.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.sendacc.contract.catalogue.Polarity;

/**
 * The spine chart of one indicator (UX.md): England's range of LA values drawn so that the worst end is on the left
 * and the best on the right, England's value at the centre, the middle half darker than the outer quarters, and the
 * area's value as a marker.
 *
 * <p>Positions run from 0 (left) to 1 (right), as in the public health profiles: the half-width is the furthest LA
 * from England's value on either side, so the longer arm of the range reaches an edge and England sits at 0.5. Where
 * lower is better the scale is mirrored; without polarity higher is on the right. Quartiles are the 25th and 75th
 * percentiles by linear interpolation between order statistics (Hyndman and Fan's type 7, as R and Excel's
 * PERCENTILE.INC).
 *
 * @param centre England's value, or the LA median where England has none
 * @param englandShown true when {@code centre} is England's value
 */
public record Spine(
        double lowest,
        double lowerQuartile,
        double upperQuartile,
        double highest,
        double centre,
        boolean englandShown,
        boolean mirrored) {

    /**
     * The spine of a set of LA values, or empty when there are none.
     *
     * @param england England's value, or null
     * @param polarity the catalogue's polarity; {@code lower_is_better} mirrors the scale
     */
    public static Optional<Spine> of(List<Double> laValues, Double england, Polarity polarity) {
        List<Double> sorted = new ArrayList<>();
        for (Double value : laValues) {
            if (value != null && !value.isNaN()) {
                sorted.add(value);
            }
        }
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        Collections.sort(sorted);
        double centre = england != null ? england : percentile(sorted, 0.5);
        return Optional.of(new Spine(
                sorted.get(0),
                percentile(sorted, 0.25),
                percentile(sorted, 0.75),
                sorted.get(sorted.size() - 1),
                centre,
                england != null,
                polarity == Polarity.LOWER_IS_BETTER));
    }

    /** The p-th percentile (0 to 1) of sorted values, type 7. */
    static double percentile(List<Double> sorted, double p) {
        double h = (sorted.size() - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.size() - 1);
        return sorted.get(below) + (h - below) * (sorted.get(above) - sorted.get(below));
    }

    /** Where a value sits on the spine, 0 (worst end) to 1 (best end); values beyond England's LAs are clamped. */
    public double position(double value) {
        double halfWidth = Math.max(centre - lowest, highest - centre);
        if (halfWidth <= 0) {
            return 0.5;
        }
        double offset = (value - centre) / (2 * halfWidth);
        double position = mirrored ? 0.5 - offset : 0.5 + offset;
        return Math.max(0, Math.min(1, position));
    }

    /** The left and right ends of England's range on the scale. */
    public double[] range() {
        return ordered(position(lowest), position(highest));
    }

    /** The left and right ends of the middle half (25th to 75th percentile) on the scale. */
    public double[] middleHalf() {
        return ordered(position(lowerQuartile), position(upperQuartile));
    }

    private static double[] ordered(double first, double second) {
        return new double[] {Math.min(first, second), Math.max(first, second)};
    }

    /** The value at the worst (left) end of the range. */
    public double worst() {
        return mirrored ? highest : lowest;
    }

    /** The value at the best (right) end of the range. */
    public double best() {
        return mirrored ? lowest : highest;
    }
}

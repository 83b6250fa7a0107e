package org.sendacc.statistics;

import static java.util.Objects.requireNonNull;

import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.snapshot.Comparison;

/**
 * Compares an area with a benchmark (England, region, ICB footprint, statistical neighbours) by the rule public
 * health profiles use (Public Health England, "Technical Guide: Confidence Intervals", and the Fingertips comparison
 * rules): the benchmark is treated as fixed and tested against the area's confidence intervals.
 *
 * <ul>
 *   <li>benchmark inside the area's 95% interval (either limit counting as inside): similar;
 *   <li>outside the 95% interval but inside the 99.8% interval: better or worse at 95%;
 *   <li>outside the 99.8% interval: significantly better or worse at 99.8%.
 * </ul>
 *
 * Whether a difference is better or worse follows the indicator's polarity: with higher-is-better an area whose whole
 * interval lies above the benchmark is better. Without a polarity the result is higher or lower. An area without
 * intervals (for example a yes/no measure) or without a benchmark is not compared. The judgement uses the intervals
 * only; the area's value is required because a comparison of an area with no value would be meaningless.
 */
public final class Comparisons {
    private Comparisons() {}

    /**
     * Compares an area with a benchmark.
     *
     * @throws IllegalArgumentException if the value or benchmark is not a finite number, or the 99.8% interval does
     *     not enclose the 95% interval (which only a mix-up of the two can cause)
     */
    public static Comparison compare(
            double areaValue, Interval ci95, Interval ci998, double benchmark, Polarity polarity) {
        requireNonNull(ci95, "ci95 is null");
        requireNonNull(ci998, "ci998 is null");
        requireNonNull(polarity, "polarity is null");
        if (!Double.isFinite(areaValue)) {
            throw new IllegalArgumentException("area value must be a finite number, got " + areaValue);
        }
        if (!Double.isFinite(benchmark)) {
            throw new IllegalArgumentException("benchmark must be a finite number, got " + benchmark);
        }
        if (!ci998.encloses(ci95)) {
            throw new IllegalArgumentException(
                    "the 99.8% interval " + ci998 + " does not enclose the 95% interval " + ci95);
        }
        if (ci95.contains(benchmark)) {
            return Comparison.SIMILAR;
        }
        boolean areaHigher = benchmark < ci95.lower();
        boolean strict = !ci998.contains(benchmark);
        switch (polarity) {
            case HIGHER_IS_BETTER:
                return areaHigher ? better(strict) : worse(strict);
            case LOWER_IS_BETTER:
                return areaHigher ? worse(strict) : better(strict);
            case NO_JUDGEMENT:
                if (areaHigher) {
                    return strict ? Comparison.HIGHER_99_8 : Comparison.HIGHER_95;
                }
                return strict ? Comparison.LOWER_99_8 : Comparison.LOWER_95;
            default:
                throw new IllegalStateException("unhandled polarity " + polarity);
        }
    }

    /**
     * As {@link #compare}, but for data that may be missing, as it arrives from a table: when the value, either
     * interval or the benchmark is null (or the value or benchmark is NaN) the area is not compared.
     */
    public static Comparison compareOrNotCompared(
            Double areaValue, Interval ci95, Interval ci998, Double benchmark, Polarity polarity) {
        requireNonNull(polarity, "polarity is null");
        if (areaValue == null
                || ci95 == null
                || ci998 == null
                || benchmark == null
                || areaValue.isNaN()
                || benchmark.isNaN()) {
            return Comparison.NOT_COMPARED;
        }
        return compare(areaValue, ci95, ci998, benchmark, polarity);
    }

    private static Comparison better(boolean strict) {
        return strict ? Comparison.BETTER_99_8 : Comparison.BETTER_95;
    }

    private static Comparison worse(boolean strict) {
        return strict ? Comparison.WORSE_99_8 : Comparison.WORSE_95;
    }
}

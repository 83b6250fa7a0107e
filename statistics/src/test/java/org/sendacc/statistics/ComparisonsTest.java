package org.sendacc.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.snapshot.Comparison;

/**
 * An area with 7 of 20 (0.35) against benchmarks placed by hand relative to its Wilson intervals:
 *
 * <pre>
 *   99.8% lower 0.1230 | 95% lower 0.1812 | value 0.35 | 95% upper 0.5671 | 99.8% upper 0.6739
 *   0.10 is below the 99.8% interval          -> area higher at 99.8%
 *   0.15 is between the 99.8% and 95% lowers  -> area higher at 95% only
 *   0.30 is inside the 95% interval           -> similar
 *   0.60 is between the 95% and 99.8% uppers  -> area lower at 95% only (0.5671 &lt; 0.60 &lt;= 0.6739)
 *   0.75 is above the 99.8% interval          -> area lower at 99.8%
 * </pre>
 *
 * The 95% limits are the reference values; the 99.8% limits are worked by hand in WilsonScoreTest (z^2 = 9.5495357,
 * centre 23.5495357, half-width 16.2786726, denominator 59.0990714: (23.5495 -/+ 16.2787) / 59.0991).
 */
class ComparisonsTest {
    private static final double AREA_VALUE = 0.35;
    private static final Interval CI_95 = new Interval(0.181191824101082, 0.567145723314764);
    private static final Interval CI_99_8 = new Interval(0.123028381309579, 0.673922743077637);

    private static Comparison compare(double benchmark, Polarity polarity) {
        return Comparisons.compare(AREA_VALUE, CI_95, CI_99_8, benchmark, polarity);
    }

    @Test
    void aBenchmarkInsideTheNinetyFivePercentIntervalIsSimilarWhateverThePolarity() {
        assertThat(compare(0.30, Polarity.HIGHER_IS_BETTER)).isEqualTo(Comparison.SIMILAR);
        assertThat(compare(0.30, Polarity.LOWER_IS_BETTER)).isEqualTo(Comparison.SIMILAR);
        assertThat(compare(0.30, Polarity.NO_JUDGEMENT)).isEqualTo(Comparison.SIMILAR);
    }

    @Test
    void aBenchmarkOnTheNinetyFivePercentLimitCountsAsInside() {
        assertThat(compare(0.567145723314764, Polarity.HIGHER_IS_BETTER)).isEqualTo(Comparison.SIMILAR);
        assertThat(compare(0.181191824101082, Polarity.HIGHER_IS_BETTER)).isEqualTo(Comparison.SIMILAR);
    }

    @Test
    void aBenchmarkOnTheNinetyNinePointEightPercentLimitIsOnlyANinetyFivePercentDifference() {
        assertThat(compare(0.673922743077637, Polarity.HIGHER_IS_BETTER)).isEqualTo(Comparison.WORSE_95);
        assertThat(compare(0.123028381309579, Polarity.HIGHER_IS_BETTER)).isEqualTo(Comparison.BETTER_95);
    }

    @Test
    void anAreaBelowTheBenchmarkAtNinetyFivePercentIsWorseWhenHigherIsBetter() {
        assertThat(compare(0.60, Polarity.HIGHER_IS_BETTER)).isEqualTo(Comparison.WORSE_95);
    }

    @Test
    void anAreaBelowTheBenchmarkAtNinetyFivePercentIsBetterWhenLowerIsBetter() {
        assertThat(compare(0.60, Polarity.LOWER_IS_BETTER)).isEqualTo(Comparison.BETTER_95);
    }

    @Test
    void anAreaBelowTheBenchmarkAtNinetyFivePercentIsLowerWithoutPolarity() {
        assertThat(compare(0.60, Polarity.NO_JUDGEMENT)).isEqualTo(Comparison.LOWER_95);
    }

    @Test
    void anAreaBelowTheBenchmarkAtNinetyNinePointEightPercentIsSignificantlyWorseWhenHigherIsBetter() {
        assertThat(compare(0.75, Polarity.HIGHER_IS_BETTER)).isEqualTo(Comparison.WORSE_99_8);
    }

    @Test
    void anAreaBelowTheBenchmarkAtNinetyNinePointEightPercentIsSignificantlyBetterWhenLowerIsBetter() {
        assertThat(compare(0.75, Polarity.LOWER_IS_BETTER)).isEqualTo(Comparison.BETTER_99_8);
    }

    @Test
    void anAreaBelowTheBenchmarkAtNinetyNinePointEightPercentIsSignificantlyLowerWithoutPolarity() {
        assertThat(compare(0.75, Polarity.NO_JUDGEMENT)).isEqualTo(Comparison.LOWER_99_8);
    }

    @Test
    void anAreaAboveTheBenchmarkAtNinetyFivePercentIsBetterWhenHigherIsBetter() {
        assertThat(compare(0.15, Polarity.HIGHER_IS_BETTER)).isEqualTo(Comparison.BETTER_95);
    }

    @Test
    void anAreaAboveTheBenchmarkAtNinetyFivePercentIsWorseWhenLowerIsBetter() {
        assertThat(compare(0.15, Polarity.LOWER_IS_BETTER)).isEqualTo(Comparison.WORSE_95);
    }

    @Test
    void anAreaAboveTheBenchmarkAtNinetyFivePercentIsHigherWithoutPolarity() {
        assertThat(compare(0.15, Polarity.NO_JUDGEMENT)).isEqualTo(Comparison.HIGHER_95);
    }

    @Test
    void anAreaAboveTheBenchmarkAtNinetyNinePointEightPercentIsSignificantlyBetterWhenHigherIsBetter() {
        assertThat(compare(0.10, Polarity.HIGHER_IS_BETTER)).isEqualTo(Comparison.BETTER_99_8);
    }

    @Test
    void anAreaAboveTheBenchmarkAtNinetyNinePointEightPercentIsSignificantlyWorseWhenLowerIsBetter() {
        assertThat(compare(0.10, Polarity.LOWER_IS_BETTER)).isEqualTo(Comparison.WORSE_99_8);
    }

    @Test
    void anAreaAboveTheBenchmarkAtNinetyNinePointEightPercentIsSignificantlyHigherWithoutPolarity() {
        assertThat(compare(0.10, Polarity.NO_JUDGEMENT)).isEqualTo(Comparison.HIGHER_99_8);
    }

    @Test
    void worksWithTheIntervalsWilsonScoreComputes() {
        Interval ci95 = WilsonScore.interval(7, 20, ConfidenceLevel.NINETY_FIVE);
        Interval ci998 = WilsonScore.interval(7, 20, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);

        assertThat(Comparisons.compare(AREA_VALUE, ci95, ci998, 0.60, Polarity.HIGHER_IS_BETTER))
                .isEqualTo(Comparison.WORSE_95);
    }

    @Test
    void rejectsIntervalsPassedTheWrongWayRound() {
        assertThatThrownBy(() -> Comparisons.compare(AREA_VALUE, CI_99_8, CI_95, 0.30, Polarity.HIGHER_IS_BETTER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not enclose the 95% interval");
    }

    @Test
    void rejectsABenchmarkThatIsNotANumber() {
        assertThatThrownBy(() -> compare(Double.NaN, Polarity.HIGHER_IS_BETTER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("benchmark must be a finite number");
    }

    @Test
    void nullableOverloadGivesTheSameAnswerWhenEverythingIsPresent() {
        assertThat(Comparisons.compareOrNotCompared(AREA_VALUE, CI_95, CI_99_8, 0.75, Polarity.HIGHER_IS_BETTER))
                .isEqualTo(Comparison.WORSE_99_8);
    }

    @Test
    void anAreaWithoutIntervalsIsNotCompared() {
        assertThat(Comparisons.compareOrNotCompared(1.0, null, null, 0.9, Polarity.HIGHER_IS_BETTER))
                .isEqualTo(Comparison.NOT_COMPARED);
    }

    @Test
    void anAreaWithOnlyOneIntervalIsNotCompared() {
        assertThat(Comparisons.compareOrNotCompared(AREA_VALUE, CI_95, null, 0.75, Polarity.HIGHER_IS_BETTER))
                .isEqualTo(Comparison.NOT_COMPARED);
        assertThat(Comparisons.compareOrNotCompared(AREA_VALUE, null, CI_99_8, 0.75, Polarity.HIGHER_IS_BETTER))
                .isEqualTo(Comparison.NOT_COMPARED);
    }

    @Test
    void anAreaWithoutABenchmarkIsNotCompared() {
        assertThat(Comparisons.compareOrNotCompared(AREA_VALUE, CI_95, CI_99_8, null, Polarity.HIGHER_IS_BETTER))
                .isEqualTo(Comparison.NOT_COMPARED);
        assertThat(Comparisons.compareOrNotCompared(AREA_VALUE, CI_95, CI_99_8, Double.NaN, Polarity.HIGHER_IS_BETTER))
                .isEqualTo(Comparison.NOT_COMPARED);
    }

    @Test
    void anAreaWithoutAValueIsNotCompared() {
        assertThat(Comparisons.compareOrNotCompared(null, CI_95, CI_99_8, 0.75, Polarity.HIGHER_IS_BETTER))
                .isEqualTo(Comparison.NOT_COMPARED);
    }
}

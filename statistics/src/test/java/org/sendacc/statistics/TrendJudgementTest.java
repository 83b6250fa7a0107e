package org.sendacc.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sendacc.contract.catalogue.Polarity;

/** Tests of the {@link Trend} record and its polarity judgement. */
class TrendJudgementTest {
    private static final Trend INCREASING = new Trend(Trend.Direction.INCREASING, 25.0, 5);
    private static final Trend DECREASING = new Trend(Trend.Direction.DECREASING, 25.0, 5);
    private static final Trend FLAT = new Trend(Trend.Direction.NO_SIGNIFICANT_CHANGE, 1.0, 5);
    private static final Trend SHORT = new Trend(Trend.Direction.NOT_ENOUGH_DATA, null, 2);

    @Test
    void anIncreaseIsGettingBetterWhenHigherIsBetter() {
        assertThat(INCREASING.judgement(Polarity.HIGHER_IS_BETTER)).isEqualTo("getting_better");
    }

    @Test
    void anIncreaseIsGettingWorseWhenLowerIsBetter() {
        assertThat(INCREASING.judgement(Polarity.LOWER_IS_BETTER)).isEqualTo("getting_worse");
    }

    @Test
    void aDecreaseIsGettingWorseWhenHigherIsBetter() {
        assertThat(DECREASING.judgement(Polarity.HIGHER_IS_BETTER)).isEqualTo("getting_worse");
    }

    @Test
    void aDecreaseIsGettingBetterWhenLowerIsBetter() {
        assertThat(DECREASING.judgement(Polarity.LOWER_IS_BETTER)).isEqualTo("getting_better");
    }

    @Test
    void aSignificantChangeWithoutPolarityIsNoJudgement() {
        assertThat(INCREASING.judgement(Polarity.NO_JUDGEMENT)).isEqualTo("no_judgement");
        assertThat(DECREASING.judgement(Polarity.NO_JUDGEMENT)).isEqualTo("no_judgement");
    }

    @Test
    void noSignificantChangeIsReportedAsSuchWhateverThePolarity() {
        assertThat(FLAT.judgement(Polarity.HIGHER_IS_BETTER)).isEqualTo("no_significant_change");
        assertThat(FLAT.judgement(Polarity.LOWER_IS_BETTER)).isEqualTo("no_significant_change");
        assertThat(FLAT.judgement(Polarity.NO_JUDGEMENT)).isEqualTo("no_significant_change");
    }

    @Test
    void notEnoughDataIsReportedAsSuchWhateverThePolarity() {
        assertThat(SHORT.judgement(Polarity.HIGHER_IS_BETTER)).isEqualTo("not_enough_data");
        assertThat(SHORT.judgement(Polarity.NO_JUDGEMENT)).isEqualTo("not_enough_data");
    }

    @Test
    void aSignificantTrendMustCarryItsStatistic() {
        assertThatThrownBy(() -> new Trend(Trend.Direction.INCREASING, null, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs its statistic");
    }

    @Test
    void rejectsANegativeStatistic() {
        assertThatThrownBy(() -> new Trend(Trend.Direction.NO_SIGNIFICANT_CHANGE, -0.5, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never negative");
    }
}

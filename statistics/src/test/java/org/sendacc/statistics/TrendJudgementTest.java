package org.sendacc.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.snapshot.TrendDirection;
import org.sendacc.contract.snapshot.TrendJudgement;

/** Tests of the {@link Trend} record and its polarity judgement. */
class TrendJudgementTest {
    private static final Trend INCREASING = new Trend(TrendDirection.INCREASING, 25.0, 5);
    private static final Trend DECREASING = new Trend(TrendDirection.DECREASING, 25.0, 5);
    private static final Trend FLAT = new Trend(TrendDirection.NO_SIGNIFICANT_CHANGE, 1.0, 5);
    private static final Trend SHORT = new Trend(TrendDirection.NOT_ENOUGH_DATA, null, 2);

    @Test
    void anIncreaseIsGettingBetterWhenHigherIsBetter() {
        assertThat(INCREASING.judgement(Polarity.HIGHER_IS_BETTER)).isEqualTo(TrendJudgement.GETTING_BETTER);
    }

    @Test
    void anIncreaseIsGettingWorseWhenLowerIsBetter() {
        assertThat(INCREASING.judgement(Polarity.LOWER_IS_BETTER)).isEqualTo(TrendJudgement.GETTING_WORSE);
    }

    @Test
    void aDecreaseIsGettingWorseWhenHigherIsBetter() {
        assertThat(DECREASING.judgement(Polarity.HIGHER_IS_BETTER)).isEqualTo(TrendJudgement.GETTING_WORSE);
    }

    @Test
    void aDecreaseIsGettingBetterWhenLowerIsBetter() {
        assertThat(DECREASING.judgement(Polarity.LOWER_IS_BETTER)).isEqualTo(TrendJudgement.GETTING_BETTER);
    }

    @Test
    void aSignificantChangeWithoutPolarityIsNoJudgement() {
        assertThat(INCREASING.judgement(Polarity.NO_JUDGEMENT)).isEqualTo(TrendJudgement.NO_JUDGEMENT);
        assertThat(DECREASING.judgement(Polarity.NO_JUDGEMENT)).isEqualTo(TrendJudgement.NO_JUDGEMENT);
    }

    @Test
    void noSignificantChangeIsReportedAsSuchWhateverThePolarity() {
        assertThat(FLAT.judgement(Polarity.HIGHER_IS_BETTER)).isEqualTo(TrendJudgement.NO_SIGNIFICANT_CHANGE);
        assertThat(FLAT.judgement(Polarity.LOWER_IS_BETTER)).isEqualTo(TrendJudgement.NO_SIGNIFICANT_CHANGE);
        assertThat(FLAT.judgement(Polarity.NO_JUDGEMENT)).isEqualTo(TrendJudgement.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void notEnoughDataIsReportedAsSuchWhateverThePolarity() {
        assertThat(SHORT.judgement(Polarity.HIGHER_IS_BETTER)).isEqualTo(TrendJudgement.NOT_ENOUGH_DATA);
        assertThat(SHORT.judgement(Polarity.NO_JUDGEMENT)).isEqualTo(TrendJudgement.NOT_ENOUGH_DATA);
    }

    @Test
    void aSignificantTrendMustCarryItsStatistic() {
        assertThatThrownBy(() -> new Trend(TrendDirection.INCREASING, null, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs its statistic");
    }

    @Test
    void rejectsANegativeStatistic() {
        assertThatThrownBy(() -> new Trend(TrendDirection.NO_SIGNIFICANT_CHANGE, -0.5, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never negative");
    }
}

package org.sendacc.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonScoreTest {
    @Test
    void matchesTheReferenceIntervalForALargeSampleAtNinetyFivePercent() {
        Interval interval = WilsonScore.interval(39_407, 84_866, ConfidenceLevel.NINETY_FIVE);

        assertThat(interval.lower()).isCloseTo(0.460990079899490, within(1e-9));
        assertThat(interval.upper()).isCloseTo(0.467700725974862, within(1e-9));
    }

    @Test
    void matchesTheReferenceIntervalForALargeSampleAtNinetyNinePointEightPercent() {
        Interval interval = WilsonScore.interval(39_407, 84_866, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);

        assertThat(interval.lower()).isCloseTo(0.459057713398727, within(1e-9));
        assertThat(interval.upper()).isCloseTo(0.469637888183752, within(1e-9));
    }

    @Test
    void matchesTheReferenceIntervalForASmallSampleAtNinetyFivePercent() {
        Interval interval = WilsonScore.interval(7, 20, ConfidenceLevel.NINETY_FIVE);

        assertThat(interval.lower()).isCloseTo(0.181191824101082, within(1e-9));
        assertThat(interval.upper()).isCloseTo(0.567145723314764, within(1e-9));
    }

    @Test
    void matchesAHandWorkedIntervalForASmallSampleAtNinetyNinePointEightPercent() {
        // x = 7, n = 20, z = 3.0902323061678136, z^2 = 9.549535706083244
        // 2x + z^2 = 23.549535706083244
        // 4x(1 - x/n) = 28 * 0.65 = 18.2; z^2 + 18.2 = 27.749535706083244; sqrt = 5.267782807413688
        // z * sqrt = 16.278672613345160; denominator 2(n + z^2) = 59.099071412166488
        // lower = (23.549535706083244 - 16.278672613345160) / 59.099071412166488 = 7.270863092738084 / 59.0990714...
        //       = 0.123028381309579
        // upper = (23.549535706083244 + 16.278672613345160) / 59.099071412166488 = 39.828208319428404 / 59.0990714...
        //       = 0.673922743077637
        // (both checked to 17 digits with a separate 40-digit calculation)
        Interval interval = WilsonScore.interval(7, 20, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);

        assertThat(interval.lower()).isCloseTo(0.123028381309579, within(1e-9));
        assertThat(interval.upper()).isCloseTo(0.673922743077637, within(1e-9));
    }

    @Test
    void noSuccessesGivesALowerLimitOfExactlyZero() {
        // x = 0: (z^2 +/- z sqrt(z^2)) / (2(n + z^2)) -> lower 0, upper z^2 / (n + z^2)
        // = 3.841458820694124 / 23.841458820694124 = 0.161125158052819
        Interval interval = WilsonScore.interval(0, 20, ConfidenceLevel.NINETY_FIVE);

        assertThat(interval.lower()).isEqualTo(0.0);
        assertThat(interval.upper()).isCloseTo(0.161125158052819, within(1e-9));
    }

    @Test
    void allSuccessesGivesAnUpperLimitOfExactlyOne() {
        // x = n: the mirror image of x = 0, so lower = 1 - 0.161125158052819 = 0.838874841947181
        Interval interval = WilsonScore.interval(20, 20, ConfidenceLevel.NINETY_FIVE);

        assertThat(interval.upper()).isEqualTo(1.0);
        assertThat(interval.lower()).isCloseTo(0.838874841947181, within(1e-9));
    }

    @Test
    void rejectsNegativeSuccesses() {
        assertThatThrownBy(() -> WilsonScore.interval(-1, 20, ConfidenceLevel.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("successes must not be negative");
    }

    @Test
    void rejectsZeroTrials() {
        assertThatThrownBy(() -> WilsonScore.interval(0, 0, ConfidenceLevel.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trials must be positive");
    }

    @Test
    void rejectsNegativeTrials() {
        assertThatThrownBy(() -> WilsonScore.interval(0, -5, ConfidenceLevel.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trials must be positive");
    }

    @Test
    void rejectsMoreSuccessesThanTrials() {
        assertThatThrownBy(() -> WilsonScore.interval(21, 20, ConfidenceLevel.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("successes (21) must not exceed trials (20)");
    }
}

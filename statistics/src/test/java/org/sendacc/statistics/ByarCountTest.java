package org.sendacc.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ByarCountTest {
    @Test
    void matchesTheReferenceIntervalAtNinetyFivePercent() {
        Interval interval = ByarCount.interval(57, ConfidenceLevel.NINETY_FIVE);

        assertThat(interval.lower()).isCloseTo(43.1686006651133, within(1e-9));
        assertThat(interval.upper()).isCloseTo(73.8514592797214, within(1e-9));
    }

    @Test
    void matchesTheReferenceIntervalAtNinetyNinePointEightPercent() {
        Interval interval = ByarCount.interval(57, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);

        assertThat(interval.lower()).isCloseTo(36.4596488147523, within(1e-9));
        assertThat(interval.upper()).isCloseTo(84.4323237311460, within(1e-9));
    }

    @Test
    void aZeroCountHasALowerLimitOfZeroAndAPositiveUpperLimit() {
        // upper = 1 * (1 - 1/9 + z/3)^3 = (0.888888889 + 0.653321328)^3 = 1.542210217^3 = 3.668011832
        Interval interval = ByarCount.interval(0, ConfidenceLevel.NINETY_FIVE);

        assertThat(interval.lower()).isEqualTo(0.0);
        assertThat(interval.upper()).isCloseTo(3.66801183217375, within(1e-9));
    }

    @Test
    void aLowerLimitTheFormulaWouldMakeNegativeIsFlooredAtZero() {
        // count 1 at 99.8%: 1 - 1/9 - 3.0902323/3 = 1 - 0.1111111 - 1.0300774 = -0.1411885, cubed -0.0028145
        Interval interval = ByarCount.interval(1, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);

        assertThat(interval.lower()).isEqualTo(0.0);
    }

    @Test
    void aRateIntervalIsTheCountIntervalDividedByThePopulationTimesTheMultiplier() {
        // 57 per 12,000 children per 100,000: multiply the count limits by 100,000 / 12,000 = 8.3333...
        // 43.1686006651133 * 8.3333... = 359.738338875944; 73.8514592797214 * 8.3333... = 615.428827331012
        Interval interval = ByarCount.rateInterval(57, 12_000, 100_000, ConfidenceLevel.NINETY_FIVE);

        assertThat(interval.lower()).isCloseTo(359.738338875944, within(1e-9));
        assertThat(interval.upper()).isCloseTo(615.428827331012, within(1e-9));
    }

    @Test
    void rejectsANegativeCount() {
        assertThatThrownBy(() -> ByarCount.interval(-1, ConfidenceLevel.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count must not be negative");
    }

    @Test
    void rejectsAZeroPopulation() {
        assertThatThrownBy(() -> ByarCount.rateInterval(5, 0, 1000, ConfidenceLevel.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("population must be a positive finite number");
    }

    @Test
    void rejectsAPopulationThatIsNotANumber() {
        assertThatThrownBy(() -> ByarCount.rateInterval(5, Double.NaN, 1000, ConfidenceLevel.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("population must be a positive finite number");
    }

    @Test
    void rejectsAZeroMultiplier() {
        assertThatThrownBy(() -> ByarCount.rateInterval(5, 100, 0, ConfidenceLevel.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiplier must be a positive finite number");
    }
}

package org.sendacc.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntervalTest {
    @Test
    void containsBothLimits() {
        Interval interval = new Interval(0.25, 0.5);

        assertThat(interval.contains(0.25)).isTrue();
        assertThat(interval.contains(0.5)).isTrue();
    }

    @Test
    void doesNotContainValuesOutsideTheLimits() {
        Interval interval = new Interval(0.25, 0.5);

        assertThat(interval.contains(0.2499)).isFalse();
        assertThat(interval.contains(0.5001)).isFalse();
    }

    @Test
    void enclosesANarrowerInterval() {
        assertThat(new Interval(0.1, 0.7).encloses(new Interval(0.2, 0.6))).isTrue();
        assertThat(new Interval(0.2, 0.6).encloses(new Interval(0.1, 0.7))).isFalse();
    }

    @Test
    void rejectsLimitsTheWrongWayRound() {
        assertThatThrownBy(() -> new Interval(0.6, 0.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower limit 0.6 is above its upper limit 0.2");
    }

    @Test
    void rejectsNotANumber() {
        assertThatThrownBy(() -> new Interval(Double.NaN, 0.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be numbers");
    }
}

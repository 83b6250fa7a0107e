package org.sendacc.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfidenceLevelTest {
    @Test
    void ninetyFiveUsesTheNormalQuantileAtPointNineSevenFive() {
        // Phi^-1(0.975) = 1.95996398454005423552... (40-digit calculation); the nearest double is 1.9599639845400543.
        assertThat(ConfidenceLevel.NINETY_FIVE.z()).isCloseTo(1.959963984540054, within(1e-15));
    }

    @Test
    void ninetyNinePointEightUsesTheNormalQuantileAtPointNineNineNine() {
        // Phi^-1(0.999) = 3.09023230616781354154... (40-digit calculation); the nearest double is 3.0902323061678136.
        assertThat(ConfidenceLevel.NINETY_NINE_POINT_EIGHT.z()).isCloseTo(3.090232306167813, within(1e-15));
    }

    @Test
    void ninetyFiveSquaredIsTheChiSquareCriticalValueAtFivePercent() {
        // 1.959963984540054^2 = 3.841458820694124, the familiar chi-square (1 df) 5% critical value.
        double z = ConfidenceLevel.NINETY_FIVE.z();
        assertThat(z * z).isCloseTo(3.841458820694124, within(1e-14));
    }
}

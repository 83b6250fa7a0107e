package org.sendacc.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendacc.contract.snapshot.TrendDirection;

/**
 * Tests of {@link TrendTest}, the chi-square test for trend (the doubled "Test" is the class under test's name plus
 * the usual suffix). Every statistic below is worked by hand from the formulae in TrendTest's header.
 */
class TrendTestTest {
    private static final List<long[]> RISING = List.of(
            new long[] {100, 1000}, new long[] {130, 1000}, new long[] {160, 1000}, new long[] {190, 1000}, new long[] {
                220, 1000
            });

    @Test
    void theCriticalValueIsTheSquareOfTheNormalQuantileAtPointNineNineNine() {
        // 3.090232306167813^2 = 9.54953570608324 (chi-square, 1 df, p = 0.002)
        assertThat(TrendTest.CRITICAL_VALUE_99_8).isCloseTo(9.54953570608324, within(1e-12));
    }

    @Test
    void aClearlyRisingProportionIsIncreasing() {
        // N = 5000, sum x = 800, p = 0.16; scores t = 1..5
        // sum t x = 100 + 260 + 480 + 760 + 1100 = 2700; sum t n p = 0.16 * 1000 * 15 = 2400; difference 300
        // numerator 300^2 = 90000
        // sum n t^2 = 1000 * 55 = 55000; (sum n t)^2 / N = 15000^2 / 5000 = 45000; difference 10000
        // denominator p(1 - p) * 10000 = 0.16 * 0.84 * 10000 = 1344
        // X2 = 90000 / 1344 = 66.9642857142857 > 9.5495
        Trend trend = TrendTest.forProportions(RISING);

        assertThat(trend.direction()).isEqualTo(TrendDirection.INCREASING);
        assertThat(trend.statistic()).isCloseTo(66.9642857142857, within(1e-9));
        assertThat(trend.pointsUsed()).isEqualTo(5);
    }

    @Test
    void aClearlyFallingProportionIsDecreasing() {
        // The rising series reversed: sum t x = 220 + 380 + 480 + 520 + 500 = 2100; 2100 - 2400 = -300;
        // (-300)^2 / 1344 = 66.9642857142857 as before, now with a negative direction
        Trend trend = TrendTest.forProportions(List.of(
                new long[] {220, 1000},
                new long[] {190, 1000},
                new long[] {160, 1000},
                new long[] {130, 1000},
                new long[] {100, 1000}));

        assertThat(trend.direction()).isEqualTo(TrendDirection.DECREASING);
        assertThat(trend.statistic()).isCloseTo(66.9642857142857, within(1e-9));
    }

    @Test
    void aFlatProportionHasNoSignificantChange() {
        // p = 0.15 in every period, so every x - n p = 0 and X2 = 0
        Trend trend = TrendTest.forProportions(List.of(
                new long[] {150, 1000},
                new long[] {150, 1000},
                new long[] {150, 1000},
                new long[] {150, 1000},
                new long[] {150, 1000}));

        assertThat(trend.direction()).isEqualTo(TrendDirection.NO_SIGNIFICANT_CHANGE);
        assertThat(trend.statistic()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void aGentlyRisingProportionHasNoSignificantChange() {
        // 100, 105, 110, 115, 120 of 1000: p = 550 / 5000 = 0.11
        // sum t x = 100 + 210 + 330 + 460 + 600 = 1700; sum t n p = 0.11 * 15000 = 1650; difference 50
        // X2 = 50^2 / (0.11 * 0.89 * 10000) = 2500 / 979 = 2.55362614913177 < 9.5495
        Trend trend = TrendTest.forProportions(List.of(
                new long[] {100, 1000},
                new long[] {105, 1000},
                new long[] {110, 1000},
                new long[] {115, 1000},
                new long[] {120, 1000}));

        assertThat(trend.direction()).isEqualTo(TrendDirection.NO_SIGNIFICANT_CHANGE);
        assertThat(trend.statistic()).isCloseTo(2.55362614913177, within(1e-9));
    }

    @Test
    void unequalDenominatorsAreWeightedByTrials() {
        // 10/100, 30/200, 60/300: N = 600, sum x = 100, p = 1/6; scores 1, 2, 3
        // sum t x = 10 + 60 + 180 = 250; sum n t = 100 + 400 + 900 = 1400; sum t n p = 1400/6 = 233.333...
        // numerator (250 - 1400/6)^2 = (50/3)^2 = 2500/9
        // sum n t^2 = 100 + 800 + 2700 = 3600; (sum n t)^2 / N = 1960000 / 600 = 9800/3; difference 1000/3
        // denominator (1/6)(5/6)(1000/3) = 5000/108 = 1250/27
        // X2 = (2500/9) / (1250/27) = 2 * 3 = 6 exactly, below 9.5495
        Trend trend =
                TrendTest.forProportions(List.of(new long[] {10, 100}, new long[] {30, 200}, new long[] {60, 300}));

        assertThat(trend.direction()).isEqualTo(TrendDirection.NO_SIGNIFICANT_CHANGE);
        assertThat(trend.statistic()).isCloseTo(6.0, within(1e-9));
        assertThat(trend.pointsUsed()).isEqualTo(3);
    }

    @Test
    void onlyTheLatestFivePeriodsAreUsed() {
        // an outlying first period (900/1000) is dropped, leaving the rising series: X2 = 90000 / 1344 as above
        Trend trend = TrendTest.forProportions(List.of(
                new long[] {900, 1000},
                new long[] {100, 1000},
                new long[] {130, 1000},
                new long[] {160, 1000},
                new long[] {190, 1000},
                new long[] {220, 1000}));

        assertThat(trend.pointsUsed()).isEqualTo(5);
        assertThat(trend.direction()).isEqualTo(TrendDirection.INCREASING);
        assertThat(trend.statistic()).isCloseTo(66.9642857142857, within(1e-9));
    }

    @Test
    void fewerThanThreePeriodsIsNotEnoughData() {
        Trend trend = TrendTest.forProportions(List.of(new long[] {100, 1000}, new long[] {220, 1000}));

        assertThat(trend.direction()).isEqualTo(TrendDirection.NOT_ENOUGH_DATA);
        assertThat(trend.statistic()).isNull();
        assertThat(trend.pointsUsed()).isEqualTo(2);
    }

    @Test
    void anEmptySeriesIsNotEnoughData() {
        Trend trend = TrendTest.forCounts(List.of());

        assertThat(trend.direction()).isEqualTo(TrendDirection.NOT_ENOUGH_DATA);
        assertThat(trend.pointsUsed()).isZero();
    }

    @Test
    void aProportionOfZeroThroughoutHasNoVarianceAndIsNotEnoughData() {
        // p = 0, so p(1 - p) = 0 and the statistic is undefined
        Trend trend = TrendTest.forProportions(List.of(new long[] {0, 50}, new long[] {0, 60}, new long[] {0, 70}));

        assertThat(trend.direction()).isEqualTo(TrendDirection.NOT_ENOUGH_DATA);
        assertThat(trend.statistic()).isNull();
        assertThat(trend.pointsUsed()).isEqualTo(3);
    }

    @Test
    void aRisingCountInASteadyPopulationIsIncreasing() {
        // O = 20, 30, 40, 50, 60 in 10,000 each: sum O = 200, sum n = 50,000, E = 10,000 * 200 / 50,000 = 40 each
        // sum t (O - E) = 1(-20) + 2(-10) + 3(0) + 4(10) + 5(20) = 100; numerator 10000
        // sum t^2 E = 55 * 40 = 2200; (sum t E)^2 / sum E = 600^2 / 200 = 1800; denominator 400
        // X2 = 10000 / 400 = 25 > 9.5495
        Trend trend = TrendTest.forCounts(List.of(
                new long[] {20, 10_000},
                new long[] {30, 10_000},
                new long[] {40, 10_000},
                new long[] {50, 10_000},
                new long[] {60, 10_000}));

        assertThat(trend.direction()).isEqualTo(TrendDirection.INCREASING);
        assertThat(trend.statistic()).isCloseTo(25.0, within(1e-9));
        assertThat(trend.pointsUsed()).isEqualTo(5);
    }

    @Test
    void aCountRisingOnlyWithItsPopulationHasNoSignificantChange() {
        // O = 10, 20, 30 in 1,000, 2,000, 3,000: rate 0.01 throughout; E = n * 60 / 6000 = 10, 20, 30 = O
        // so every O - E = 0 and X2 = 0
        Trend trend = TrendTest.forCounts(List.of(new long[] {10, 1000}, new long[] {20, 2000}, new long[] {30, 3000}));

        assertThat(trend.direction()).isEqualTo(TrendDirection.NO_SIGNIFICANT_CHANGE);
        assertThat(trend.statistic()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void aCountTrendJustAboveTheCriticalValueIsSignificant() {
        // O = 36, 43, 50, 57, 64 in 10,000 each: E = 50 each; O - E = -14, -7, 0, 7, 14
        // sum t (O - E) = -14 - 14 + 0 + 28 + 70 = 70; numerator 4900
        // denominator 55 * 50 - 750^2 / 250 = 2750 - 2250 = 500; X2 = 4900 / 500 = 9.8 > 9.5495
        Trend trend = TrendTest.forCounts(List.of(
                new long[] {36, 10_000},
                new long[] {43, 10_000},
                new long[] {50, 10_000},
                new long[] {57, 10_000},
                new long[] {64, 10_000}));

        assertThat(trend.direction()).isEqualTo(TrendDirection.INCREASING);
        assertThat(trend.statistic()).isCloseTo(9.8, within(1e-9));
    }

    @Test
    void aCountTrendSignificantOnlyAtNinetyFivePercentIsNoSignificantChange() {
        // O = 37, 44, 50, 56, 63 in 10,000 each: E = 50 each; O - E = -13, -6, 0, 6, 13
        // sum t (O - E) = -13 - 12 + 0 + 24 + 65 = 64; numerator 4096; denominator 500 (as above)
        // X2 = 4096 / 500 = 8.192: above 3.8415 (95%) but below 9.5495 (99.8%)
        Trend trend = TrendTest.forCounts(List.of(
                new long[] {37, 10_000},
                new long[] {44, 10_000},
                new long[] {50, 10_000},
                new long[] {56, 10_000},
                new long[] {63, 10_000}));

        assertThat(trend.direction()).isEqualTo(TrendDirection.NO_SIGNIFICANT_CHANGE);
        assertThat(trend.statistic()).isCloseTo(8.192, within(1e-9));
    }

    @Test
    void noEventsThroughoutIsNotEnoughData() {
        // sum O = 0, so every E = 0 and the denominator is 0
        Trend trend = TrendTest.forCounts(List.of(new long[] {0, 1000}, new long[] {0, 1000}, new long[] {0, 1000}));

        assertThat(trend.direction()).isEqualTo(TrendDirection.NOT_ENOUGH_DATA);
        assertThat(trend.statistic()).isNull();
    }

    @Test
    void rejectsAPeriodThatIsNotAPair() {
        assertThatThrownBy(() -> TrendTest.forProportions(
                        List.of(new long[] {1, 10}, new long[] {2, 10, 3}, new long[] {3, 10})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pairs of two numbers");
    }

    @Test
    void rejectsMoreSuccessesThanTrials() {
        assertThatThrownBy(() ->
                        TrendTest.forProportions(List.of(new long[] {1, 10}, new long[] {11, 10}, new long[] {3, 10})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("successes must be between 0 and trials");
    }

    @Test
    void rejectsZeroTrials() {
        assertThatThrownBy(() ->
                        TrendTest.forProportions(List.of(new long[] {0, 0}, new long[] {1, 10}, new long[] {3, 10})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trials must be positive");
    }

    @Test
    void rejectsANegativeCount() {
        assertThatThrownBy(
                        () -> TrendTest.forCounts(List.of(new long[] {-1, 10}, new long[] {1, 10}, new long[] {3, 10})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("counts must not be negative");
    }

    @Test
    void rejectsAZeroPopulation() {
        assertThatThrownBy(
                        () -> TrendTest.forCounts(List.of(new long[] {1, 10}, new long[] {1, 0}, new long[] {3, 10})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("populations must be positive");
    }
}

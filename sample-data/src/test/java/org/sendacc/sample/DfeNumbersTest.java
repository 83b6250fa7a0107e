package org.sendacc.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DfeNumbersTest {

    @Test
    void percentIsRoundedToOneDecimalPlace() {
        assertThat(DfeNumbers.percent(31313, 53327)).isEqualTo("58.7");
    }

    @Test
    void percentDropsATrailingZeroAsDfeDoes() {
        assertThat(DfeNumbers.percent(29, 50)).isEqualTo("58");
        assertThat(DfeNumbers.percent(3, 3)).isEqualTo("100");
        assertThat(DfeNumbers.percent(0, 3)).isEqualTo("0");
    }

    @Test
    void percentOfNothingIsNotAvailable() {
        assertThat(DfeNumbers.percent(0, 0)).isEqualTo("x");
    }

    @Test
    void mojRateIsRoundedToOneDecimalButPrintedWithTwo() {
        assertThat(DfeNumbers.mojPercent(4108, 251096)).isEqualTo("1.60%");
    }

    @Test
    void mojCountHasThousandsSeparatorsAndASpacedDashForZero() {
        assertThat(DfeNumbers.mojCount(2533)).isEqualTo("2,533");
        assertThat(DfeNumbers.mojCount(0)).isEqualTo(" - ");
    }
}

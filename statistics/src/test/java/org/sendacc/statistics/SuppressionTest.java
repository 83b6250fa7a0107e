package org.sendacc.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SuppressionTest {
    @Test
    void countsOfOneToFourAreDisclosive() {
        assertThat(Suppression.isDisclosive(1L)).isTrue();
        assertThat(Suppression.isDisclosive(2L)).isTrue();
        assertThat(Suppression.isDisclosive(3L)).isTrue();
        assertThat(Suppression.isDisclosive(4L)).isTrue();
    }

    @Test
    void zeroIsNotDisclosive() {
        assertThat(Suppression.isDisclosive(0L)).isFalse();
    }

    @Test
    void fiveAndAboveAreNotDisclosive() {
        assertThat(Suppression.isDisclosive(5L)).isFalse();
        assertThat(Suppression.isDisclosive(84_866L)).isFalse();
    }

    @Test
    void aMissingCountIsNotDisclosive() {
        assertThat(Suppression.isDisclosive(null)).isFalse();
    }

    @Test
    void rejectsANegativeCount() {
        assertThatThrownBy(() -> Suppression.isDisclosive(-1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be negative");
    }

    @Test
    void suppressedValuesAreShownAsC() {
        assertThat(Suppression.SUPPRESSED_SYMBOL).isEqualTo("c");
    }
}

package org.sendacc.contract.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PolarityTest {
    @Test
    void parsesHigherIsBetter() {
        assertThat(Polarity.fromCatalogue("higher_is_better")).isEqualTo(Polarity.HIGHER_IS_BETTER);
    }

    @Test
    void parsesLowerIsBetter() {
        assertThat(Polarity.fromCatalogue("lower_is_better")).isEqualTo(Polarity.LOWER_IS_BETTER);
    }

    @Test
    void parsesNoJudgement() {
        assertThat(Polarity.fromCatalogue("no_judgement")).isEqualTo(Polarity.NO_JUDGEMENT);
    }

    @Test
    void ignoresSurroundingSpaces() {
        assertThat(Polarity.fromCatalogue("  lower_is_better\t")).isEqualTo(Polarity.LOWER_IS_BETTER);
    }

    @Test
    void rejectsAnUnknownPolarityNamingTheAllowedOnes() {
        assertThatThrownBy(() -> Polarity.fromCatalogue("higher-is-better"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown polarity 'higher-is-better'")
                .hasMessageContaining("higher_is_better, lower_is_better, no_judgement");
    }

    @Test
    void tokenRoundTripsThroughTheCatalogueParser() {
        for (Polarity polarity : Polarity.values()) {
            assertThat(Polarity.fromCatalogue(polarity.token())).isEqualTo(polarity);
        }
    }
}

package org.sendacc.server.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendacc.contract.catalogue.Polarity;

/** The spine's quartiles and scale, against figures worked by hand. */
class SpineTest {
    private static final List<Double> VALUES = List.of(70.0, 20.0, 60.0, 30.0, 40.0);

    @Test
    void quartilesInterpolateBetweenOrderStatistics() {
        Spine spine = Spine.of(VALUES, 50.0, Polarity.HIGHER_IS_BETTER).orElseThrow();

        // Sorted 20, 30, 40, 60, 70: the 25th percentile is the 2nd value, the 75th the 4th (h = 4p).
        assertThat(spine.lowest()).isEqualTo(20.0);
        assertThat(spine.lowerQuartile()).isEqualTo(30.0);
        assertThat(spine.upperQuartile()).isEqualTo(60.0);
        assertThat(spine.highest()).isEqualTo(70.0);
        // Four values 25, 50, 60, 100: h = 0.75 for the 25th percentile, 25 + 0.75 * 25 = 43.75.
        assertThat(Spine.percentile(List.of(25.0, 50.0, 60.0, 100.0), 0.25)).isEqualTo(43.75);
    }

    @Test
    void higherIsBetterPutsEnglandAtTheCentreAndTheFurthestLaAtAnEdge() {
        Spine spine = Spine.of(VALUES, 50.0, Polarity.HIGHER_IS_BETTER).orElseThrow();

        // Half-width max(50 - 20, 70 - 50) = 30: 20 sits at 0, 70 at 0.5 + 20/60.
        assertThat(spine.position(50.0)).isEqualTo(0.5);
        assertThat(spine.position(20.0)).isEqualTo(0.0);
        assertThat(spine.position(70.0)).isCloseTo(0.8333, within(1e-4));
        assertThat(spine.range()[0]).isEqualTo(0.0);
        assertThat(spine.range()[1]).isCloseTo(0.8333, within(1e-4));
        assertThat(spine.middleHalf()[0]).isCloseTo(0.1667, within(1e-4));
        assertThat(spine.middleHalf()[1]).isCloseTo(0.6667, within(1e-4));
        assertThat(spine.worst()).isEqualTo(20.0);
        assertThat(spine.best()).isEqualTo(70.0);
    }

    @Test
    void lowerIsBetterMirrorsTheScaleSoTheWorstIsStillOnTheLeft() {
        Spine spine = Spine.of(VALUES, 50.0, Polarity.LOWER_IS_BETTER).orElseThrow();

        assertThat(spine.position(20.0)).isEqualTo(1.0);
        assertThat(spine.position(70.0)).isCloseTo(0.1667, within(1e-4));
        assertThat(spine.range()[0]).isCloseTo(0.1667, within(1e-4));
        assertThat(spine.range()[1]).isEqualTo(1.0);
        assertThat(spine.middleHalf()[0]).isCloseTo(0.3333, within(1e-4));
        assertThat(spine.middleHalf()[1]).isCloseTo(0.8333, within(1e-4));
        assertThat(spine.worst()).isEqualTo(70.0);
        assertThat(spine.best()).isEqualTo(20.0);
    }

    @Test
    void withoutEnglandTheMedianIsTheCentre() {
        Spine spine = Spine.of(VALUES, null, Polarity.NO_JUDGEMENT).orElseThrow();

        assertThat(spine.centre()).isEqualTo(40.0);
        assertThat(spine.englandShown()).isFalse();
        assertThat(spine.position(40.0)).isEqualTo(0.5);
    }

    @Test
    void missingValuesAreLeftOutAndNoValuesMeansNoSpine() {
        assertThat(Spine.of(Arrays.asList(null, 10.0, null), 10.0, Polarity.HIGHER_IS_BETTER)
                        .orElseThrow()
                        .lowest())
                .isEqualTo(10.0);
        assertThat(Spine.of(Arrays.asList((Double) null), 10.0, Polarity.HIGHER_IS_BETTER))
                .isEmpty();
        // Every LA at England's value: no width, everything at the centre.
        assertThat(Spine.of(List.of(10.0, 10.0), 10.0, Polarity.HIGHER_IS_BETTER)
                        .orElseThrow()
                        .position(10.0))
                .isEqualTo(0.5);
    }
}

package org.sendacc.server.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.server.TestRows;

/** What the ICB page lists as got worse since the previous period, on hand-made rows. */
class IcbPageTest {
    static TestRows leeds() {
        // 67 of 717 within 20 weeks in 2024, 9.3% (95% CI 7.4% to 11.7%); higher is better
        return TestRows.row("ehcp_20wk_excl_exceptions", "dfe_ees", "E08000035", "Leeds", AreaLevel.LA, "2024")
                .figures(9.3, 67.0, 717.0)
                .intervals(7.4, 11.7, 6.5, 13.2)
                .snapshot("s");
    }

    @Test
    void aFallBeyondTheIntervalIsWorse() {
        assertThat(IcbPage.gotWorse(
                        leeds().trend(12.1, "not_enough_data", "not_enough_data", 2)
                                .build(),
                        Polarity.HIGHER_IS_BETTER))
                .isTrue();
    }

    @Test
    void aFallWithinTheIntervalIsNot() {
        assertThat(IcbPage.gotWorse(
                        leeds().trend(11.0, "not_enough_data", "not_enough_data", 2)
                                .build(),
                        Polarity.HIGHER_IS_BETTER))
                .isFalse();
    }

    @Test
    void aRiseIsWorseWhereLowerIsBetter() {
        assertThat(IcbPage.gotWorse(
                        leeds().trend(6.0, "not_enough_data", "not_enough_data", 2)
                                .build(),
                        Polarity.LOWER_IS_BETTER))
                .isTrue();
        assertThat(IcbPage.gotWorse(
                        leeds().trend(6.0, "not_enough_data", "not_enough_data", 2)
                                .build(),
                        Polarity.NO_JUDGEMENT))
                .isFalse();
    }

    @Test
    void nothingAcrossABreakNorAnEstimateIsListed() {
        // across a break the snapshot gives no previous value
        assertThat(IcbPage.gotWorse(
                        leeds().trend(null, "not_enough_data", "not_enough_data", 1)
                                .breakInSeries()
                                .build(),
                        Polarity.HIGHER_IS_BETTER))
                .isFalse();
        assertThat(IcbPage.gotWorse(
                        leeds().trend(12.1, "not_enough_data", "not_enough_data", 2)
                                .apportioned()
                                .build(),
                        Polarity.HIGHER_IS_BETTER))
                .isFalse();
    }
}

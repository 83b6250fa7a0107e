package org.sendacc.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalyticsJobTest {
    @Test
    void helpSucceeds() {
        assertThat(AnalyticsJob.run(new String[] {"--help"})).isZero();
    }

    @Test
    void refusesToPretendItComputedAnything() {
        assertThat(AnalyticsJob.run(new String[] {"--warehouse", "w"})).isEqualTo(2);
    }
}

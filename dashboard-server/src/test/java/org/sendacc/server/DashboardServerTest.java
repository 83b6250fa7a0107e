package org.sendacc.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardServerTest {
    @Test
    void helpSucceeds() {
        assertThat(DashboardServer.run(new String[] {"--help"})).isZero();
    }

    @Test
    void refusesToPretendItServes() {
        assertThat(DashboardServer.run(new String[] {"--port", "7070"})).isEqualTo(2);
    }
}

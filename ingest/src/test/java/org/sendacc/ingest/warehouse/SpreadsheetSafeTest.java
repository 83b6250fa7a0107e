package org.sendacc.ingest.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetSafeTest {
    @Test
    void neutralisesFormulas() {
        assertThat(SpreadsheetSafe.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(SpreadsheetSafe.cell("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(SpreadsheetSafe.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetSafe.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetSafe.cell("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void leavesNumbersAndTextAlone() {
        assertThat(SpreadsheetSafe.cell("-12903")).isEqualTo("-12903");
        assertThat(SpreadsheetSafe.cell("112.5")).isEqualTo("112.5");
        assertThat(SpreadsheetSafe.cell("approx. 2428")).isEqualTo("approx. 2428");
        assertThat(SpreadsheetSafe.cell("")).isEmpty();
    }
}

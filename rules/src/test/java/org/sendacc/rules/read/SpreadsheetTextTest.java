package org.sendacc.rules.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {
    @Test
    void neutralisesFormulas() {
        assertThat(SpreadsheetText.safe("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(SpreadsheetText.safe("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(SpreadsheetText.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.safe("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void leavesNumbersAndTextAlone() {
        assertThat(SpreadsheetText.safe("-12903")).isEqualTo("-12903");
        assertThat(SpreadsheetText.safe("112.5")).isEqualTo("112.5");
        assertThat(SpreadsheetText.safe("approx. 2428")).isEqualTo("approx. 2428");
        assertThat(SpreadsheetText.safe("")).isEmpty();
        assertThat(SpreadsheetText.safe(null)).isEmpty();
    }

    @Test
    void aFormulaIsWhatASpreadsheetWouldRunNotANumberNorATab() {
        assertThat(SpreadsheetText.isFormula("=1+1")).isTrue();
        assertThat(SpreadsheetText.isFormula("@SUM(A1)")).isTrue();
        assertThat(SpreadsheetText.isFormula("-")).isTrue();
        assertThat(SpreadsheetText.isFormula("-1.5")).isFalse();
        assertThat(SpreadsheetText.isFormula("+44")).isFalse();
        assertThat(SpreadsheetText.isFormula("\t=1")).isFalse();
        assertThat(SpreadsheetText.isFormula("a=1")).isFalse();
    }
}

package org.sendacc.server.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sendacc.rules.read.SpreadsheetText;

class SpreadsheetCellsTest {
    @Test
    void prefixesTextThatStartsLikeAFormula() {
        assertThat(SpreadsheetText.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetText.safe("+44 20 7946 0000")).isEqualTo("'+44 20 7946 0000");
        assertThat(SpreadsheetText.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.safe("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetText.safe("\rcmd")).isEqualTo("'\rcmd");
    }

    @Test
    void leavesPlainNumbersAlone() {
        assertThat(SpreadsheetText.safe("-1.5")).isEqualTo("-1.5");
        assertThat(SpreadsheetText.safe("+3")).isEqualTo("+3");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(SpreadsheetText.safe("Bristol, City of")).isEqualTo("Bristol, City of");
    }

    @Test
    void roundsNumbersHalfUpToTheirPlaces() {
        assertThat(SpreadsheetCells.number(46.43437890321212, 1)).isEqualTo("46.4");
        assertThat(SpreadsheetCells.number(46.45, 1)).isEqualTo("46.5");
        assertThat(SpreadsheetCells.number(46.0999, 2)).isEqualTo("46.10");
        assertThat(SpreadsheetCells.number(50.0, 1)).isEqualTo("50.0");
    }

    @Test
    void writesNumbersPlainNeverInExponentForm() {
        assertThat(SpreadsheetCells.number(39407.0, 0)).isEqualTo("39407");
        assertThat(SpreadsheetCells.number(1.0e7, 0)).isEqualTo("10000000");
        assertThat(SpreadsheetCells.number(0.0000125, 7)).isEqualTo("0.0000125");
    }
}

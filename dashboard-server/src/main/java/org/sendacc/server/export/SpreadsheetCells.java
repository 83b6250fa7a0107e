package org.sendacc.server.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the CSV exports write a number so that a spreadsheet shows it as written: in plain notation, never in exponent
 * form. Text is made safe by {@link org.sendacc.rules.read.SpreadsheetText}.
 */
final class SpreadsheetCells {
    private SpreadsheetCells() {}

    /**
     * A number in plain notation, rounded half up to {@code places} decimal places as DfE rounds (46.45 is {@code
     * 46.5}), the places always written: 46.4343 to one place is {@code 46.4}, 50 is {@code 50.0}.
     */
    static String number(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }
}

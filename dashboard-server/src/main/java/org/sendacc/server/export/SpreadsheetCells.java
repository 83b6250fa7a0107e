package org.sendacc.server.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * How the CSV exports write a cell so that a spreadsheet shows it as written: text that a spreadsheet would run as a
 * formula (starting with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, which spreadsheets
 * hide and treat as "this is text"; plain numbers such as {@code -1.5} are left alone. Numbers are written in plain
 * notation, never in exponent form.
 */
final class SpreadsheetCells {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

    private SpreadsheetCells() {}

    /** The text, made safe to open in a spreadsheet. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formulaStart =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (formulaStart && !PLAIN_NUMBER.matcher(value).matches()) {
            return "'" + value;
        }
        return value;
    }

    /**
     * A number in plain notation, rounded half up to {@code places} decimal places as DfE rounds (46.45 is {@code
     * 46.5}), the places always written: 46.4343 to one place is {@code 46.4}, 50 is {@code 50.0}.
     */
    static String number(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }
}

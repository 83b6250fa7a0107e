package org.sendacc.rules.read;

import java.util.regex.Pattern;

/**
 * Text a spreadsheet would run as a formula, defined once: a cell starting {@code = + - @} that is not a plain number
 * ({@code -12903} is a number, {@code -2+3} a formula). Local returns refuse such cells ({@link LocalReturnReader});
 * every CSV we write for people to open (rejections, exports, upload reports) quotes them.
 */
public final class SpreadsheetText {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

    private SpreadsheetText() {}

    /** True for text a spreadsheet would run as a formula. */
    public static boolean isFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return (first == '=' || first == '+' || first == '-' || first == '@')
                && !PLAIN_NUMBER.matcher(value).matches();
    }

    /**
     * The text, safe to open in a spreadsheet: a formula, or text starting with a tab or carriage return (which Excel
     * also reads as one), gets a leading apostrophe, which spreadsheets hide and take as "this is text". Null is empty.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return isFormula(value) || first == '\t' || first == '\r' ? "'" + value : value;
    }
}

package org.sendacc.ingest.warehouse;

import java.util.regex.Pattern;

/**
 * Makes a value safe to open in a spreadsheet. A cell that starts with {@code = + - @}, a tab or a carriage return is
 * run as a formula by Excel and its kin, so a hostile value in a source file could act on the analyst who opens
 * {@code rejections.csv}; such a value gets a leading apostrophe. Plain numbers ({@code -12903}) are left as they are.
 */
public final class SpreadsheetSafe {
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private SpreadsheetSafe() {}

    public static String cell(String value) {
        if (value == null || value.isEmpty() || NUMBER.matcher(value).matches()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}

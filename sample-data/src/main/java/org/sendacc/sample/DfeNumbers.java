package org.sendacc.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers written the way DfE and MoJ write them.
 *
 * <p>DfE rounds percentages to one decimal place and drops a trailing ".0" (58, 58.7, 100), and writes {@code x}
 * where the denominator is zero. MoJ rounds its appeal rate to one decimal place but prints two ("1.60%"), writes
 * thousands separators ("2,533") and a spaced dash (" - ") for zero.
 */
final class DfeNumbers {

    /** DfE's symbol for "not available". */
    static final String NOT_AVAILABLE = "x";

    private DfeNumbers() {}

    /** 100 * numerator / denominator to one decimal place (half up), trailing zeros dropped; x if no denominator. */
    static String percent(long numerator, long denominator) {
        if (denominator == 0) {
            return NOT_AVAILABLE;
        }
        BigDecimal value = BigDecimal.valueOf(numerator)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        return value.stripTrailingZeros().toPlainString();
    }

    static String count(long value) {
        return Long.toString(value);
    }

    /** MoJ's rate: rounded to one decimal place, printed with two, e.g. "1.60%". */
    static String mojPercent(long numerator, long denominator) {
        BigDecimal value = BigDecimal.valueOf(numerator)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP)
                .setScale(2, RoundingMode.UNNECESSARY);
        return value.toPlainString() + "%";
    }

    /** MoJ's count: thousands separated, " - " for zero. */
    static String mojCount(long value) {
        if (value == 0) {
            return " - ";
        }
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }
}

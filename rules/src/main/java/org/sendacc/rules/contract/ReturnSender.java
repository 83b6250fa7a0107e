package org.sendacc.rules.contract;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who sent a local return, as its file name says: an LA by its code ({@code ehc_assessment_records_E08000035.csv})
 * or an ICB by its ODS code ({@code therapy_referrals_QWO.csv}); the first such part of the name, between {@code _},
 * {@code -} or {@code .}.
 */
public final class ReturnSender {
    static final Pattern LA = Pattern.compile("E(?:0[6-9]|10)\\d{6}");
    static final Pattern ICB = Pattern.compile(IcbCodes.PATTERN);

    private ReturnSender() {}

    /** The LA or ICB code the file name gives, if it gives one. */
    public static Optional<String> of(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        for (String part : name.replaceFirst("\\.[A-Za-z]+$", "").split("[_.-]")) {
            if (LA.matcher(part).matches() || ICB.matcher(part).matches()) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    static Optional<String> la(String relativePath) {
        return of(relativePath).filter(code -> LA.matcher(code).matches());
    }

    static Optional<String> icb(String relativePath) {
        return of(relativePath).filter(code -> ICB.matcher(code).matches());
    }
}

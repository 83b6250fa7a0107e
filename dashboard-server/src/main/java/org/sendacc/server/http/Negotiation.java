package org.sendacc.server.http;

import java.util.Locale;

/** The two request headers a cached answer is chosen by: {@code Accept-Encoding} (RFC 9110 12.5.3) and {@code If-None-Match} (13.1.2). */
final class Negotiation {
    private Negotiation() {}

    /** Whether the header accepts {@code coding}: named (or {@code *}) with a weight above 0. */
    static boolean accepts(String header, String coding) {
        if (header == null || header.isBlank()) {
            return false;
        }
        boolean wildcard = false;
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            String name = pieces[0].trim().toLowerCase(Locale.ROOT);
            boolean positive = weight(pieces) > 0;
            if (name.equals(coding)) {
                return positive;
            }
            if (name.equals("*")) {
                wildcard = positive;
            }
        }
        return wildcard;
    }

    private static double weight(String[] pieces) {
        for (int index = 1; index < pieces.length; index++) {
            String parameter = pieces[index].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** Whether {@code If-None-Match} names {@code etag} (weak comparison, as for GET), or is {@code *}. */
    static boolean matchesEtag(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals("*")) {
                return true;
            }
            if (trimmed.startsWith("W/")) {
                trimmed = trimmed.substring(2);
            }
            if (trimmed.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}

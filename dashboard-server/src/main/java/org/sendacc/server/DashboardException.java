package org.sendacc.server;

import static java.util.Objects.requireNonNull;

/**
 * The one exception type of the dashboard server. Controllers and the snapshot reader throw it with a category and a
 * message that names the bad value; {@link DashboardApp} maps it, once, to a JSON error body.
 */
public final class DashboardException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Longest piece of a caller's input repeated in a message: enough to recognise it, never a whole payload. */
    private static final int MAXIMUM_QUOTED_LENGTH = 60;

    private final ErrorCategory category;

    public DashboardException(ErrorCategory category, String message) {
        super(requireNonNull(message, "message is null"));
        this.category = requireNonNull(category, "category is null");
    }

    public DashboardException(ErrorCategory category, String message, Throwable cause) {
        super(requireNonNull(message, "message is null"), cause);
        this.category = requireNonNull(category, "category is null");
    }

    public ErrorCategory category() {
        return category;
    }

    /** A caller's value in quotes, shortened so that an error message never echoes a large input back. */
    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        String shown =
                value.length() <= MAXIMUM_QUOTED_LENGTH ? value : value.substring(0, MAXIMUM_QUOTED_LENGTH) + "...";
        return "'" + shown + "'";
    }
}

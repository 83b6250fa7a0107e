package org.sendacc.spark;

import java.util.HashSet;
import java.util.Set;

/**
 * What a command says when it fails: the innermost cause in one line ("No space left on device (IOException)"), not
 * the chain Spark wraps around it, whose message carries a whole stack trace. {@code SENDACC_DEBUG=1} prints the full
 * trace as well.
 */
public final class Failures {
    private static final int LONGEST = 300;

    private Failures() {}

    /** The innermost cause's first line of message and its kind. */
    public static String cause(Throwable failure) {
        Throwable root = failure;
        Set<Throwable> seen = new HashSet<>();
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().strip();
        int lineEnd = message.indexOf('\n');
        if (lineEnd >= 0) {
            message = message.substring(0, lineEnd).strip();
        }
        if (message.length() > LONGEST) {
            message = message.substring(0, LONGEST) + "...";
        }
        String kind = root.getClass().getSimpleName();
        return message.isEmpty() ? kind : message + " (" + kind + ")";
    }

    /** Prints the whole failure on stderr when {@code SENDACC_DEBUG} is set. */
    public static void traceWhenDebugging(Throwable failure) {
        if (System.getenv("SENDACC_DEBUG") != null) {
            failure.printStackTrace();
        }
    }
}

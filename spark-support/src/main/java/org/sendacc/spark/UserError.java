package org.sendacc.spark;

/**
 * A failure the user can fix and that was found before anything was written: a missing folder, a warehouse that
 * cannot be written. Commands exit with status 2 for it (1 for every other failure). Its message names the path and
 * what is wrong, never a file's content.
 */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}

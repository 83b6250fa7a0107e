package org.sendacc.ingest;

import static java.util.Objects.requireNonNull;

/** The ingest's one error type: a category for the caller, and a message the user can act on. */
public final class IngestException extends RuntimeException {
    /** Whose problem it is: the user's input, something outside us, or a bug of ours. */
    public enum Category {
        USER_ERROR,
        EXTERNAL,
        INTERNAL
    }

    private final Category category;

    public IngestException(Category category, String message) {
        super(message);
        this.category = requireNonNull(category, "category is null");
    }

    public IngestException(Category category, String message, Throwable cause) {
        super(message, cause);
        this.category = requireNonNull(category, "category is null");
    }

    public Category category() {
        return category;
    }
}

package org.sendacc.rules.contract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendacc.reference.ReferenceData;

/**
 * What a row rule may consult: the reference tables, the date the run counts as "today", and state that lives for
 * one file (for example the identifiers seen so far, to reject duplicates).
 */
public final class RuleContext {
    private final ReferenceData reference;
    private final LocalDate runDate;
    private final long fileBytes;
    private final String fileName;
    private final Map<String, Object> fileState = new HashMap<>();
    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

    /**
     * A context for the file at {@code fileName} (its path in the input folder; empty when unknown), of about
     * {@code fileBytes} bytes (0 when unknown), which sizes per-file state.
     */
    public RuleContext(ReferenceData reference, LocalDate runDate, long fileBytes, String fileName) {
        this.reference = requireNonNull(reference, "reference is null");
        this.runDate = requireNonNull(runDate, "runDate is null");
        this.fileBytes = fileBytes;
        this.fileName = requireNonNull(fileName, "fileName is null");
    }

    public RuleContext(ReferenceData reference, LocalDate runDate) {
        this(reference, runDate, 0, "");
    }

    /** The file's path in the input folder, as the user named it; empty when unknown. */
    public String fileName() {
        return fileName;
    }

    /**
     * About as many records as the file can hold, for sizing per-file sets: a record of a local return takes 40 bytes
     * or more, so a set sized for this is not rebuilt again and again as it grows.
     */
    public int expectedRecords() {
        return (int) Math.min(Integer.MAX_VALUE / 2, Math.max(1 << 12, fileBytes / 40));
    }

    public ReferenceData reference() {
        return reference;
    }

    public LocalDate runDate() {
        return runDate;
    }

    /**
     * True when the whole text matches the pattern. A file's cells reuse one matcher per pattern: a new matcher for
     * each of millions of cells costs more than most matches.
     */
    public boolean matches(Pattern pattern, String text) {
        return matchers.computeIfAbsent(pattern, ignored -> pattern.matcher(""))
                .reset(text)
                .matches();
    }

    /** State kept for the file being read, created on first use. */
    @SuppressWarnings("unchecked")
    public <T> T fileState(String key, java.util.function.Supplier<T> initial) {
        return (T) fileState.computeIfAbsent(key, ignored -> initial.get());
    }
}

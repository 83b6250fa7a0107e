package org.sendacc.ingest.contract;

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
    private final Map<String, Object> fileState = new HashMap<>();
    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

    public RuleContext(ReferenceData reference, LocalDate runDate) {
        this.reference = requireNonNull(reference, "reference is null");
        this.runDate = requireNonNull(runDate, "runDate is null");
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

package org.sendacc.ingest.contract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.sendacc.reference.ReferenceData;

/**
 * What a row rule may consult: the reference tables, the date the run counts as "today", and state that lives for
 * one file (for example the identifiers seen so far, to reject duplicates).
 */
public final class RuleContext {
    private final ReferenceData reference;
    private final LocalDate runDate;
    private final Map<String, Object> fileState = new HashMap<>();

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

    /** State kept for the file being read, created on first use. */
    @SuppressWarnings("unchecked")
    public <T> T fileState(String key, java.util.function.Supplier<T> initial) {
        return (T) fileState.computeIfAbsent(key, ignored -> initial.get());
    }
}

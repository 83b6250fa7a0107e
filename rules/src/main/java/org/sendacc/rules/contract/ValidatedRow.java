package org.sendacc.rules.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A source row while its contract checks it: the parsed values by column, the missing-value reasons, and the
 * problems found so far. Rules read values with {@link #value} and add problems with {@link #reject}.
 */
public final class ValidatedRow {
    private final Map<String, Column> columns;
    /** Each value's place in {@link #values}: the contract's columns, then its derived columns (one map per contract). */
    private final Map<String, Integer> slots;

    private final Map<String, String> raw;
    /**
     * The parsed values by slot: an array, not a map per row, as a file has millions of rows (a map's nodes, resizing
     * and lookups were among the most sampled code of a local return's ingest; docs/performance.md, "Equal work, and
     * the start again").
     */
    private final Object[] values;
    /** Values a rule set under a name the contract does not declare; made on first use. */
    private Map<String, Object> undeclared = Map.of();
    // Most rows have no missing values and no problems: these are made on first use.
    private Map<String, String> missingReasons = Map.of();
    private List<Problem> problems = List.of();

    ValidatedRow(Map<String, Column> columns, Map<String, Integer> slots, Map<String, String> raw) {
        this.columns = columns;
        this.slots = slots;
        this.raw = raw;
        this.values = new Object[slots.size()];
    }

    /** The parsed value of a column, or empty when it was blank, a symbol, or invalid. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> value(String column) {
        Integer slot = slots.get(column);
        return Optional.ofNullable((T) (slot == null ? undeclared.get(column) : values[slot]));
    }

    /** The text of a column as read (trimmed), or empty when the column is absent or blank. */
    public Optional<String> text(String column) {
        String text = raw.get(column);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    public void set(String column, Object value) {
        Integer slot = slots.get(column);
        if (slot != null) {
            values[slot] = value;
            return;
        }
        if (undeclared.isEmpty()) {
            undeclared = new HashMap<>();
        }
        undeclared.put(column, value);
    }

    void setAt(int slot, Object value) {
        values[slot] = value;
    }

    Object valueAt(int slot) {
        return values[slot];
    }

    public void missing(String column, String reason) {
        if (missingReasons.isEmpty()) {
            missingReasons = new LinkedHashMap<>();
        }
        missingReasons.put(column, reason);
    }

    /** Records a problem with a column; the value is withheld when the column is personal. */
    public void reject(String column, String rule, String value, String message) {
        Column declared = columns.get(column);
        String shown = declared == null ? value : declared.shown(value);
        String safeMessage =
                declared != null && declared.isPersonal() ? message.replace(value, Problem.WITHHELD) : message;
        if (problems.isEmpty()) {
            problems = new ArrayList<>();
        }
        problems.add(new Problem(column, rule, shown, safeMessage));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** True when the column already has a problem, so later rules do not pile more on the same cell. */
    public boolean hasProblem(String column) {
        return problems.stream().anyMatch(problem -> problem.column().equals(column));
    }

    public List<Problem> problems() {
        return problems.isEmpty() ? List.of() : List.copyOf(problems);
    }

    public Map<String, String> missingReasons() {
        return missingReasons;
    }
}

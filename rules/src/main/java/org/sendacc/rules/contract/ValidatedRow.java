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
    private final Map<String, String> raw;
    private final Map<String, Object> values;
    // Most rows have no missing values and no problems: these are made on first use.
    private Map<String, String> missingReasons = Map.of();
    private List<Problem> problems = List.of();

    ValidatedRow(Map<String, Column> columns, Map<String, String> raw) {
        this.columns = columns;
        this.raw = raw;
        this.values = new HashMap<>(columns.size() * 2);
    }

    /** The parsed value of a column, or empty when it was blank, a symbol, or invalid. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> value(String column) {
        return Optional.ofNullable((T) values.get(column));
    }

    /** The text of a column as read (trimmed), or empty when the column is absent or blank. */
    public Optional<String> text(String column) {
        String text = raw.get(column);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    public void set(String column, Object value) {
        values.put(column, value);
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

    Map<String, Object> values() {
        return values;
    }

    public Map<String, String> missingReasons() {
        return missingReasons;
    }
}

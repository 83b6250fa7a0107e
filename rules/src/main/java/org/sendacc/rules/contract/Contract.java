package org.sendacc.rules.contract;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sendacc.contract.warehouse.LogicalType;
import org.sendacc.contract.warehouse.WarehouseColumn;
import org.sendacc.contract.warehouse.WarehouseTables;

/**
 * The declared contract of one source: its columns with types and rules, the publisher's symbol legend, and the
 * row rules (cross-field checks and derived columns). It turns one raw row into typed values or problems, and
 * defines the warehouse table's data columns.
 */
public final class Contract implements Serializable {
    public static final String MISSING_REASONS = WarehouseTables.MISSING_REASONS;

    private final String id;
    /** Where a file's {@link RepeatedCells} for this contract are kept in its {@link RuleContext}. */
    private final String repeatedCellsKey;

    private final Map<String, Column> columns;
    private final Set<String> mayBeAbsent;
    private final List<DerivedColumn> derived;
    private final List<RowRule> rules;
    private final MissingValueLegend legend;
    /** The data columns' names, in {@link #dataColumns()} order (serialisable, as the contract goes to Spark's tasks). */
    private final String[] valueNames;
    /** Each value's slot in a {@link ValidatedRow}: the columns in order, then the derived columns. */
    private final HashMap<String, Integer> slots = new HashMap<>();
    /** The slot of each of {@link #valueNames}, or -1 for the missing-value reasons. */
    private final int[] valueSlots;

    private Contract(Builder builder) {
        this.id = builder.id;
        this.repeatedCellsKey = RepeatedCells.KEY + id;
        this.columns = builder.columns;
        this.mayBeAbsent = Set.copyOf(builder.mayBeAbsent);
        this.derived = List.copyOf(builder.derived);
        this.rules = List.copyOf(builder.rules);
        this.legend = builder.legend;
        this.valueNames = dataColumns().stream().map(WarehouseColumn::name).toArray(String[]::new);
        columns.keySet().forEach(name -> slots.put(name, slots.size()));
        derived.forEach(column -> slots.putIfAbsent(column.name(), slots.size()));
        this.valueSlots = new int[valueNames.length];
        for (int i = 0; i < valueNames.length; i++) {
            valueSlots[i] = valueNames[i].equals(MISSING_REASONS) ? -1 : slots.get(valueNames[i]);
        }
    }

    public static Builder builder(String id, MissingValueLegend legend) {
        return new Builder(id, legend);
    }

    public String id() {
        return id;
    }

    public MissingValueLegend legend() {
        return legend;
    }

    public List<Column> columns() {
        return List.copyOf(columns.values());
    }

    /** The columns whose values are unique within a file: identifiers, which no Parquet dictionary would shorten. */
    public List<String> uniqueColumns() {
        return rules.stream()
                .filter(Rules.UniqueWithinFile.class::isInstance)
                .map(rule -> ((Rules.UniqueWithinFile) rule).column())
                .toList();
    }

    public Optional<Column> column(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    /** Columns that must appear in the file's header. */
    public List<String> headerColumns() {
        return columns.keySet().stream()
                .filter(name -> !mayBeAbsent.contains(name))
                .toList();
    }

    private boolean recordsMissingReasons() {
        return columns.values().stream().anyMatch(Column::acceptsSymbols);
    }

    /** The table's data columns: kept source columns, then derived ones, then the missing-value reasons. */
    public List<WarehouseColumn> dataColumns() {
        List<WarehouseColumn> fields = new ArrayList<>();
        for (Column column : columns.values()) {
            if (column.isKept()) {
                fields.add(new WarehouseColumn(column.name(), column.type().logicalType()));
            }
        }
        for (DerivedColumn column : derived) {
            fields.add(new WarehouseColumn(column.name(), column.type()));
        }
        if (recordsMissingReasons()) {
            fields.add(new WarehouseColumn(MISSING_REASONS, LogicalType.TEXT_MAP));
        }
        return List.copyOf(fields);
    }

    /** Checks one row; the result's problems are empty exactly when the row is accepted. */
    public ValidatedRow validate(Map<String, String> raw, RuleContext context) {
        ValidatedRow row = new ValidatedRow(columns, slots, raw);
        RepeatedCells repeated = context.fileState(repeatedCellsKey, () -> new RepeatedCells(columns.size()));
        int index = 0;
        for (Column column : columns.values()) {
            checkCell(index++, column, raw.get(column.name()), row, context, repeated);
        }
        for (RowRule rule : rules) {
            rule.apply(row, context);
        }
        return row;
    }

    /**
     * Each column's last accepted cell in the file, text and value. A cell's checks depend on its text alone, and a
     * return repeats many cells row after row (its LA's or ICB's code, its census date): those are parsed and checked
     * once, not on every row.
     */
    private static final class RepeatedCells {
        static final String KEY = "contract.repeated-cells.";

        final String[] texts;
        final Object[] values;

        RepeatedCells(int columns) {
            texts = new String[columns];
            values = new Object[columns];
        }
    }

    private void checkCell(
            int index, Column column, String rawText, ValidatedRow row, RuleContext context, RepeatedCells repeated) {
        String text = rawText == null ? "" : rawText.strip();
        if (text.isEmpty()) {
            if (column.isRequired()) {
                row.reject(column.name(), "value.required", "", column.name() + " is required but empty");
            }
            return;
        }
        if (text.equals(repeated.texts[index])) {
            row.setAt(index, repeated.values[index]);
            return;
        }
        String cell = text;
        if (column.acceptsSymbols()) {
            Optional<String> reason = legend.reasonFor(text);
            if (reason.isPresent()) {
                row.missing(column.name(), reason.get());
                return;
            }
            text = legend.valueFor(text).orElse(text);
        }
        Object value;
        try {
            value = column.type().parse(text);
        } catch (IllegalArgumentException e) {
            row.reject(
                    column.name(),
                    "value.type",
                    text,
                    column.name() + " must be " + column.type().description() + " but is '" + text + "'");
            return;
        }
        if (!checkRules(column, text, value, row, context)) {
            return;
        }
        row.setAt(index, value);
        repeated.texts[index] = cell;
        repeated.values[index] = value;
    }

    private static boolean checkRules(Column column, String text, Object value, ValidatedRow row, RuleContext context) {
        if (column.pattern().isPresent() && !context.matches(column.pattern().get(), text)) {
            row.reject(
                    column.name(),
                    "value.pattern",
                    text,
                    column.name() + " '" + text + "' does not match "
                            + column.pattern().get().pattern());
            return false;
        }
        if (!column.allowedValues().isEmpty() && !column.allowedValues().contains(text)) {
            row.reject(
                    column.name(),
                    "value.allowed",
                    text,
                    column.name() + " '" + text + "' is not one of "
                            + column.allowedValues().stream().sorted().toList());
            return false;
        }
        if (value instanceof Number number) {
            double numeric = number.doubleValue();
            if (column.min().isPresent() && numeric < column.min().get()) {
                row.reject(
                        column.name(),
                        "value.min",
                        text,
                        column.name() + " " + text + " is below the minimum "
                                + format(column.min().get()));
                return false;
            }
            if (column.max().isPresent() && numeric > column.max().get()) {
                row.reject(
                        column.name(),
                        "value.max",
                        text,
                        column.name() + " " + text + " is above the maximum "
                                + format(column.max().get()));
                return false;
            }
        }
        return true;
    }

    private static String format(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }

    /** The accepted row's values in {@link #dataColumns()} order. */
    public Object[] toValues(ValidatedRow row) {
        Object[] values = new Object[valueNames.length];
        for (int i = 0; i < values.length; i++) {
            int slot = valueSlots[i];
            if (slot < 0) {
                values[i] = row.missingReasons().isEmpty() ? null : new LinkedHashMap<>(row.missingReasons());
            } else {
                values[i] = row.valueAt(slot);
            }
        }
        return values;
    }

    /** Builds a contract; columns keep the order they are declared in. */
    public static final class Builder {
        private final String id;
        private final MissingValueLegend legend;
        private final Map<String, Column> columns = new LinkedHashMap<>();
        private final List<String> mayBeAbsent = new ArrayList<>();
        private final List<DerivedColumn> derived = new ArrayList<>();
        private final List<RowRule> rules = new ArrayList<>();

        private Builder(String id, MissingValueLegend legend) {
            this.id = requireNonNull(id, "id is null");
            this.legend = requireNonNull(legend, "legend is null");
        }

        public Builder column(Column column) {
            if (columns.put(column.name(), column) != null) {
                throw new IllegalArgumentException("column " + column.name() + " declared twice in " + id);
            }
            return this;
        }

        public Builder columns(List<Column> list) {
            list.forEach(this::column);
            return this;
        }

        /** A column the file may leave out of its header altogether (its values are then all empty). */
        public Builder optionalColumn(Column column) {
            mayBeAbsent.add(column.name());
            return column(column);
        }

        public Builder derived(DerivedColumn column) {
            derived.add(column);
            return this;
        }

        public Builder rule(RowRule rule) {
            rules.add(rule);
            return this;
        }

        public Contract build() {
            return new Contract(this);
        }
    }
}

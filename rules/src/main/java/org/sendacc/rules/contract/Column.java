package org.sendacc.rules.contract;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One column of a source contract: its name in the file, type, whether a value is required, and the rules its
 * value must meet. Build with the static factories and the {@code with...} methods, for example {@code
 * Column.count("plans_issued_den").symbolsAllowed()}.
 */
public record Column(
        String name,
        ColumnType type,
        boolean isRequired,
        Pattern patternOrNull,
        Set<String> allowedValues,
        Double minOrNull,
        Double maxOrNull,
        boolean isPersonal,
        boolean acceptsSymbols,
        boolean isKept)
        implements Serializable {

    public Column {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        allowedValues = Set.copyOf(requireNonNull(allowedValues, "allowedValues is null"));
    }

    // Optional is not Serializable and columns travel to Spark executors: the record holds nullable fields.
    public Optional<Pattern> pattern() {
        return Optional.ofNullable(patternOrNull);
    }

    public Optional<Double> min() {
        return Optional.ofNullable(minOrNull);
    }

    public Optional<Double> max() {
        return Optional.ofNullable(maxOrNull);
    }

    public static Column of(String name, ColumnType type) {
        Double min = type == ColumnType.COUNT || type == ColumnType.PERCENT ? 0.0 : null;
        Double max = type == ColumnType.PERCENT ? 100.0 : null;
        return new Column(name, type, false, null, Set.of(), min, max, false, false, true);
    }

    public static Column text(String name) {
        return of(name, ColumnType.TEXT);
    }

    public static Column count(String name) {
        return of(name, ColumnType.COUNT);
    }

    public static Column percent(String name) {
        return of(name, ColumnType.PERCENT);
    }

    public static Column decimal(String name) {
        return of(name, ColumnType.DECIMAL);
    }

    public static Column date(String name) {
        return of(name, ColumnType.DATE);
    }

    public static Column flag(String name) {
        return of(name, ColumnType.FLAG);
    }

    public Column required() {
        return new Column(
                name,
                type,
                true,
                patternOrNull,
                allowedValues,
                minOrNull,
                maxOrNull,
                isPersonal,
                acceptsSymbols,
                isKept);
    }

    public Column matching(String regex) {
        return new Column(
                name,
                type,
                isRequired,
                Pattern.compile(regex),
                allowedValues,
                minOrNull,
                maxOrNull,
                isPersonal,
                acceptsSymbols,
                isKept);
    }

    public Column oneOf(String... values) {
        return new Column(
                name,
                type,
                isRequired,
                patternOrNull,
                Set.of(values),
                minOrNull,
                maxOrNull,
                isPersonal,
                acceptsSymbols,
                isKept);
    }

    public Column between(double lowest, double highest) {
        return new Column(
                name,
                type,
                isRequired,
                patternOrNull,
                allowedValues,
                lowest,
                highest,
                isPersonal,
                acceptsSymbols,
                isKept);
    }

    /** The publisher may write a symbol from its legend (for example DfE's {@code x} or {@code c}) instead of a value. */
    public Column symbolsAllowed() {
        return new Column(
                name, type, isRequired, patternOrNull, allowedValues, minOrNull, maxOrNull, isPersonal, true, isKept);
    }

    /** A personal field: validated, used to derive coarser values, never stored, logged or shown. */
    public Column personal() {
        return new Column(
                name,
                type,
                isRequired,
                patternOrNull,
                allowedValues,
                minOrNull,
                maxOrNull,
                true,
                acceptsSymbols,
                false);
    }

    /** Read and validated but not written to the warehouse table. */
    public Column notKept() {
        return new Column(
                name,
                type,
                isRequired,
                patternOrNull,
                allowedValues,
                minOrNull,
                maxOrNull,
                isPersonal,
                acceptsSymbols,
                false);
    }

    /** The value as it may appear in a message or a rejection: personal values are withheld. */
    public String shown(String raw) {
        return isPersonal ? Problem.WITHHELD : raw;
    }
}

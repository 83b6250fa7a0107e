package org.sendacc.rules.contract;

import java.time.LocalDate;
import java.util.Optional;
import org.sendacc.reference.LaResolution;

/** The row rules contracts share: cross-field checks, dates, uniqueness, and codes resolved against reference data. */
public final class Rules {
    public static final String NUMERATOR_ABOVE_DENOMINATOR = "cross.numerator_above_denominator";
    public static final String DATE_ORDER = "cross.date_order";
    public static final String REQUIRED_WITH = "cross.required_with";
    public static final String FUTURE_DATE = "value.future_date";
    public static final String DUPLICATE_ID = "row.duplicate_id";
    public static final String UNKNOWN_LA = "la.unknown";
    public static final String UNKNOWN_ICB = "icb.unknown";
    public static final String OTHER_SENDER = "row.other_sender";

    private Rules() {}

    /** A part cannot exceed its whole: {@code numerator <= denominator} when both are present. */
    public static RowRule notGreaterThan(String numerator, String denominator) {
        return (row, context) -> {
            Optional<Number> part = row.value(numerator);
            Optional<Number> whole = row.value(denominator);
            if (part.isPresent()
                    && whole.isPresent()
                    && part.get().doubleValue() > whole.get().doubleValue()) {
                row.reject(
                        numerator,
                        NUMERATOR_ABOVE_DENOMINATOR,
                        part.get().toString(),
                        numerator + " (" + part.get() + ") is greater than " + denominator + " (" + whole.get() + ")");
            }
        };
    }

    /** {@code later >= earlier} when both dates are present. */
    public static RowRule notBefore(String later, String earlier) {
        return (row, context) -> {
            Optional<LocalDate> after = row.value(later);
            Optional<LocalDate> before = row.value(earlier);
            if (after.isPresent() && before.isPresent() && after.get().isBefore(before.get())) {
                row.reject(
                        later,
                        DATE_ORDER,
                        after.get().toString(),
                        later + " " + after.get() + " is before " + earlier + " " + before.get());
            }
        };
    }

    /** A date column may not lie after the day the run counts as today. */
    public static RowRule notInFuture(String column) {
        return (row, context) -> {
            Optional<LocalDate> date = row.value(column);
            if (date.isPresent() && date.get().isAfter(context.runDate())) {
                row.reject(
                        column,
                        FUTURE_DATE,
                        date.get().toString(),
                        column + " " + date.get() + " is in the future (after " + context.runDate() + ")");
            }
        };
    }

    /** When {@code column} has a value, {@code companion} must have one too. */
    public static RowRule requiredWith(String companion, String column) {
        return (row, context) -> {
            if (row.text(column).isPresent() && row.text(companion).isEmpty() && !row.hasProblem(companion)) {
                row.reject(companion, REQUIRED_WITH, "", companion + " is required when " + column + " is given");
            }
        };
    }

    /** An identifier may appear once per file. */
    public static RowRule uniqueWithinFile(String column) {
        return new UniqueWithinFile(column);
    }

    /** An identifier may appear once per file (a class of its own, so a contract can say which columns are identifiers). */
    public static final class UniqueWithinFile implements RowRule {
        private final String column;
        /** The per-file state's key, built once: the rule runs for every record. */
        private final String key;

        UniqueWithinFile(String column) {
            this.column = column;
            this.key = "unique:" + column;
        }

        public String column() {
            return column;
        }

        @Override
        public void apply(ValidatedRow row, RuleContext context) {
            // Identifiers are text; a whole-number key (a year) is compared as its digits.
            Optional<String> id = row.<Object>value(column).map(String::valueOf);
            if (id.isPresent()) {
                SeenIdentifiers seen = context.fileState(key, () -> new SeenIdentifiers(context.expectedRecords()));
                if (!seen.add(id.get())) {
                    row.reject(column, DUPLICATE_ID, id.get(), column + " '" + id.get() + "' appears more than once");
                }
            }
        }
    }

    /**
     * Resolves a published LA code through the code-change table for the period given by the two date columns and
     * writes the canonical code to {@code output}; an unknown code, or one not in use in the period, is rejected.
     */
    public static RowRule resolvesLa(String codeColumn, String periodStart, String periodEnd, String output) {
        return (row, context) -> {
            Optional<String> code = row.value(codeColumn);
            Optional<LocalDate> start = row.value(periodStart);
            Optional<LocalDate> end = row.value(periodEnd);
            if (code.isEmpty() || start.isEmpty() || end.isEmpty()) {
                return;
            }
            resolveLa(row, context, codeColumn, code.get(), start.get(), end.get())
                    .ifPresent(resolved ->
                            row.set(output, resolved.localAuthority().code()));
        };
    }

    /** The same, for rows whose period is the single day in a date column (a workforce census). */
    public static RowRule resolvesLaOn(String codeColumn, String dateColumn, String output) {
        return resolvesLa(codeColumn, dateColumn, dateColumn, output);
    }

    /**
     * The same, for a person-level record held by the LA that holds the case now: its code must have been in use at
     * some time from the record's date to the run date. BCP's return rightly lists a 2017 request that Bournemouth
     * received, but a 2022 request under Bournemouth's code (abolished 2019) is rejected.
     */
    public static RowRule resolvesLaSince(String codeColumn, String dateColumn, String output) {
        return (row, context) -> {
            Optional<String> code = row.value(codeColumn);
            Optional<LocalDate> since = row.value(dateColumn);
            if (code.isEmpty() || since.isEmpty() || since.get().isAfter(context.runDate())) {
                return;
            }
            resolveLa(row, context, codeColumn, code.get(), since.get(), context.runDate())
                    .ifPresent(resolved ->
                            row.set(output, resolved.localAuthority().code()));
        };
    }

    /** Resolves one code for a period, rejecting the row's column when it does not resolve. */
    public static Optional<LaResolution.Resolved> resolveLa(
            ValidatedRow row, RuleContext context, String column, String code, LocalDate start, LocalDate end) {
        return resolvedOrRejected(
                row, column, code, context.reference().laCodeResolver().resolve(code, start, end));
    }

    /** Resolves DfE's 3-digit LA number for a period, rejecting the row's column when it does not resolve. */
    public static Optional<LaResolution.Resolved> resolveLaNumber(
            ValidatedRow row, RuleContext context, String column, String number, LocalDate start, LocalDate end) {
        return resolvedOrRejected(
                row, column, number, context.reference().laCodeResolver().resolveOldNumber(number, start, end));
    }

    private static Optional<LaResolution.Resolved> resolvedOrRejected(
            ValidatedRow row, String column, String value, LaResolution resolution) {
        if (resolution instanceof LaResolution.Resolved resolved) {
            return Optional.of(resolved);
        }
        row.reject(column, UNKNOWN_LA, value, ((LaResolution.Unresolved) resolution).reason());
        return Optional.empty();
    }

    /**
     * A local return's rows are its sender's own: when the file name names an LA ({@link ReturnSender}), a row for
     * another LA is rejected. Put it after the rule that resolves the row's code: a row's old code that resolves to the
     * LA the file names, or a file named by an old code that resolves to the row's LA, is the same LA.
     */
    public static RowRule sameLaAsFileName(String column, String dateColumn) {
        return (row, context) -> {
            Optional<String> sender = context.fileState("sender.la", () -> ReturnSender.la(context.fileName()));
            Optional<String> code = row.value(column);
            Optional<LocalDate> since = row.value(dateColumn);
            if (sender.isEmpty() || code.isEmpty() || code.get().equals(sender.get())) {
                return;
            }
            // a date after the run date (rejected by its own rule) has no LA to resolve to
            if (since.isPresent()
                    && !since.get().isAfter(context.runDate())
                    && context.reference().laCodeResolver().resolve(sender.get(), since.get(), context.runDate())
                            instanceof LaResolution.Resolved resolved
                    && resolved.localAuthority().code().equals(code.get())) {
                return;
            }
            rejectOtherSender(row, column, code.get(), sender.get(), "LA");
        };
    }

    /** A local return's rows are its sender's own: when the file name names an ICB, a row for another is rejected. */
    public static RowRule sameIcbAsFileName(String column) {
        return (row, context) -> {
            Optional<String> sender = context.fileState("sender.icb", () -> ReturnSender.icb(context.fileName()));
            Optional<String> code = row.value(column);
            if (sender.isPresent() && code.isPresent() && !code.get().equals(sender.get())) {
                rejectOtherSender(row, column, code.get(), sender.get(), "ICB");
            }
        };
    }

    private static void rejectOtherSender(ValidatedRow row, String column, String code, String sender, String kind) {
        row.reject(
                column,
                OTHER_SENDER,
                code,
                column + " " + code + " is another " + kind + "'s: the file name says this return is " + sender
                        + "'s; send it in that " + kind + "'s own return");
    }

    /** An ICB ODS code must name one of the 42 ICBs. */
    public static RowRule knownIcb(String column) {
        return (row, context) -> {
            Optional<String> code = row.value(column);
            if (code.isPresent() && context.reference().icbByOdsCode(code.get()).isEmpty()) {
                row.reject(column, UNKNOWN_ICB, code.get(), "unknown ICB ODS code '" + code.get() + "'");
            }
        };
    }
}

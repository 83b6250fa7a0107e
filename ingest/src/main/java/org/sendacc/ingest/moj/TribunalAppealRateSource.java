package org.sendacc.ingest.moj;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sendacc.contract.warehouse.LogicalType;
import org.sendacc.contract.warehouse.WarehouseTables.TribunalAppealRate;
import org.sendacc.reference.LaResolution;
import org.sendacc.reference.LocalAuthority;
import org.sendacc.rules.contract.Column;
import org.sendacc.rules.contract.ColumnType;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.DerivedColumn;
import org.sendacc.rules.contract.MissingValueLegend;
import org.sendacc.rules.contract.RowRule;
import org.sendacc.rules.contract.RuleContext;
import org.sendacc.rules.contract.Rules;
import org.sendacc.rules.contract.ValidatedRow;
import org.sendacc.rules.source.Source;

/**
 * The MoJ SEND Tribunal appeal rate by LA (appeals registered over appealable decisions, calendar years): how often
 * families go to tribunal against the LA's decisions, one of the few published signals of disagreement with the
 * local area's SEND decisions.
 *
 * <p>The table's own LA numbers cannot be trusted alone. In the 2014-2024 edition MoJ gives Northamptonshire the
 * number 892 (Nottingham's), Nottingham 891 (Nottinghamshire's), Nottinghamshire 928 (Northamptonshire's), and swaps
 * Cambridgeshire (873) and Central Bedfordshire (823). So a row's number is resolved for its year and the LA it names
 * must be the LA the row names, or the row is rejected rather than joined to the wrong LA. Bournemouth and Poole have
 * no number at all; such a row is matched by its name to the one LA of that name in use in the year. Dorset 2014-2018
 * is published under the new unitary Dorset's number (838, created April 2019) and is rejected: the old county is a
 * different footprint.
 */
public final class TribunalAppealRateSource {
    public static final String TIME_PERIOD = TribunalAppealRate.TIME_PERIOD;
    public static final String GEOGRAPHIC_LEVEL = TribunalAppealRate.GEOGRAPHIC_LEVEL;
    public static final String REGION_NAME = TribunalAppealRate.REGION_NAME;
    public static final String LA_NAME = TribunalAppealRate.LA_NAME;
    public static final String OLD_LA_CODE = TribunalAppealRate.OLD_LA_CODE;
    public static final String LA_CODE = TribunalAppealRate.LA_CODE;
    public static final String APPEALS_REGISTERED = TribunalAppealRate.APPEALS_REGISTERED;
    public static final String APPEALABLE_DECISIONS = TribunalAppealRate.APPEALABLE_DECISIONS;
    public static final String APPEAL_RATE_PCT = TribunalAppealRate.APPEAL_RATE_PCT;
    public static final String APPEALABLE_DECISIONS_IN_DEVELOPMENT =
            TribunalAppealRate.APPEALABLE_DECISIONS_IN_DEVELOPMENT;
    public static final String APPEAL_RATE_IN_DEVELOPMENT_PCT = TribunalAppealRate.APPEAL_RATE_IN_DEVELOPMENT_PCT;

    static final String PERIOD_FUTURE = "period.future";
    static final String LA_NAME_MISMATCH = "la.name_mismatch";
    static final String LA_REGION_MISMATCH = "la.region_mismatch";
    static final String RATE_MISMATCH = "cross.rate_mismatch";
    static final String BLANK = "blank in the published table";

    /**
     * MoJ's legend as the table's footnotes give it (".." not available, "~" suppressed, " - " zero), plus "x": the
     * in-development columns, which come from DfE, use DfE's symbol for six LAs although the legend does not list it.
     */
    static final MissingValueLegend LEGEND = new MissingValueLegend(
            "MoJ",
            Map.of("..", "not available (..)", "~", "suppressed (~)", "x", "not available (x)"),
            Map.of("-", "0"));

    /** Rates are rounded to one decimal place (and written with two, "4.40%"): allow half a unit of that rounding. */
    private static final double RATE_TOLERANCE = 0.05 + 1e-9;

    /** Words an LA's name carries in one publication and not another ("County Durham", "Herefordshire, County of"). */
    private static final Set<String> NAME_NOISE = Set.of("county", "city", "of", "the");

    private TribunalAppealRateSource() {}

    public static Source source() {
        return new Source(
                "moj.tribunal_appeal_rate",
                TribunalAppealRate.TABLE,
                "MoJ",
                "SEND Tribunal appeals registered, appealable decisions and appeal rate by LA (calendar year)",
                Pattern.compile("(?i)send_tribunals?_appeal_rate.*\\.csv"),
                new TribunalTableReader(),
                contract());
    }

    static Contract contract() {
        return Contract.builder("moj.tribunal_appeal_rate", LEGEND)
                .column(Column.of(TIME_PERIOD, ColumnType.INTEGER).required().matching("\\d{4}"))
                .column(Column.text(GEOGRAPHIC_LEVEL).required().oneOf("National", "Regional", "Local authority"))
                .column(Column.text(REGION_NAME))
                .column(Column.text(LA_NAME).required())
                .column(Column.text(OLD_LA_CODE).matching("\\d{3}"))
                .column(Column.count(APPEALS_REGISTERED).symbolsAllowed())
                .column(Column.count(APPEALABLE_DECISIONS).symbolsAllowed())
                .column(Column.percent(APPEAL_RATE_PCT).symbolsAllowed())
                .column(Column.count(APPEALABLE_DECISIONS_IN_DEVELOPMENT).symbolsAllowed())
                .column(Column.percent(APPEAL_RATE_IN_DEVELOPMENT_PCT).symbolsAllowed())
                .derived(new DerivedColumn(LA_CODE, LogicalType.TEXT))
                .rule(yearNotInFuture())
                .rule(localAuthority())
                .rule(Rules.notGreaterThan(APPEALS_REGISTERED, APPEALABLE_DECISIONS))
                .rule(rateMatches(APPEALS_REGISTERED, APPEALABLE_DECISIONS, APPEAL_RATE_PCT))
                .rule(rateMatches(
                        APPEALS_REGISTERED, APPEALABLE_DECISIONS_IN_DEVELOPMENT, APPEAL_RATE_IN_DEVELOPMENT_PCT))
                .rule(blankIsMissing(APPEALS_REGISTERED, APPEALABLE_DECISIONS, APPEAL_RATE_PCT))
                .build();
    }

    /** A calendar year that has not started by the run date is an error. */
    static RowRule yearNotInFuture() {
        return (row, context) -> {
            Optional<Long> year = row.value(TIME_PERIOD);
            if (year.isPresent() && year.get() > context.runDate().getYear()) {
                row.reject(
                        TIME_PERIOD,
                        PERIOD_FUTURE,
                        year.get().toString(),
                        "time_period " + year.get() + " is after the run date " + context.runDate());
            }
        };
    }

    /**
     * An LA row's number resolves, for its calendar year, to the LA its name names, whose region is the banner the
     * row sits under; la_code is then the canonical code and region_name the reference table's spelling.
     */
    static RowRule localAuthority() {
        return (row, context) -> {
            Optional<String> level = row.value(GEOGRAPHIC_LEVEL);
            Optional<Long> year = row.value(TIME_PERIOD);
            Optional<String> name = row.value(LA_NAME);
            if (level.isEmpty()
                    || !level.get().equals("Local authority")
                    || year.isEmpty()
                    || name.isEmpty()
                    || row.hasProblem(OLD_LA_CODE)) {
                return;
            }
            LocalDate start = LocalDate.of(year.get().intValue(), 1, 1);
            LocalDate end = LocalDate.of(year.get().intValue(), 12, 31);
            Optional<String> number = row.value(OLD_LA_CODE);
            Optional<LocalAuthority> authority = number.isPresent()
                    ? byNumber(row, context, number.get(), name.get(), start, end)
                    : byName(row, context, name.get(), start, end);
            if (authority.isEmpty()) {
                return;
            }
            Optional<String> banner = row.value(REGION_NAME);
            if (banner.isPresent() && !isUnder(banner.get(), authority.get().regionName())) {
                row.reject(
                        REGION_NAME,
                        LA_REGION_MISMATCH,
                        banner.get(),
                        name.get() + " is in " + authority.get().regionName() + " but sits under the banner '"
                                + banner.get() + "'");
                return;
            }
            row.set(REGION_NAME, authority.get().regionName());
            row.set(LA_CODE, authority.get().code());
        };
    }

    private static Optional<LocalAuthority> byNumber(
            ValidatedRow row, RuleContext context, String number, String name, LocalDate start, LocalDate end) {
        LaResolution resolution = context.reference().laCodeResolver().resolveOldNumber(number, start, end);
        if (resolution instanceof LaResolution.Unresolved unresolved) {
            row.reject(OLD_LA_CODE, Rules.UNKNOWN_LA, number, unresolved.reason());
            return Optional.empty();
        }
        LocalAuthority authority = ((LaResolution.Resolved) resolution).localAuthority();
        if (!comparable(authority.name()).equals(comparable(name))) {
            row.reject(
                    OLD_LA_CODE,
                    LA_NAME_MISMATCH,
                    number,
                    "LA number " + number + " is " + authority.name() + " (" + authority.code() + ") in "
                            + start.getYear() + ", not " + name);
            return Optional.empty();
        }
        return Optional.of(authority);
    }

    private static Optional<LocalAuthority> byName(
            ValidatedRow row, RuleContext context, String name, LocalDate start, LocalDate end) {
        List<LocalAuthority> matches = new ArrayList<>();
        for (LocalAuthority authority : context.reference().localAuthorities()) {
            if (authority.isInUseDuring(start, end)
                    && comparable(authority.name()).equals(comparable(name))) {
                matches.add(authority);
            }
        }
        if (matches.size() != 1) {
            row.reject(
                    OLD_LA_CODE,
                    Rules.UNKNOWN_LA,
                    "",
                    "the row has no LA number and its name '" + name + "' matches " + matches.size() + " LAs in use in "
                            + start.getYear() + ", not one");
            return Optional.empty();
        }
        return Optional.of(matches.get(0));
    }

    /** A name reduced to its words, lower case, without punctuation or the words publishers add or drop. */
    static String comparable(String name) {
        List<String> words = new ArrayList<>();
        for (String word : name.toLowerCase(Locale.UK).replace("&", " and ").split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !NAME_NOISE.contains(word)) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    /** "NORTH EAST" is North East; "INNER LONDON" and "OUTER LONDON" are parts of London. */
    private static boolean isUnder(String banner, String region) {
        String published = comparable(banner);
        String known = comparable(region);
        return published.equals(known) || published.endsWith(" " + known);
    }

    /** The published rate is appeals over decisions as a percentage, to the rounding of its two decimals. */
    static RowRule rateMatches(String appeals, String decisions, String rate) {
        return (row, context) -> {
            Optional<Long> part = row.value(appeals);
            Optional<Long> whole = row.value(decisions);
            Optional<Double> published = row.value(rate);
            if (part.isEmpty() || whole.isEmpty() || published.isEmpty() || whole.get() == 0) {
                return;
            }
            double computed = 100.0 * part.get() / whole.get();
            if (Math.abs(computed - published.get()) > RATE_TOLERANCE) {
                row.reject(
                        rate,
                        RATE_MISMATCH,
                        published.get().toString(),
                        rate + " " + published.get() + " is not " + appeals + " " + part.get() + " over " + decisions
                                + " " + whole.get() + " (" + String.format(Locale.UK, "%.2f", computed) + ")");
            }
        };
    }

    /** A blank cell among the measures every year has is missing, with that reason, rather than silently null. */
    static RowRule blankIsMissing(String... columns) {
        return (row, context) -> {
            for (String column : columns) {
                if (row.text(column).isEmpty()) {
                    row.missing(column, BLANK);
                }
            }
        };
    }
}

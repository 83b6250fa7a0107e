package org.sendacc.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and checks the query parameters the routes share, so that every route rejects a malformed value (400) with
 * the same message. Whether a well-formed value names something the snapshot holds (else 404) is the controllers'
 * question.
 */
public final class RequestParameters {
    public static final String PERIOD = "period";
    public static final String SOURCE = "source";
    public static final String INDICATOR = "indicator";
    public static final String AREA = "area";

    /** DfE's time_period forms (2024, 202425) and the months of the NHS series (2024-03). */
    private static final Pattern PERIOD_FORM = Pattern.compile("[0-9]{4}([0-9]{2}|-[0-9]{2})?");

    private static final Pattern SOURCE_FORM = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern INDICATOR_FORM = Pattern.compile("[a-z0-9][a-z0-9_]{0,79}");
    /** A GSS code: a letter and eight digits, e.g. E06000001. */
    private static final Pattern AREA_CODE_FORM = Pattern.compile("[A-Z][0-9]{8}");

    private RequestParameters() {}

    /** The {@code period} asked for, if any. */
    public static Optional<String> period(Context context) {
        return single(context, PERIOD, PERIOD_FORM, "a period like 2024, 202425 or 2024-03");
    }

    /** The {@code source} asked for, if any, e.g. {@code dfe_ees}. */
    public static Optional<String> source(Context context) {
        return single(context, SOURCE, SOURCE_FORM, "a source like dfe_ees, moj, nhs_cwl or local_return");
    }

    /** Every {@code indicator} given (the parameter may repeat), in the order given, without repeats. */
    public static List<String> indicators(Context context) {
        return repeated(context, INDICATOR, INDICATOR_FORM, "an indicator id like ehcp_20wk_excl_exceptions");
    }

    /** Every {@code area} given (the parameter may repeat), in the order given. */
    public static List<String> areaCodes(Context context) {
        return codes(context, AREA);
    }

    /** Every GSS code given in a parameter that may repeat, in the order given, without repeats; blanks ignored. */
    public static List<String> codes(Context context, String name) {
        return repeated(context, name, AREA_CODE_FORM, "a GSS code like E06000001");
    }

    private static List<String> repeated(Context context, String name, Pattern form, String expected) {
        List<String> values = new ArrayList<>();
        for (String value : context.queryParams(name)) {
            if (value.isBlank()) {
                continue;
            }
            if (!form.matcher(value).matches()) {
                throw new DashboardException(
                        ErrorCategory.BAD_REQUEST,
                        "Parameter " + name + " " + DashboardException.quote(value) + " is not " + expected);
            }
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return List.copyOf(values);
    }

    /** A GSS code given at most once, e.g. {@code region=E12000007}. */
    public static Optional<String> code(Context context, String name) {
        return single(context, name, AREA_CODE_FORM, "a GSS code like E06000001");
    }

    /** An indicator id given at most once. */
    public static Optional<String> indicator(Context context) {
        return single(context, INDICATOR, INDICATOR_FORM, "an indicator id like ehcp_20wk_excl_exceptions");
    }

    /**
     * A parameter given at most once, checked against its form.
     *
     * @param expected what a good value looks like, for the message, e.g. "a year like 2024"
     */
    public static Optional<String> single(Context context, String name, Pattern form, String expected) {
        List<String> values = context.queryParams(name);
        if (values.isEmpty() || (values.size() == 1 && values.get(0).isBlank())) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new DashboardException(ErrorCategory.BAD_REQUEST, "Parameter " + name + " is given more than once");
        }
        String value = values.get(0);
        if (!form.matcher(value).matches()) {
            throw new DashboardException(
                    ErrorCategory.BAD_REQUEST,
                    "Parameter " + name + " " + DashboardException.quote(value) + " is not " + expected);
        }
        return Optional.of(value);
    }
}

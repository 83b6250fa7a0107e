package org.sendacc.server.page;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendacc.contract.snapshot.Benchmark;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;
import org.sendacc.server.RequestParameters;

/**
 * The state of a page in its URL that only the pages have (year, benchmark), read and checked as {@link
 * RequestParameters} reads the rest: a malformed value is a 400 naming the parameter.
 */
final class PageQuery {
    /** The benchmarks the overview grid can colour by: the snapshot's, not a reader's group. */
    static final List<Benchmark> BENCHMARKS =
            List.of(Benchmark.ENGLAND, Benchmark.REGION, Benchmark.NEIGHBOURS, Benchmark.ICB);

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private PageQuery() {}

    /** {@code year}: a calendar year, or empty for each indicator's latest period. */
    static Optional<Integer> year(Context context) {
        return RequestParameters.single(context, "year", YEAR, "a year like 2024")
                .map(Integer::valueOf);
    }

    /** {@code benchmark}: what the overview grid colours by; England unless one of the others is asked. */
    static Benchmark benchmark(Context context) {
        Optional<String> value =
                RequestParameters.single(context, "benchmark", Pattern.compile("[a-z]{1,20}"), "a benchmark");
        if (value.isEmpty()) {
            return Benchmark.ENGLAND;
        }
        return BENCHMARKS.stream()
                .filter(benchmark -> benchmark.token().equals(value.get()))
                .findFirst()
                .orElseThrow(() -> new DashboardException(
                        ErrorCategory.BAD_REQUEST,
                        "Parameter benchmark " + DashboardException.quote(value.get()) + " is not one of "
                                + BENCHMARKS.stream().map(Benchmark::token).toList()));
    }
}

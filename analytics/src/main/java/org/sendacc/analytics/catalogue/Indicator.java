package org.sendacc.analytics.catalogue;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** One indicator of the catalogue, as the published {@code catalogue.json} describes it. */
public record Indicator(
        @JsonProperty("id") String id,
        @JsonProperty("title") String title,
        @JsonProperty("numerator") String numerator,
        @JsonProperty("denominator") String denominator,
        @JsonProperty("unit") String unit,
        @JsonProperty("polarity") String polarity,
        @JsonProperty("partner") String partner,
        @JsonProperty("period_type") String periodType,
        @JsonProperty("ci_method") String ciMethod,
        @JsonProperty("disclosure") String disclosure,
        @JsonProperty("caveats") List<String> caveats,
        @JsonProperty("breaks_in_series") List<String> breaksInSeries,
        @JsonProperty("sources") List<IndicatorSource> sources)
        implements Serializable {

    static final Set<String> UNITS = Set.of("percent", "per_1000", "per_10000", "count", "ratio", "yes_no");
    static final Set<String> POLARITIES = Set.of("higher_is_better", "lower_is_better", "no_judgement");
    static final Set<String> PARTNERS = Set.of("LA", "ICB", "joint");
    static final Set<String> CI_METHODS = Set.of("wilson", "byar", "none");
    static final Set<String> DISCLOSURES = Set.of("suppress_counts_1_to_4", "none");
    static final Set<String> BREAKS = Set.of("sen2_person_level_2023");

    public Indicator {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        requireNonNull(numerator, id + ": numerator is null");
        requireNonNull(denominator, id + ": denominator is null");
        requireOneOf(id, "unit", unit, UNITS);
        requireOneOf(id, "polarity", polarity, POLARITIES);
        requireOneOf(id, "partner", partner, PARTNERS);
        requireNonNull(periodType, id + ": period_type is null");
        requireOneOf(id, "ci_method", ciMethod, CI_METHODS);
        requireOneOf(id, "disclosure", disclosure, DISCLOSURES);
        caveats = List.copyOf(requireNonNull(caveats, id + ": caveats is null"));
        breaksInSeries = List.copyOf(requireNonNull(breaksInSeries, id + ": breaks_in_series is null"));
        breaksInSeries.forEach(name -> requireOneOf(id, "breaks_in_series", name, BREAKS));
        sources = List.copyOf(requireNonNull(sources, id + ": sources is null"));
        if (sources.isEmpty()) {
            throw new CatalogueException(id + ": an indicator needs at least one source");
        }
    }

    private static void requireOneOf(String id, String field, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw new CatalogueException(id + ": " + field + " '" + value + "' is not one of "
                    + allowed.stream().sorted().toList());
        }
    }

    /** What a value is multiplied by: 100 for a percentage, 1,000 for a rate per 1,000... */
    public double multiplier() {
        switch (unit) {
            case "percent":
                return 100;
            case "per_1000":
                return 1_000;
            case "per_10000":
                return 10_000;
            default:
                return 1;
        }
    }

    public boolean isDisclosureControlled() {
        return disclosure.equals("suppress_counts_1_to_4");
    }
}

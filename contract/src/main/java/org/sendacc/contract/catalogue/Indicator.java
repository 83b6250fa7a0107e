package org.sendacc.contract.catalogue;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One indicator of the catalogue: its definition, vocabularies and sources, as the catalogue file and the snapshot's
 * {@code catalogue.json} write it. The analytics job computes it; the server cites it beside each figure. Each
 * vocabulary is the contract's enum, read from its token: a token that is not known fails the catalogue's load.
 */
public record Indicator(
        @JsonProperty("id") String id,
        @JsonProperty("title") String title,
        @JsonProperty("numerator") String numerator,
        @JsonProperty("denominator") String denominator,
        @JsonProperty("unit") Unit unit,
        @JsonProperty("polarity") Polarity polarity,
        @JsonProperty("partner") Partner partner,
        @JsonProperty("pathway") Pathway pathway,
        @JsonProperty("family") String family,
        @JsonProperty("period_type") String periodType,
        @JsonProperty("ci_method") CiMethod ciMethod,
        @JsonProperty("disclosure") Disclosure disclosure,
        @JsonProperty("caveats") List<String> caveats,
        @JsonProperty("breaks_in_series") List<SeriesBreak> breaksInSeries,
        @JsonProperty("sources") List<IndicatorSource> sources)
        implements Serializable {

    public Indicator {
        requireNonNull(id, "an indicator's id is null");
        requireField(id, "title", title);
        requireField(id, "numerator", numerator);
        requireField(id, "denominator", denominator);
        requireField(id, "unit", unit);
        requireField(id, "polarity", polarity);
        requireField(id, "partner", partner);
        requireField(id, "pathway", pathway);
        family = family == null ? id : family; // an indicator is its own family unless the catalogue groups it
        requireField(id, "period_type", periodType);
        requireField(id, "ci_method", ciMethod);
        requireField(id, "disclosure", disclosure);
        caveats = caveats == null ? List.of() : List.copyOf(caveats);
        breaksInSeries = breaksInSeries == null ? List.of() : List.copyOf(breaksInSeries);
        sources = List.copyOf(requireField(id, "sources", sources));
        if (sources.isEmpty()) {
            throw new CatalogueException(id + ": an indicator needs at least one source");
        }
    }

    private static <T> T requireField(String id, String field, T value) {
        if (value == null) {
            throw new CatalogueException(id + ": " + field + " is missing");
        }
        return value;
    }

    /**
     * The same indicator read as a breakdown's share of its headline count: a percentage with a Wilson interval and no
     * polarity (a larger share of plans for autism is neither better nor worse), for breakdowns that count part of the
     * headline but have no population of their own (docs/snapshot.md "Breakdowns").
     */
    public Indicator asShare() {
        return new Indicator(
                id,
                title,
                numerator,
                "All of the area's " + numerator, // "EHC plans in place in January"
                Unit.PERCENT,
                Polarity.NO_JUDGEMENT,
                partner,
                pathway,
                family,
                periodType,
                CiMethod.WILSON,
                disclosure,
                caveats,
                breaksInSeries,
                sources);
    }

    /** What a value is multiplied by: 100 for a percentage, 1,000 for a rate per 1,000... */
    public double multiplier() {
        return unit.multiplier();
    }

    public boolean isDisclosureControlled() {
        return disclosure == Disclosure.SUPPRESS_COUNTS_1_TO_4;
    }

    /** The value of each source entry's {@code source} field, e.g. {@code dfe_ees}. */
    public List<String> sourceNames() {
        List<String> names = new ArrayList<>();
        sources.forEach(source -> names.add(source.source()));
        return List.copyOf(names);
    }
}

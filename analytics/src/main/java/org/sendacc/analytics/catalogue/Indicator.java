package org.sendacc.analytics.catalogue;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.sendacc.contract.catalogue.CiMethod;
import org.sendacc.contract.catalogue.Partner;
import org.sendacc.contract.catalogue.Pathway;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.catalogue.Token;
import org.sendacc.contract.catalogue.Unit;

/** One indicator of the catalogue, as the published {@code catalogue.json} describes it. */
public record Indicator(
        @JsonProperty("id") String id,
        @JsonProperty("title") String title,
        @JsonProperty("numerator") String numerator,
        @JsonProperty("denominator") String denominator,
        @JsonProperty("unit") String unit,
        @JsonProperty("polarity") String polarity,
        @JsonProperty("partner") String partner,
        @JsonProperty("pathway") String pathway,
        @JsonProperty("family") String family,
        @JsonProperty("period_type") String periodType,
        @JsonProperty("ci_method") String ciMethod,
        @JsonProperty("disclosure") String disclosure,
        @JsonProperty("caveats") List<String> caveats,
        @JsonProperty("breaks_in_series") List<String> breaksInSeries,
        @JsonProperty("sources") List<IndicatorSource> sources)
        implements Serializable {

    static final Set<String> UNITS = Set.copyOf(Token.tokens(Unit.class));
    static final Set<String> POLARITIES = Set.copyOf(Token.tokens(Polarity.class));
    static final Set<String> PARTNERS = Set.copyOf(Token.tokens(Partner.class));
    static final Set<String> PATHWAYS = Set.copyOf(Token.tokens(Pathway.class));
    static final Set<String> CI_METHODS = Set.copyOf(Token.tokens(CiMethod.class));
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
        requireOneOf(id, "pathway", pathway, PATHWAYS);
        family = family == null ? id : family; // an indicator is its own family unless the catalogue groups it
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
                Unit.PERCENT.token(),
                Polarity.NO_JUDGEMENT.token(),
                partner,
                pathway,
                family,
                periodType,
                CiMethod.WILSON.token(),
                disclosure,
                caveats,
                breaksInSeries,
                sources);
    }

    /** What a value is multiplied by: 100 for a percentage, 1,000 for a rate per 1,000... */
    public double multiplier() {
        return unitKind().multiplier();
    }

    public Unit unitKind() {
        return Unit.fromCatalogue(unit);
    }

    public CiMethod ciMethodKind() {
        return CiMethod.fromCatalogue(ciMethod);
    }

    public Polarity polarityKind() {
        return Polarity.fromCatalogue(polarity);
    }

    public boolean isDisclosureControlled() {
        return disclosure.equals("suppress_counts_1_to_4");
    }
}

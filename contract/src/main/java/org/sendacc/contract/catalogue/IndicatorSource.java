package org.sendacc.contract.catalogue;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One source of an indicator in the catalogue: which source it is ({@code dfe_ees}, {@code local_return}...), the
 * recipe that computes it, and that recipe's own parameters (table, columns, filters) as written in the file. The
 * analytics job reads the parameters; the server cites the source's table.
 */
public final class IndicatorSource implements Serializable {
    private final String source;
    private final String recipe;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    @JsonCreator
    public IndicatorSource(@JsonProperty("source") String source, @JsonProperty("recipe") String recipe) {
        this.source = requireNonNull(source, "source is null");
        this.recipe = requireNonNull(recipe, "recipe is null");
        try {
            SeriesSource.fromCatalogue(source);
        } catch (IllegalArgumentException e) {
            throw new CatalogueException(e.getMessage());
        }
    }

    /** The source as the contract's vocabulary names it: a publisher's statistics, or a local return. */
    public SeriesSource sourceKind() {
        return SeriesSource.fromCatalogue(source);
    }

    @JsonAnySetter
    void parameter(String name, Object value) {
        // Jackson hands a JSON array over as a list and a scalar as itself; a recipe reads each as text.
        if (value == null) {
            return; // a parameter written as null is a parameter not given
        }
        if (value instanceof List<?> items) {
            List<String> values = new ArrayList<>();
            items.forEach(item -> values.add(String.valueOf(item)));
            parameters.put(name, List.copyOf(values));
        } else {
            parameters.put(name, String.valueOf(value));
        }
    }

    @JsonProperty("source")
    public String source() {
        return source;
    }

    @JsonProperty("recipe")
    public String recipe() {
        return recipe;
    }

    @JsonAnyGetter
    public Map<String, Object> parameters() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters)); // in the file's order
    }

    /** A text parameter the recipe cannot do without. */
    public String text(String name) {
        return optionalText(name)
                .orElseThrow(() -> new CatalogueException("recipe " + recipe + " needs parameter '" + name + "'"));
    }

    public Optional<String> optionalText(String name) {
        Object value = parameters.get(name);
        return value instanceof String text ? Optional.of(text) : Optional.empty();
    }

    /** A yes/no parameter, e.g. {@code "breakdowns": true}: false when absent. */
    public boolean flag(String name) {
        return optionalText(name).map(Boolean::parseBoolean).orElse(false);
    }

    /** A list parameter (a single text is a list of one). */
    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        Object value = parameters.get(name);
        if (value instanceof List<?> list) {
            return (List<String>) list;
        }
        if (value instanceof String text) {
            return List.of(text);
        }
        throw new CatalogueException("recipe " + recipe + " needs list parameter '" + name + "'");
    }
}

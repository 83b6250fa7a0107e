package org.sendacc.analytics.catalogue;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendacc.contract.catalogue.Publication;

/**
 * The indicator catalogue: a versioned data file ({@code catalogue/indicators.json} on the classpath), not code. The
 * analytics job computes what it lists and publishes it beside the figures as {@code catalogue.json}.
 */
public record Catalogue(
        @JsonProperty("catalogue_version") int version,
        @JsonProperty("notes") String notes,
        @JsonProperty("publications") List<Publication> publications,
        @JsonProperty("indicators") List<Indicator> indicators)
        implements Serializable {
    public static final String RESOURCE = "/catalogue/indicators.json";

    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public Catalogue {
        indicators = List.copyOf(requireNonNull(indicators, "indicators is null"));
        publications = publications == null ? List.of() : List.copyOf(publications);
        Set<String> ids = new HashSet<>();
        for (Indicator indicator : indicators) {
            if (!ids.add(indicator.id())) {
                throw new CatalogueException("indicator " + indicator.id() + " is listed twice");
            }
        }
    }

    /** The catalogue shipped with this build. */
    public static Catalogue bundled() {
        try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CatalogueException("the catalogue " + RESOURCE + " is not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new CatalogueException("cannot read the catalogue " + RESOURCE, e);
        }
    }

    public static Catalogue read(InputStream in) throws IOException {
        return JSON.readValue(in, Catalogue.class);
    }

    public Optional<Indicator> indicator(String id) {
        return indicators.stream()
                .filter(indicator -> indicator.id().equals(id))
                .findFirst();
    }
}

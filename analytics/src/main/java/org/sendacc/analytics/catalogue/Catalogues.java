package org.sendacc.analytics.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import org.sendacc.contract.catalogue.Catalogue;
import org.sendacc.contract.catalogue.CatalogueException;

/**
 * The catalogue file this build ships ({@code catalogue/indicators.json} on the class path), read strictly: a field the
 * contract's {@link Catalogue} does not know fails the read, as does a token outside a vocabulary.
 */
public final class Catalogues {
    public static final String RESOURCE = "/catalogue/indicators.json";

    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Catalogues() {}

    /** The catalogue shipped with this build. */
    public static Catalogue bundled() {
        try (InputStream in = Catalogues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CatalogueException("the catalogue " + RESOURCE + " is not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new CatalogueException("cannot read the catalogue " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public static Catalogue read(InputStream in) throws IOException {
        return JSON.readValue(in, Catalogue.class);
    }
}

package org.sendacc.server.page;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.sendacc.reference.LaCodeResolver;
import org.sendacc.reference.LaResolution;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;
import org.sendacc.server.http.Encoded;

/**
 * The boundaries of the indicator page's map: a GeoJSON file of upper-tier LAs (ONS's, e.g. england_utla_2024), read
 * once at start-up. ONS files carry the codes in use when they were drawn, which may differ from our canonical codes
 * (Barnsley and Sheffield were recoded in 2025), so each feature gets a {@code sendacc_code} property with the
 * canonical code its own code resolves to; the map joins the snapshot's rows on it.
 *
 * <p>The outlines are simplified as they are read (docs/web-performance.md, "The map"): ONS's full-resolution
 * boundaries are 575 kB (177 kB gzipped) for a map 640 px high, on which a pixel is about 0.01 degrees. Each ring is
 * simplified by Douglas-Peucker (JTS) to within {@link #TOLERANCE_DEGREES}, half a pixel, and its coordinates rounded
 * to {@link #DECIMALS} places (about 100 m, a tenth of a pixel): 11,257 of 28,273 points, 51 kB gzipped.
 */
public final class Boundaries {
    /** The feature property the map joins on. */
    public static final String CODE_PROPERTY = "sendacc_code";

    /** The properties ONS files name an area's code by, tried in order. */
    private static final List<String> CODE_PROPERTIES = List.of("areacd", "CTYUA24CD", "CTYUA23CD", "UTLA22CD", "code");

    /** How far a simplified outline may stray from the original: half a pixel on the map. */
    static final double TOLERANCE_DEGREES = 0.005;
    /** Decimal places kept in each coordinate. */
    static final int DECIMALS = 3;

    private static final double SCALE = Math.pow(10, DECIMALS);
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Encoded encoded;
    private final int features;
    private final int matched;

    private Boundaries(byte[] geoJson, int features, int matched) {
        this.encoded = Encoded.of("application/geo+json", geoJson);
        this.features = features;
        this.matched = matched;
    }

    /**
     * Reads and annotates a GeoJSON FeatureCollection.
     *
     * @throws DashboardException (bad request) naming the file when it is not a FeatureCollection with codes
     */
    public static Boundaries read(Path file, LaCodeResolver resolver, ObjectMapper mapper) {
        requireNonNull(file, "file is null");
        JsonNode root;
        try {
            root = mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new DashboardException(
                    ErrorCategory.BAD_REQUEST, "--boundaries " + file + " is not readable GeoJSON: " + e.getMessage());
        }
        JsonNode features = root.path("features");
        if (!"FeatureCollection".equals(root.path("type").asText()) || !features.isArray()) {
            throw new DashboardException(
                    ErrorCategory.BAD_REQUEST, "--boundaries " + file + " is not a GeoJSON FeatureCollection");
        }
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London")); // the publishers' day
        int matched = 0;
        for (JsonNode feature : features) {
            JsonNode properties = feature.path("properties");
            if (!properties.isObject()) {
                continue;
            }
            simplify(feature.path("geometry"));
            String code = code(properties);
            if (code == null) {
                continue;
            }
            LaResolution resolution = resolver.resolve(code, today, today);
            String canonical = resolution instanceof LaResolution.Resolved
                    ? ((LaResolution.Resolved) resolution).localAuthority().code()
                    : code;
            ((ObjectNode) properties).put(CODE_PROPERTY, canonical);
            matched++;
        }
        if (matched == 0) {
            throw new DashboardException(
                    ErrorCategory.BAD_REQUEST,
                    "--boundaries " + file + " has no feature with an area code (properties " + CODE_PROPERTIES + ")");
        }
        try {
            return new Boundaries(mapper.writeValueAsBytes(root), features.size(), matched);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the boundaries of " + file, e);
        }
    }

    /** Simplifies a Polygon's or MultiPolygon's rings in place; other geometries are left as they are. */
    private static void simplify(JsonNode geometry) {
        JsonNode coordinates = geometry.path("coordinates");
        switch (geometry.path("type").asText()) {
            case "Polygon" -> simplifyRings(coordinates);
            case "MultiPolygon" -> coordinates.forEach(Boundaries::simplifyRings);
            default -> {
                // points and lines are not drawn as areas: as they are
            }
        }
    }

    private static void simplifyRings(JsonNode rings) {
        if (!rings.isArray()) {
            return;
        }
        ArrayNode polygon = (ArrayNode) rings;
        for (int index = 0; index < polygon.size(); index++) {
            JsonNode ring = polygon.get(index);
            Coordinate[] points = points(ring);
            if (points == null) {
                continue;
            }
            // the ring as an open line, so that Douglas-Peucker keeps its ends (the same point) and never drops it
            Coordinate[] simplified = DouglasPeuckerSimplifier.simplify(
                            GEOMETRY.createLineString(points), TOLERANCE_DEGREES)
                    .getCoordinates();
            // a ring needs four points (the last the first again); a tiny island keeps its outline
            Coordinate[] kept = simplified.length >= 4 ? simplified : points;
            ArrayNode written = polygon.arrayNode(kept.length);
            for (Coordinate point : kept) {
                written.addArray().add(round(point.x)).add(round(point.y));
            }
            polygon.set(index, written);
        }
    }

    private static Coordinate[] points(JsonNode ring) {
        if (!ring.isArray() || ring.size() < 4) {
            return null;
        }
        Coordinate[] points = new Coordinate[ring.size()];
        for (int index = 0; index < ring.size(); index++) {
            JsonNode point = ring.get(index);
            if (!point.isArray()
                    || point.size() < 2
                    || !point.get(0).isNumber()
                    || !point.get(1).isNumber()) {
                return null;
            }
            points[index] = new Coordinate(point.get(0).asDouble(), point.get(1).asDouble());
        }
        return points;
    }

    /** The nearest double to the value at {@link #DECIMALS} places, which Java writes with no more digits. */
    private static double round(double value) {
        return Math.round(value * SCALE) / SCALE;
    }

    private static String code(JsonNode properties) {
        for (String name : CODE_PROPERTIES) {
            JsonNode value = properties.get(name);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText().trim();
            }
        }
        return null;
    }

    /** The annotated GeoJSON, as served at {@code /boundaries.geojson}. */
    public byte[] geoJson() {
        return encoded.identity().clone();
    }

    /** The GeoJSON as it is sent: gzipped once, here. */
    Encoded encoded() {
        return encoded;
    }

    public int features() {
        return features;
    }

    /** How many features carry a code (and so a {@code sendacc_code}). */
    public int matched() {
        return matched;
    }
}

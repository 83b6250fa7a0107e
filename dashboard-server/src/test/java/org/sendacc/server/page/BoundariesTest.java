package org.sendacc.server.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.reference.ReferenceData;
import org.sendacc.server.DashboardApp;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ServerOptions;
import org.sendacc.server.TestHttp;
import org.sendacc.server.TestSnapshots;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/** The map's boundaries: ONS codes joined to our canonical codes, and served to the indicator page. */
@Tag(Tiers.REAL_DATA)
class BoundariesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void onsUpperTierBoundariesOf2024JoinEveryLaIncludingRecodedOnes() throws IOException {
        Path file = RealData.root().resolve("ons-uk-topojson/england_utla_2024.geojson");

        Boundaries boundaries = Boundaries.read(file, ReferenceData.bundled().laCodeResolver(), JSON);

        assertThat(boundaries.features()).isEqualTo(153);
        assertThat(boundaries.matched()).isEqualTo(153);
        Map<String, String> canonicalByOns = new HashMap<>();
        for (JsonNode feature : JSON.readTree(boundaries.geoJson()).get("features")) {
            JsonNode properties = feature.get("properties");
            canonicalByOns.put(
                    properties.get("areacd").asText(),
                    properties.get(Boundaries.CODE_PROPERTY).asText());
        }
        // Barnsley and Sheffield were given new codes in 2025 (ONS changes.csv); the 2024 file has the old ones.
        assertThat(canonicalByOns).containsEntry("E08000016", "E08000038");
        assertThat(canonicalByOns).containsEntry("E08000019", "E08000039");
        assertThat(canonicalByOns).containsEntry("E06000001", "E06000001");
        // Every current LA of the reference tables has a shape.
        ReferenceData.bundled()
                .currentLocalAuthorities()
                .forEach(la -> assertThat(canonicalByOns.values()).contains(la.code()));
    }

    @Test
    void aFileThatIsNotAFeatureCollectionIsRefusedByName() throws IOException {
        Path file = folder.resolve("not-features.geojson");
        Files.writeString(file, "{\"type\": \"Topology\", \"objects\": {}}");

        assertThatThrownBy(() -> Boundaries.read(file, ReferenceData.bundled().laCodeResolver(), JSON))
                .isInstanceOf(DashboardException.class)
                .hasMessage("--boundaries " + file + " is not a GeoJSON FeatureCollection");
    }

    @Test
    void configuredBoundariesAreServedAndDrawnOnTheIndicatorPage() throws IOException {
        Path file = folder.resolve("two.geojson");
        Files.writeString(
                file,
                "{\"type\":\"FeatureCollection\",\"features\":["
                        + "{\"type\":\"Feature\",\"properties\":{\"areacd\":\"E06000001\",\"areanm\":\"Hartlepool\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,0]]]}},"
                        + "{\"type\":\"Feature\",\"properties\":{\"areacd\":\"E06000002\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[1,0],[2,0],[2,1],[1,0]]]}}]}");
        Path warehouse = folder.resolve("warehouse");
        Files.createDirectories(warehouse);
        TestSnapshots.publishSample(warehouse, TestSnapshots.FIRST_ID);

        JavalinTest.test(
                DashboardApp.create(TestSnapshots.store(warehouse), new ServerOptions(warehouse, 0, file)),
                (server, client) -> {
                    JsonNode served = TestHttp.json(client.get("/boundaries.geojson"));
                    assertThat(served.get("features")
                                    .get(1)
                                    .get("properties")
                                    .get(Boundaries.CODE_PROPERTY)
                                    .asText())
                            .isEqualTo("E06000002");
                    String page = TestHttp.text(client.get("/indicator/" + TestSnapshots.TIMELINESS));
                    assertThat(page).contains("data-chart=\"map\"");
                });
    }

    @Test
    void withoutBoundariesTheRouteSaysHowToConfigureThem() {
        Path warehouse = folder;
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            assertThat(client.get("/boundaries.geojson").code()).isEqualTo(404);
            assertThat(TestHttp.json(client.get("/boundaries.geojson"))
                            .get("error")
                            .asText())
                    .isEqualTo("No boundaries are configured (start the server with --boundaries FILE)");
        });
    }

    @Test
    void theOutlinesAreSimplifiedToHalfAPixelOfTheMap() throws IOException {
        Path file = RealData.root().resolve("ons-uk-topojson/england_utla_2024.geojson");
        JsonNode original = JSON.readTree(file.toFile());

        Boundaries boundaries = Boundaries.read(file, ReferenceData.bundled().laCodeResolver(), JSON);
        JsonNode simplified = JSON.readTree(boundaries.geoJson());

        // ONS's file: 28,273 points in 153 features, 575 kB (177 kB gzipped)
        assertThat(points(original.get("features"))).isEqualTo(28_273);
        int kept = points(simplified.get("features"));
        assertThat(kept).isLessThan(28_273 / 2);
        assertThat(boundaries.encoded().gzip().length).isLessThan(60_000);
        // every ring still closes, with at least four points, and no coordinate has more than three decimals
        for (JsonNode feature : simplified.get("features")) {
            JsonNode coordinates = feature.at("/geometry/coordinates");
            List<JsonNode> polygons = new ArrayList<>();
            if (feature.at("/geometry/type").asText().equals("Polygon")) {
                polygons.add(coordinates);
            } else {
                coordinates.forEach(polygons::add);
            }
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    assertThat(ring.size()).isGreaterThanOrEqualTo(4);
                    assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
                    for (JsonNode point : ring) {
                        assertThat(point.get(0).decimalValue().scale()).isLessThanOrEqualTo(3);
                        assertThat(point.get(1).decimalValue().scale()).isLessThanOrEqualTo(3);
                    }
                }
            }
        }
    }

    private static int points(JsonNode node) {
        if (node.isArray() && node.size() == 2 && node.get(0).isNumber()) {
            return 1;
        }
        int count = 0;
        for (JsonNode child : node) {
            count += points(child.has("geometry") ? child.get("geometry").get("coordinates") : child);
        }
        return count;
    }
}

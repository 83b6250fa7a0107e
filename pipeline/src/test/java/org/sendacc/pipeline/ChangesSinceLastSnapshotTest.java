package org.sendacc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.contract.snapshot.Manifest;
import org.sendacc.ingest.TestRuns;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * DfE's real timeliness file ingested and published twice, with one Leeds 2024 figure revised between the runs (67 of
 * 717 new plans within 20 weeks becomes 72 of 717): the second snapshot records that revision, and the few figures
 * that add it up, as what changed; nothing else.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class ChangesSinceLastSnapshotTest {
    private static final String FILE = "timeliness_20_week.csv";
    private static final String LEEDS_2024 =
            "2024,Calendar year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000035,383,"
                    + "Leeds,All EHC plans issued,All EHC plans issued,717,717,67,67,9.3,9.3,";
    private static final String REVISED =
            "2024,Calendar year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,E08000035,383,"
                    + "Leeds,All EHC plans issued,All EHC plans issued,717,717,72,72,10,10,";

    @TempDir
    static Path input;

    @TempDir
    static Path warehouse;

    static Manifest first;
    static Manifest second;
    static ServedWarehouse served;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void publishTwiceAndServe() throws IOException {
        Path file = input.resolve(FILE);
        Files.copy(RealData.folder("dfe-ehcp-2025").resolve(FILE), file);
        TestRuns.ingest(input, warehouse);
        first = ServedWarehouse.publish(warehouse);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(LEEDS_2024);
        Files.writeString(file, text.replace(LEEDS_2024, REVISED), StandardCharsets.UTF_8);
        TestRuns.ingest(input, warehouse);
        second = ServedWarehouse.publish(warehouse);
        served = ServedWarehouse.serve(warehouse);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static JsonNode json(String path) throws IOException {
        var response = served.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void theLeedsRevisionIsListedWithTheFewTotalsItMovedAndNothingElse() throws IOException {
        JsonNode body = json("/api/changes");
        assertThat(body.path("snapshot_id").asText()).isEqualTo(second.snapshotId());
        assertThat(body.path("since_snapshot_id").asText()).isEqualTo(first.snapshotId());
        List<String> listed = new ArrayList<>();
        JsonNode leeds = null;
        for (JsonNode change : body.path("changes")) {
            listed.add(change.path("kind").asText() + " "
                    + change.path("indicator_id").asText() + " "
                    + change.path("area_code").asText() + " "
                    + change.path("period").asText());
            if (change.path("area_code").asText().equals("E08000035")
                    && change.path("indicator_id").asText().equals("ehcp_20wk_excl_exceptions")) {
                leeds = change;
            }
        }
        assertThat(leeds).as("the Leeds revision among %s", listed).isNotNull();
        assertThat(leeds.path("kind").asText()).isEqualTo("revised");
        assertThat(leeds.path("period").asText()).isEqualTo("2024");
        assertThat(leeds.path("source").asText()).isEqualTo("dfe_ees");
        assertThat(leeds.path("old_value").asDouble()).isCloseTo(67.0 / 717 * 100, within(0.05));
        assertThat(leeds.path("new_value").asDouble()).isCloseTo(72.0 / 717 * 100, within(0.05));
        // Both timeliness indicators read the revised counts (with and without exceptions: the row has the same
        // figures in both). Leeds's figure moves, and the West Yorkshire ICB footprint's, which we add up from its LAs;
        // England's and the region's are DfE's own rows, which the revision did not touch. No rank, benchmark or
        // neighbour comparison of another area is a change.
        assertThat(listed)
                .containsExactlyInAnyOrder(
                        "revised ehcp_20wk_excl_exceptions E08000035 2024",
                        "revised ehcp_20wk_excl_exceptions E54000054 2024",
                        "revised ehcp_20wk_incl_exceptions E08000035 2024",
                        "revised ehcp_20wk_incl_exceptions E54000054 2024");
    }

    @Test
    void sinceTheSnapshotItselfNothingChangedAndAnUnknownSnapshotIsNotFound() throws IOException {
        assertThat(json("/api/changes?since=" + first.snapshotId())
                        .path("changes")
                        .size())
                .isEqualTo(json("/api/changes").path("changes").size());
        assertThat(json("/api/changes?since=" + second.snapshotId())
                        .path("changes")
                        .size())
                .isZero();
        assertThat(served.get("/api/changes?since=20990101T000000Z-ffff").statusCode())
                .isEqualTo(404);
        assertThat(served.get("/api/changes?kind=shuffled").statusCode()).isEqualTo(400);
    }

    @Test
    void theChangesPageAndCsvListTheRevision() {
        var page = served.get("/changes");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"changes\"")
                .contains("data-area=\"E08000035\"")
                .contains("Revised");
        var csv = served.get("/changes.csv?kind=revised&area=E08000035");
        assertThat(csv.statusCode()).isEqualTo(200);
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("snapshot_id,since_snapshot_id,kind,indicator_id,source,period");
        assertThat(lines)
                .anyMatch(line ->
                        line.contains(",revised,ehcp_20wk_excl_exceptions,dfe_ees,2024,2024,la," + "E08000035,Leeds,"));
    }
}

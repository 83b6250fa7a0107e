package org.sendacc.ingest.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendacc.contract.warehouse.WarehouseTables.ComparisonGroups;
import org.sendacc.ingest.Processed;
import org.sendacc.ingest.nhs.AcceptedRecords;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * Named comparison groups, in our layout and as the transcribed list of DfE's SEND programmes: LAs by code or by
 * name, each matched to one LA or rejected, never dropped.
 */
class ComparisonGroupsSourceTest {
    static final String PROGRAMMES = "send_funding_programme_las.csv";

    @Test
    void namesAndCodesResolveToOneLaEachAndTheRestAreRejectedWithTheReason() {
        Processed table = Processed.run(
                ComparisonGroupsSource.source(),
                "my_comparison_groups.csv",
                String.join(
                        "\n",
                        "name,la_code,la_name,source,as_at",
                        "Five councils,E08000035,,committee paper,2025-06-01",
                        "Five councils,,Bristol,committee paper,2025-06-01",
                        "Five councils,,Durham,committee paper,2025-06-01",
                        "Five councils,,Brighton,committee paper,2025-06-01",
                        "Five councils,,Telford & Wrekin,committee paper,2025-06-01",
                        "Five councils,,Atlantis,committee paper,2025-06-01",
                        "Five councils,,,committee paper,2025-06-01",
                        // Bournemouth was abolished in 2019: not an LA of a 2025 list
                        "Five councils,E06000028,,committee paper,2025-06-01"));

        assertThat(AcceptedRecords.matching(table, Map.of()))
                .extracting(row -> row.get(ComparisonGroups.AREA_CODE))
                .containsExactly("E08000035", "E06000023", "E06000047", "E06000043", "E06000020");
        assertThat(table.rejected())
                .extracting(rejected -> rejected.row() + " "
                        + rejected.problem().column() + " " + rejected.problem().rule() + " "
                        + rejected.problem().value())
                .containsExactly(
                        "7 la_name la.unknown Atlantis",
                        "8 la_code cross.la_code_or_name ",
                        "9 la_code la.unknown E06000028");
        assertThat(table.rejected().get(0).problem().message())
                .isEqualTo("no single LA in use on 2025-06-01 is named 'Atlantis'");
    }

    @Test
    void aFileOfAnotherLayoutIsRejectedByNameNotHalfRead() {
        Processed table = Processed.run(
                ComparisonGroupsSource.source(), "comparison_groups.csv", "council,region\nLeeds,Yorkshire\n");
        assertThat(table.accepted()).isEmpty();
        assertThat(table.fileRules()).containsExactly("file.layout");
    }

    @Test
    @Tag(Tiers.REAL_DATA)
    void everyLaOfTheTranscribedProgrammeListsIsMatched() throws IOException {
        Processed table = Processed.run(
                ComparisonGroupsSource.source(),
                PROGRAMMES,
                Files.readAllBytes(RealData.folder("dfe-send-programmes").resolve(PROGRAMMES)));

        // 110 rows: Change Programme 32, Safety Valve 33, Delivering Better Value 45 (SOURCES.md)
        assertThat(table.rejected()).isEmpty();
        assertThat(table.accepted()).hasSize(110);
        assertThat(AcceptedRecords.matching(table, Map.of(ComparisonGroups.GROUP_NAME, "SEND and AP Change Programme")))
                .hasSize(32)
                .allMatch(row -> "Yes".equals(row.get(ComparisonGroups.COMPLETE)));
        assertThat(AcceptedRecords.matching(table, Map.of(ComparisonGroups.GROUP_NAME, "Safety Valve")))
                .hasSize(33)
                .allMatch(row -> "No".equals(row.get(ComparisonGroups.COMPLETE)));
        // "Durham" in the list is County Durham, "Bristol" the City of Bristol
        assertThat(AcceptedRecords.matching(
                        table,
                        Map.of(ComparisonGroups.LA_NAME, "Bristol", ComparisonGroups.GROUP_NAME, "Safety Valve")))
                .singleElement()
                .satisfies(
                        row -> assertThat(row.get(ComparisonGroups.AREA_CODE)).isEqualTo("E06000023"));
    }

    @Test
    @Tag(Tiers.REAL_DATA)
    void theDefaultGroupsAreTheProgrammeListsAsTheIngestMatchesThem() throws IOException {
        Processed real = Processed.run(
                ComparisonGroupsSource.source(),
                PROGRAMMES,
                Files.readAllBytes(RealData.folder("dfe-send-programmes").resolve(PROGRAMMES)));
        byte[] shipped;
        try (InputStream in = getClass().getResourceAsStream("/org/sendacc/sample/comparison_groups.csv")) {
            assertThat(in).as("the default groups on the classpath").isNotNull();
            shipped = in.readAllBytes();
        }
        Processed defaults = Processed.run(ComparisonGroupsSource.source(), "comparison_groups.csv", shipped);

        assertThat(defaults.rejected()).isEmpty();
        assertThat(memberships(defaults)).isEqualTo(memberships(real));
    }

    private static Set<String> memberships(Processed table) {
        Set<String> memberships = new HashSet<>();
        for (Map<String, Object> row : AcceptedRecords.matching(table, Map.of())) {
            memberships.add(row.get(ComparisonGroups.GROUP_NAME) + " " + row.get(ComparisonGroups.AREA_CODE) + " "
                    + row.get(ComparisonGroups.COMPLETE));
        }
        return memberships;
    }
}

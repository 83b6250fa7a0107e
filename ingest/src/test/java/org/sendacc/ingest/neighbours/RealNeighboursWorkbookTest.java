package org.sendacc.ingest.neighbours;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendacc.ingest.Processed;
import org.sendacc.ingest.SourceCatalog;
import org.sendacc.ingest.nhs.AcceptedRecords;
import org.sendacc.rules.source.Source;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * DfE's statistical neighbours, May 2025 edition (sn_may_2025.xlsx), read through the file processor as the ingest
 * job reads it. Expected values were read off the sheet XML (xl/worksheets/sheet1.xml with sharedStrings.xml), and
 * the canonical codes off sample-data/reference/local_authorities.csv.
 */
@Tag(Tiers.REAL_DATA)
class RealNeighboursWorkbookTest {
    static final String FILE = "sn_may_2025.xlsx";

    static Processed workbook;

    @BeforeAll
    static void readTheWorkbook() throws IOException {
        byte[] bytes =
                Files.readAllBytes(RealData.folder("dfe-statistical-neighbours").resolve(FILE));
        workbook = Processed.run(StatisticalNeighboursSource.source(), FILE, bytes);
    }

    private static Map<String, Object> neighbour(String number, long rank) {
        return AcceptedRecords.only(
                workbook,
                Map.of(StatisticalNeighboursSource.OLD_LA_CODE, number, StatisticalNeighboursSource.RANK, rank));
    }

    @Test
    void readsTenNeighboursForEachCurrentLa() {
        // Sheet "LA SN Groups": header on row 3, the 153 current LAs on rows 4-156, each with SN1-SN10:
        // 153 x 10 = 1,530. The five "Old SNs:" groups on rows 160-164 are not read.
        assertThat(workbook.accepted()).hasSize(1_530);
        assertThat(workbook.rejected()).isEmpty();
        assertThat(workbook.fileProblems()).isEmpty();
        assertThat(AcceptedRecords.of(workbook).stream()
                        .map(record -> record.get(StatisticalNeighboursSource.OLD_LA_CODE))
                        .distinct())
                .hasSize(153);
    }

    @Test
    void readsBarkingAndDagenhamsFirstNeighbour() {
        // Row 4: 301, Barking and Dagenham ... SN1 308 (Enfield), SNP "Close".
        Map<String, Object> first = neighbour("301", 1);
        assertThat(first.get(StatisticalNeighboursSource.LA_NAME)).isEqualTo("Barking and Dagenham");
        assertThat(first.get(StatisticalNeighboursSource.LA_CODE)).isEqualTo("E09000002");
        assertThat(first.get(StatisticalNeighboursSource.NEIGHBOUR_OLD_LA_CODE)).isEqualTo("308");
        assertThat(first.get(StatisticalNeighboursSource.NEIGHBOUR_LA_CODE)).isEqualTo("E09000010");
        assertThat(first.get(StatisticalNeighboursSource.CLOSENESS)).isEqualTo("Close");
        assertThat(first.get("source_row")).isEqualTo(4L);
    }

    @Test
    void readsEachRankFromItsOwnPairOfColumns() {
        // Row 4: SN4 (column L) 333 Sandwell, SNP (column M) "Somewhat close".
        Map<String, Object> fourth = neighbour("301", 4);
        assertThat(fourth.get(StatisticalNeighboursSource.NEIGHBOUR_LA_CODE)).isEqualTo("E08000028");
        assertThat(fourth.get(StatisticalNeighboursSource.CLOSENESS)).isEqualTo("Somewhat close");
    }

    @Test
    void readsTheTenthNeighbour() {
        // Row 156: 816 York ... SN10 (column X) 356 Stockport, SNP "Close".
        Map<String, Object> tenth = neighbour("816", 10);
        assertThat(tenth.get(StatisticalNeighboursSource.LA_CODE)).isEqualTo("E06000014");
        assertThat(tenth.get(StatisticalNeighboursSource.NEIGHBOUR_LA_CODE)).isEqualTo("E08000007");
        assertThat(tenth.get(StatisticalNeighboursSource.CLOSENESS)).isEqualTo("Close");
    }

    @Test
    void keepsTheClosenessBandsAsPublished() {
        // Counted over columns G, I, ... Y of rows 4-156.
        Map<Object, Long> bands = AcceptedRecords.of(workbook).stream()
                .collect(Collectors.groupingBy(
                        record -> record.get(StatisticalNeighboursSource.CLOSENESS), Collectors.counting()));
        assertThat(bands)
                .containsOnly(
                        Map.entry("Extremely close", 12L),
                        Map.entry("Very close", 820L),
                        Map.entry("Close", 513L),
                        Map.entry("Somewhat close", 136L),
                        Map.entry("Not close", 49L));
    }

    @Test
    void resolvesTheLasCreatedSince2019() {
        // Row 34: Cumberland 942 (created April 2023), SN1 943 Westmorland and Furness.
        Map<String, Object> cumberland = neighbour("942", 1);
        assertThat(cumberland.get(StatisticalNeighboursSource.LA_CODE)).isEqualTo("E06000063");
        assertThat(cumberland.get(StatisticalNeighboursSource.NEIGHBOUR_LA_CODE))
                .isEqualTo("E06000064");
        assertThat(cumberland.get("source_row")).isEqualTo(34L);
    }

    @Test
    void takesTheEditionFromTheFileName() {
        assertThat(AcceptedRecords.of(workbook).stream()
                        .map(record -> record.get(StatisticalNeighboursSource.EDITION))
                        .distinct())
                .containsExactly(LocalDate.parse("2025-05-01"));
    }

    @Test
    void isTheOnlySourceInTheCatalogThatHandlesTheWorkbook() {
        assertThat(SourceCatalog.all().stream()
                        .filter(source -> source.handles(FILE))
                        .map(Source::id))
                .containsExactly("dfe.statistical_neighbours");
    }
}

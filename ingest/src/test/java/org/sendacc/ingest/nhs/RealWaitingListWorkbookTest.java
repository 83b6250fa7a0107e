package org.sendacc.ingest.nhs;

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
import org.sendacc.rules.source.Source;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * NHS England's October 2023 community health services waiting-list workbook (community_health_2023-12-01.xlsx),
 * read through the file processor as the ingest job reads it. Every expected figure was read off the workbook's
 * sheet XML by hand (unzip, sharedStrings.xml, xl/worksheets/sheet6.xml for Table 4 ... sheet13.xml for Table 4g),
 * not from this reader's output.
 */
@Tag(Tiers.REAL_DATA)
class RealWaitingListWorkbookTest {
    static final String FILE = "community_health_2023-12-01.xlsx";

    static Processed workbook;

    @BeforeAll
    static void readTheWorkbook() throws IOException {
        byte[] bytes =
                Files.readAllBytes(RealData.folder("nhs-community-health").resolve(FILE));
        workbook = Processed.run(CommunityWaitingListSource.source(), FILE, bytes);
    }

    private static Map<String, Object> record(String code, String ageGroup, String service, String band) {
        return AcceptedRecords.only(
                workbook,
                Map.of(
                        CommunityWaitingListSource.ORG_CODE, code,
                        CommunityWaitingListSource.AGE_GROUP, ageGroup,
                        CommunityWaitingListSource.SERVICE, service,
                        CommunityWaitingListSource.WEEKS_BAND, band));
    }

    private static Map<String, Object> england(String ageGroup, String service, String band) {
        return AcceptedRecords.only(
                workbook,
                Map.of(
                        CommunityWaitingListSource.ORG_LEVEL, "England",
                        CommunityWaitingListSource.AGE_GROUP, ageGroup,
                        CommunityWaitingListSource.SERVICE, service,
                        CommunityWaitingListSource.WEEKS_BAND, band));
    }

    @Test
    void readsOneRecordPerOrganisationServiceAndTableWithNoRejections() {
        // Tables 4 and 4a-4g each have the header on row 5 and the same 185 organisation rows (6-190): England,
        // 7 NHS regions, 42 ICBs and 135 providers, under 47 service columns (D-AX: 30 "(A)" adult, 17 "(CYP)").
        // 185 organisations x 47 services x 8 tables = 69,560 records, blanks included.
        assertThat(workbook.accepted()).hasSize(69_560);
        assertThat(workbook.rejected()).isEmpty();
        assertThat(workbook.fileProblems()).isEmpty();
    }

    @Test
    void readsEveryOrganisationLevel() {
        // Per level: organisations x 47 services x 8 tables.
        Map<Object, Long> byLevel = AcceptedRecords.of(workbook).stream()
                .collect(Collectors.groupingBy(
                        record -> record.get(CommunityWaitingListSource.ORG_LEVEL), Collectors.counting()));
        assertThat(byLevel)
                .containsOnly(
                        Map.entry("England", 1L * 47 * 8),
                        Map.entry("Region", 7L * 47 * 8),
                        Map.entry("ICB", 42L * 47 * 8),
                        Map.entry("Provider", 135L * 47 * 8));
    }

    @Test
    void takesTheMonthFromTheTablesTitlesNotTheFileName() {
        // The titles say "..., October 2023"; the file name carries the publication month, December 2023.
        assertThat(AcceptedRecords.of(workbook).stream()
                        .map(record -> record.get(CommunityWaitingListSource.PERIOD))
                        .distinct())
                .containsExactly(LocalDate.parse("2023-10-01"));
    }

    @Test
    void labelsTheWeeksBandsOfTheEightTables() {
        assertThat(AcceptedRecords.of(workbook).stream()
                        .map(record -> record.get(CommunityWaitingListSource.SHEET) + " "
                                + record.get(CommunityWaitingListSource.WEEKS_BAND))
                        .distinct())
                .containsExactlyInAnyOrder(
                        "Table 4 total",
                        "Table 4a 0-1",
                        "Table 4b 1-2",
                        "Table 4c 2-4",
                        "Table 4d 4-12",
                        "Table 4e 12-18",
                        "Table 4f 18-52",
                        "Table 4g 52+");
    }

    @Test
    void keepsEnglandsChildrensSpeechAndLanguageTherapyWaits() {
        // Table 4 AV6 and Table 4g AV6: "(CYP) Therapy interventions: Speech and language", England.
        Map<String, Object> total = england("children", "Therapy interventions: Speech and language", "total");
        Map<String, Object> overAYear = england("children", "Therapy interventions: Speech and language", "52+");
        assertThat(total.get(CommunityWaitingListSource.WAITING)).isEqualTo(67_790L);
        assertThat(overAYear.get(CommunityWaitingListSource.WAITING)).isEqualTo(4_113L);
        assertThat(overAYear.get("source_row")).isEqualTo(6L);
        assertThat(overAYear.get(CommunityWaitingListSource.SHEET)).isEqualTo("Table 4g");
    }

    @Test
    void keepsEnglandsCommunityPaediatricWaitsOverAYear() {
        // Table 4g AL6: "(CYP) Community paediatric service", England.
        assertThat(england("children", "Community paediatric service", "52+").get(CommunityWaitingListSource.WAITING))
                .isEqualTo(14_033L);
    }

    @Test
    void keepsAnIcbsWaitsWithItsOdsCode() {
        // Row 49: ICB QWE, SOUTH WEST LONDON; AV49 is 1,175 in Table 4 and 250 in Table 4g.
        Map<String, Object> total = record("QWE", "children", "Therapy interventions: Speech and language", "total");
        Map<String, Object> overAYear = record("QWE", "children", "Therapy interventions: Speech and language", "52+");
        assertThat(total.get(CommunityWaitingListSource.WAITING)).isEqualTo(1_175L);
        assertThat(overAYear.get(CommunityWaitingListSource.WAITING)).isEqualTo(250L);
        assertThat(overAYear.get(CommunityWaitingListSource.ORG_NAME)).isEqualTo("SOUTH WEST LONDON");
        assertThat(overAYear.get(CommunityWaitingListSource.ICB_ODS_CODE)).isEqualTo("QWE");
        assertThat(overAYear.get("source_row")).isEqualTo(49L);
    }

    @Test
    void leavesAProvidersIcbEmptyBecauseTheWorkbookDoesNotGiveIt() {
        // Row 58: Provider RBS, ALDER HEY CHILDREN'S NHS FOUNDATION TRUST; AV58 is 1,472 in Table 4.
        Map<String, Object> alderHey = record("RBS", "children", "Therapy interventions: Speech and language", "total");
        assertThat(alderHey.get(CommunityWaitingListSource.WAITING)).isEqualTo(1_472L);
        assertThat(alderHey.get(CommunityWaitingListSource.ICB_ODS_CODE)).isNull();
    }

    @Test
    void recordsABlankCellAsNoSubmission() {
        // Table 4 P49 (QWE, "(A) Nursing and Therapy support for LTCs: Lymphoedema") is blank.
        Map<String, Object> lymphoedema =
                record("QWE", "adult", "Nursing and Therapy support for LTCs: Lymphoedema", "total");
        assertThat(lymphoedema.get(CommunityWaitingListSource.WAITING)).isNull();
        assertThat(AcceptedRecords.reason(lymphoedema, CommunityWaitingListSource.WAITING))
                .isEqualTo("no submission (blank)");
    }

    @Test
    void recordsTheBlanksOfNationalOnlyServicesAsDisclosureControl() {
        // Adult safeguarding (D), looked after children teams (AM) and CYP safeguarding (AQ) are published only as
        // England's total (D6 = 4): blank in 184 other rows x 8 tables, and in England's 7 band tables,
        // 3 x (184 x 8 + 7) = 4,437 cells. The other blanks are 40,917 - 4,437 = 36,480 (69,560 cells less the
        // 28,643 that hold a number).
        assertThat(england("adult", "Adult safeguarding", "total").get(CommunityWaitingListSource.WAITING))
                .isEqualTo(4L);
        Map<String, Long> reasons = AcceptedRecords.of(workbook).stream()
                .map(record -> AcceptedRecords.reason(record, CommunityWaitingListSource.WAITING))
                .filter(reason -> reason != null)
                .collect(Collectors.groupingBy(reason -> reason, Collectors.counting()));
        assertThat(reasons)
                .containsOnly(
                        Map.entry(CommunityWaitingListSource.NATIONAL_TOTAL_ONLY_REASON, 4_437L),
                        Map.entry("no submission (blank)", 36_480L));
    }

    @Test
    void keepsATotalLargerThanTheSumOfItsBands() {
        // Row 135, RNN (North Cumbria Integrated Care): "(A) Musculoskeletal service" is 3,741 in Table 4 and 0 in
        // every band table.
        assertThat(record("RNN", "adult", "Musculoskeletal service", "total").get(CommunityWaitingListSource.WAITING))
                .isEqualTo(3_741L);
        assertThat(record("RNN", "adult", "Musculoskeletal service", "52+").get(CommunityWaitingListSource.WAITING))
                .isEqualTo(0L);
    }

    @Test
    void isTheOnlySourceInTheCatalogThatHandlesTheWorkbook() {
        assertThat(SourceCatalog.all().stream()
                        .filter(source -> source.handles(FILE))
                        .map(Source::id))
                .containsExactly("nhs.community_waiting_list");
    }
}

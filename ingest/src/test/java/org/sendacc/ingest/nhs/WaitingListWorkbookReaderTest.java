package org.sendacc.ingest.nhs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendacc.ingest.Processed;
import org.sendacc.rules.read.FileRejectedException;

/** The waiting-list workbook's layout variants and broken values, each in a small workbook of the same layout. */
class WaitingListWorkbookReaderTest {
    static final String FILE = "community_health_2023-12-01.xlsx";

    private static Processed process(WaitingListWorkbook workbook) {
        return Processed.run(CommunityWaitingListSource.source(), FILE, workbook.bytes());
    }

    /** South West London's children's SLT waits: total, then bands 0-1 ... 52+ (Table 4 and 4a-4g, row 49). */
    private static WaitingListWorkbook southWestLondon(String month) {
        return WaitingListWorkbook.forMonth(month)
                .organisation("ICB", "QWE", "SOUTH WEST LONDON", 1175L, 100L, 90L, 160L, 330L, 125L, 120L, 250L);
    }

    @Test
    void findsTheHeaderBelowAnyNumberOfNotesRows() {
        // Title on row 1, six notes on rows 2-7, the header on row 8, the ICB on row 9.
        Processed processed = process(southWestLondon("October 2023").notesRows(6));

        assertThat(processed.acceptedRows()).hasSize(8).containsOnly(9L);
        assertThat(processed.rejected()).isEmpty();
    }

    @Test
    void readsALaterEditionThatSplitsOverAYearInto52To104AndOver104Weeks() {
        // Nine tables: total 1175, then 0-1 ... 18-52, then 52-104 (Table 4g) 200 and over 104 (Table 4h) 50
        Processed processed = process(WaitingListWorkbook.forMonth("March 2025")
                .splitOverAYear()
                .organisation("ICB", "QWE", "SOUTH WEST LONDON", 1175L, 100L, 90L, 160L, 330L, 125L, 120L, 200L, 50L));

        assertThat(processed.rejected()).isEmpty();
        assertThat(processed.fileProblems()).isEmpty();
        assertThat(processed.accepted()).hasSize(9);
        assertThat(AcceptedRecords.only(processed, java.util.Map.of(CommunityWaitingListSource.WEEKS_BAND, "104+"))
                        .get(CommunityWaitingListSource.WAITING))
                .isEqualTo(50L);
        assertThat(AcceptedRecords.only(processed, java.util.Map.of(CommunityWaitingListSource.WEEKS_BAND, "52-104"))
                        .get(CommunityWaitingListSource.SERVICE))
                .isEqualTo("Therapy interventions: Speech and language");
    }

    @Test
    void readsTheMonthFromTheTitleWhateverItsCase() {
        Processed processed = process(southWestLondon("OCTOBER 2023"));

        assertThat(processed.value(0, CommunityWaitingListSource.PERIOD)).hasToString("2023-10-01");
    }

    @Test
    void rejectsTheBandsOnceTheyAddUpToMoreThanTheTotal() {
        // Total 10 (Table 4 comes first); bands 0-1 to 12-18 make 2 x 5 = 10, so 18-52 and then 52+ would each
        // take the sum to 12. The ICB is on Excel row 6: title on row 1, three notes, the header on row 5.
        Processed processed = process(WaitingListWorkbook.forMonth("October 2023")
                .organisation("ICB", "QWE", "SOUTH WEST LONDON", 10L, 2L, 2L, 2L, 2L, 2L, 2L, 2L));

        assertThat(processed.rules()).containsExactly("6:cross.bands_exceed_total", "6:cross.bands_exceed_total");
        assertThat(processed.rejected().get(0).problem().message())
                .isEqualTo("the weeks bands of the children service 'Therapy interventions: Speech and language' of"
                        + " ICB QWE add up to 12, more than its total waiting list of 10");
        assertThat(processed.accepted()).hasSize(6);
    }

    @Test
    void keepsBandsThatAddUpToLessThanTheTotal() {
        Processed processed = process(WaitingListWorkbook.forMonth("October 2023")
                .organisation("Provider", "RNN", "NORTH CUMBRIA", 3741L, 0L, 0L, 0L, 0L, 0L, 0L, 0L));

        assertThat(processed.rejected()).isEmpty();
        assertThat(processed.accepted()).hasSize(8);
    }

    @Test
    void rejectsAnIcbCodeThatIsNotOneOfTheFortyTwo() {
        Processed processed = process(WaitingListWorkbook.forMonth("October 2023")
                .organisation("ICB", "QZZ", "NOWHERE", 1L, 1L, null, null, null, null, null, null));

        assertThat(processed.rules()).hasSize(8).containsOnly("6:icb.unknown");
        assertThat(processed.rejected().get(0).problem().message()).isEqualTo("unknown ICB ODS code 'QZZ'");
    }

    @Test
    void rejectsARegionCodeNhsEnglandDoesNotUse() {
        Processed processed = process(WaitingListWorkbook.forMonth("October 2023")
                .organisation("Region", "Y99", "ATLANTIS", 1L, 1L, null, null, null, null, null, null));

        assertThat(processed.rules()).hasSize(8).containsOnly("6:nhs_region.unknown");
        assertThat(processed.rejected().get(0).problem().message())
                .isEqualTo("unknown NHS region code 'Y99' (the regions are [Y56, Y58, Y59, Y60, Y61, Y62, Y63])");
    }

    @Test
    void rejectsACodeOfAnotherLevel() {
        Processed processed = process(WaitingListWorkbook.forMonth("October 2023")
                .organisation("Region", "QWE", "LONDON", 1L, 1L, null, null, null, null, null, null));

        assertThat(processed.rules()).hasSize(8).containsOnly("6:org.code_level_mismatch");
        assertThat(processed.rejected().get(0).problem().message())
                .isEqualTo("org_code 'QWE' is not the code of a Region (expected Y\\d{2})");
    }

    @Test
    void rejectsANegativeCountAndKeepsTheOtherBands() {
        Processed processed = process(WaitingListWorkbook.forMonth("October 2023")
                .organisation("ICB", "QWE", "SOUTH WEST LONDON", 10L, -1L, 2L, 2L, 2L, 0L, 0L, 0L));

        assertThat(processed.rules()).containsExactly("6:value.min");
        assertThat(processed.rejected().get(0).problem().message()).isEqualTo("waiting -1 is below the minimum 0");
        assertThat(processed.accepted()).hasSize(7);
    }

    @Test
    void rejectsTextInACount() {
        Processed processed = process(WaitingListWorkbook.forMonth("October 2023")
                .organisation("ICB", "QWE", "SOUTH WEST LONDON", "12a", 2L, 2L, 2L, 2L, 0L, 0L, 0L));

        assertThat(processed.rules()).containsExactly("6:value.type");
        assertThat(processed.rejected().get(0).problem().message())
                .isEqualTo("waiting must be a whole number but is '12a'");
    }

    @Test
    void keepsADashAsNotAvailable() {
        Processed processed = process(WaitingListWorkbook.forMonth("October 2023")
                .organisation("ICB", "QWE", "SOUTH WEST LONDON", "-", 2L, 2L, 2L, 2L, 0L, 0L, 0L));

        Map<String, Object> total =
                AcceptedRecords.only(processed, Map.of(CommunityWaitingListSource.WEEKS_BAND, "total"));
        assertThat(total.get(CommunityWaitingListSource.WAITING)).isNull();
        assertThat(AcceptedRecords.reason(total, CommunityWaitingListSource.WAITING))
                .isEqualTo("not available (-)");
    }

    @Test
    void rejectsAMonthAfterTheRunDate() {
        // Processed counts 2026-11-22 as today.
        Processed processed = process(southWestLondon("December 2026"));

        assertThat(processed.rules()).hasSize(8).containsOnly("6:value.future_date");
    }

    @Test
    void rejectsAnOrganisationTypeItDoesNotKnowOncePerTable() {
        Processed processed = process(WaitingListWorkbook.forMonth("October 2023")
                .organisation("STP", "E54", "OLD FOOTPRINT", 1L, 1L, null, null, null, null, null, null));

        assertThat(processed.rules()).hasSize(8).containsOnly("6:row.org_type");
        assertThat(processed.rejected().get(0).problem().message())
                .isEqualTo("sheet 'Table 4' row 6 has Organisation Type 'STP', not National, Region, ICB or Provider");
    }

    @Test
    void rejectsAWorkbookThatLacksABandTable() {
        byte[] bytes = southWestLondon("October 2023").without("12-18").bytes();

        assertThatThrownBy(() -> open(bytes))
                .isInstanceOf(FileRejectedException.class)
                .hasMessage(FILE + " has no waiting-list table (a sheet titled 'Total waiting list by service, <month>'"
                        + " or 'Number waiting <band> weeks ... by service, <month>') for weeks band 12-18");
    }

    @Test
    void rejectsAServiceColumnWithoutAnAgeGroup() {
        byte[] bytes = WaitingListWorkbook.forMonth("October 2023")
                .services("Speech and language")
                .organisation("ICB", "QWE", "SOUTH WEST LONDON", 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L)
                .bytes();

        assertThatThrownBy(() -> open(bytes))
                .isInstanceOf(FileRejectedException.class)
                .hasMessage(FILE + ": sheet 'Table 4' service column 'Speech and language' does not start with (A)"
                        + " for adult or (CYP) for children's services");
    }

    @Test
    void rejectsAFileThatIsNotAWorkbookAsUnreadable() {
        byte[] bytes = "Organisation Type,Organisation Code\n".getBytes(StandardCharsets.UTF_8);

        Processed processed = Processed.run(CommunityWaitingListSource.source(), FILE, bytes);

        assertThat(processed.fileRules()).containsExactly("file.unreadable");
        assertThat(processed.accepted()).isEmpty();
        assertThatThrownBy(() -> open(bytes))
                .isInstanceOf(FileRejectedException.class)
                .hasMessage(FILE + " cannot be read as an Excel (.xlsx) workbook: No valid entries or contents found,"
                        + " this is not a valid OOXML (Office Open XML) file");
    }

    private static void open(byte[] bytes) throws Exception {
        new WaitingListWorkbookReader()
                .open(FILE, new ByteArrayInputStream(bytes), CommunityWaitingListSource.contract());
    }
}

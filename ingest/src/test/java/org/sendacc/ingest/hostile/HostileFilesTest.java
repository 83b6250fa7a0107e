package org.sendacc.ingest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendacc.ingest.Processed;
import org.sendacc.ingest.ees.EesDatasets;
import org.sendacc.ingest.esfa.DsgHighNeedsSource;
import org.sendacc.ingest.nhs.CommunityWaitingListSource;
import org.sendacc.ingest.ons.MidYearPopulationSource;
import org.sendacc.rules.returns.LocalReturnContracts;
import org.sendacc.rules.source.Source;
import org.sendacc.testing.HostileFiles;

/**
 * Hostile and broken files, each read by the reader its name picks: the file is rejected with a file-level rule and
 * a message naming it, no row is accepted from it, and nothing is thrown that would fail the run (the other files of a
 * run go on). Workbooks (XLSX, ODS, XLS) and CSVs alike.
 */
class HostileFilesTest {
    private static final Source TIMELINESS = EesDatasets.all().stream()
            .filter(source -> source.id().equals("dfe.timeliness_20_week"))
            .findFirst()
            .orElseThrow();

    private static void assertRejectedWhole(Processed processed, String file) {
        assertThat(processed.accepted()).as(file).isEmpty();
        assertThat(processed.fileProblems()).as(file).isNotEmpty();
        assertThat(processed.fileProblems().get(0).message()).as(file).contains(file);
    }

    @Test
    void workbooksThatAreNotWhatTheirNameSaysAreRejectedByName() throws IOException {
        byte[] garbage = "this is not a workbook\u0000\u0001\u0002".getBytes(StandardCharsets.UTF_8);
        for (var file : List.of(
                new Object[] {CommunityWaitingListSource.source(), "community_health_2024.xlsx", garbage},
                new Object[] {CommunityWaitingListSource.source(), "community_health_empty_zip.xlsx", HostileBytes.zip()
                },
                new Object[] {DsgHighNeedsSource.source(), "dsg_allocations_2024.ods", garbage},
                new Object[] {MidYearPopulationSource.source(), "mye22final.xls", garbage},
                new Object[] {MidYearPopulationSource.source(), "mye23final.xlsx", garbage})) {
            Processed processed = Processed.run((Source) file[0], (String) file[1], (byte[]) file[2]);
            assertRejectedWhole(processed, (String) file[1]);
        }
    }

    @Test
    void aZipBombIsRejectedWithoutInflatingIt() throws IOException {
        for (var file : List.of(
                new Object[] {CommunityWaitingListSource.source(), "community_health_bomb.xlsx", "xl/workbook.xml"},
                new Object[] {DsgHighNeedsSource.source(), "dsg_allocations_bomb.ods", "content.xml"})) {
            Processed processed =
                    Processed.run((Source) file[0], (String) file[1], HostileBytes.zipBomb((String) file[2]));
            assertRejectedWhole(processed, (String) file[1]);
        }
    }

    /**
     * Local returns may be workbooks now (partners send them at /returns): the same guards hold, named by bytes and not
     * by name, and the run goes on.
     */
    @Test
    void aLocalReturnSentAsAWorkbookMeetsTheSameGuards() throws IOException {
        Source advice = LocalReturnContracts.all().stream()
                .filter(source -> source.id().equals("local.health_advice_requests"))
                .findFirst()
                .orElseThrow();
        String lol = HostileBytes.ENTITY_EXPANSION
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">&lol4;</Types>";
        for (var file : List.of(
                new Object[] {"health_advice_requests_E06000001_bomb.xlsx", HostileFiles.zipBombWorkbook(200)},
                new Object[] {"health_advice_requests_E06000001_sheet.xlsx", HostileBytes.zipBomb("xl/workbook.xml")},
                new Object[] {
                    "health_advice_requests_E06000001_entities.xlsx",
                    HostileBytes.zip("[Content_Types].xml", lol, "xl/workbook.xml", "<workbook/>")
                },
                // a workbook's bytes under a CSV's name are read as the workbook they are
                new Object[] {"health_advice_requests_E06000001.csv", HostileFiles.zipBombWorkbook(200)})) {
            Processed processed = Processed.run(advice, (String) file[0], (byte[]) file[1]);
            assertRejectedWhole(processed, (String) file[0]);
        }
    }

    @Test
    void anXmlEntityExpansionInAWorkbookIsNotExpanded() throws IOException {
        String lol = HostileBytes.ENTITY_EXPANSION
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">&lol4;</Types>";
        Processed processed = Processed.run(
                CommunityWaitingListSource.source(),
                "community_health_entities.xlsx",
                HostileBytes.zip("[Content_Types].xml", lol, "xl/workbook.xml", "<workbook/>"));
        assertRejectedWhole(processed, "community_health_entities.xlsx");
        Processed ods = Processed.run(
                DsgHighNeedsSource.source(),
                "dsg_allocations_entities.ods",
                HostileBytes.zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", lol));
        assertRejectedWhole(ods, "dsg_allocations_entities.ods");
    }

    @Test
    void csvsInTheWrongEncodingOrWithNulBytesOrAFormulaInEveryCellLoseNoValidRowAndAcceptNoBadOne() {
        String header = "time_period,time_identifier,geographic_level,country_code,country_name";
        // UTF-16: not UTF-8, so the file is rejected whole
        Processed utf16 = Processed.run(
                TIMELINESS,
                "timeliness_20_week_utf16.csv",
                (header + "\n2024,Calendar year\n").getBytes(StandardCharsets.UTF_16));
        assertRejectedWhole(utf16, "timeliness_20_week_utf16.csv");
        // NUL bytes and formulas in every cell: nothing accepted, nothing thrown
        Processed nul = Processed.run(TIMELINESS, "timeliness_20_week_nul.csv", "\u0000\u0000,\u0000\n\u0000\n");
        assertThat(nul.accepted()).isEmpty();
        assertThat(nul.fileProblems().size() + nul.rejected().size()).isPositive();
        Processed formulas = Processed.run(
                TIMELINESS, "timeliness_20_week_formulas.csv", "=1+1,=HYPERLINK(\"x\"),@SUM(A1)\n=1,=2,=3\n");
        assertThat(formulas.accepted()).isEmpty();
        assertThat(formulas.fileProblems().size() + formulas.rejected().size()).isPositive();
    }

    @Test
    void aReaderThatFailsOnWhatItWasGivenRejectsTheFileNotTheRun() {
        // a library's own unchecked exception, as a parser throws on input it was never meant to see
        Source failing = new Source(
                TIMELINESS.id(),
                TIMELINESS.table(),
                TIMELINESS.publisher(),
                TIMELINESS.description(),
                TIMELINESS.fileName(),
                (fileName, in, contract) -> {
                    throw new IllegalStateException("parser state broken at Jane Doe, 2015-03-02");
                },
                TIMELINESS.contract());
        Processed processed = Processed.run(failing, "timeliness_20_week.csv", "anything");
        assertThat(processed.accepted()).isEmpty();
        assertThat(processed.fileRules()).containsExactly("file.unreadable");
        assertThat(processed.fileProblems().get(0).message())
                .isEqualTo("timeliness_20_week.csv could not be read as a dfe.timeliness_20_week file"
                        + " (IllegalStateException)")
                // the failure's own words may quote the file's content: they are never repeated
                .doesNotContain("Jane Doe");
    }
}

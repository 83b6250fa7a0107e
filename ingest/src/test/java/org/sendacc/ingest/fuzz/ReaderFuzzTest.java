package org.sendacc.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.sendacc.ingest.Processed;
import org.sendacc.ingest.SourceCatalog;
import org.sendacc.rules.source.Source;
import org.sendacc.testing.Tiers;

/**
 * Fuzzes each reader, with the contract of a source it serves, through the same path a Spark task takes
 * ({@code FileProcessor}): whatever the bytes, reading a file must end in accepted rows, rejected rows or a rejected
 * file, never an exception, and never more rows accepted than read. Run by {@code benchmarks/fuzz.sh}, which fuzzes
 * each target in turn; Jazzer keeps an input that crashes a target under {@code src/test/resources/.../
 * ReaderFuzzTestInputs/<target>/}, where it stays as a regression case, and the crash goes into the hostile corpus
 * (HostileCorpusTest).
 */
@Tag(Tiers.FUZZ)
class ReaderFuzzTest {
    private static Source source(String id) {
        return SourceCatalog.all().stream()
                .filter(source -> source.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static final Source TIMELINESS = source("dfe.timeliness_20_week");
    private static final Source RECORDS = source("local.ehc_assessment_records");
    private static final Source TRIBUNAL = source("moj.tribunal_appeal_rate");
    private static final Source GROUPS = source("groups.comparison_groups");
    private static final Source INSPECTIONS_MI = source("ofsted.area_send_inspections_2023");
    private static final Source WAITING_LIST = source("nhs.community_waiting_list");
    private static final Source NEIGHBOURS = source("dfe.statistical_neighbours");
    private static final Source DSG = source("esfa.dsg_high_needs");
    private static final Source POPULATION = source("ons.mid_year_population");

    private static void read(Source source, String fileName, byte[] data) {
        Processed processed = Processed.run(source, fileName, data);
        assertThat(processed.accepted().size()
                        + processed.rejected().stream()
                                .map(Processed.Rejected::row)
                                .distinct()
                                .count())
                .isGreaterThanOrEqualTo(processed.accepted().size());
        if (!processed.fileProblems().isEmpty()) {
            assertThat(processed.fileProblems())
                    .allSatisfy(problem -> assertThat(problem.rule()).startsWith("file."));
        }
    }

    @FuzzTest(maxDuration = "60s")
    void eesCsv(byte[] data) {
        read(TIMELINESS, "timeliness_20_week.csv", data);
    }

    @FuzzTest(maxDuration = "60s")
    void localReturnCsv(byte[] data) {
        read(RECORDS, "ehc_assessment_records_E08000035.csv", data);
    }

    /** A local return sent as a workbook (issue 24): the partners' upload page and ingest read it alike. */
    @FuzzTest(maxDuration = "60s")
    void localReturnXlsx(byte[] data) {
        read(RECORDS, "ehc_assessment_records_E08000035.xlsx", data);
    }

    @FuzzTest(maxDuration = "60s")
    void tribunalCsv(byte[] data) {
        read(TRIBUNAL, "send_tribunals_appeal_rate_2019-2025.csv", data);
    }

    @FuzzTest(maxDuration = "60s")
    void comparisonGroupsCsv(byte[] data) {
        read(GROUPS, "comparison_groups.csv", data);
    }

    @FuzzTest(maxDuration = "60s")
    void inspectionsMiCsv(byte[] data) {
        read(INSPECTIONS_MI, "mi_ofsted_winter_2223.csv", data);
    }

    @FuzzTest(maxDuration = "60s")
    void waitingListXlsx(byte[] data) {
        read(WAITING_LIST, "community_health_2024-03-01.xlsx", data);
    }

    @FuzzTest(maxDuration = "60s")
    void neighboursXlsx(byte[] data) {
        read(NEIGHBOURS, "sn_may_2025.xlsx", data);
    }

    @FuzzTest(maxDuration = "60s")
    void dsgOds(byte[] data) {
        read(DSG, "dsg_allocations_2024.ods", data);
    }

    @FuzzTest(maxDuration = "60s")
    void populationXls(byte[] data) {
        read(POPULATION, "mye22final.xls", data);
    }

    /** The names of the fuzz targets, for benchmarks/fuzz.sh. */
    static final List<String> TARGETS = List.of(
            "eesCsv",
            "localReturnCsv",
            "localReturnXlsx",
            "tribunalCsv",
            "comparisonGroupsCsv",
            "inspectionsMiCsv",
            "waitingListXlsx",
            "neighboursXlsx",
            "dsgOds",
            "populationXls");
}

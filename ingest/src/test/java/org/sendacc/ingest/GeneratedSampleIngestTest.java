package org.sendacc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.contract.warehouse.RunSummary;
import org.sendacc.sample.SampleGenerator;
import org.sendacc.testing.Tiers;

/**
 * The synthetic sample, generated for two years and ingested end to end: the rows the generator planted as bad
 * (listed in the README it writes) are exactly the rows rejected, each for the rule it was planted to break, and
 * every other row of every file is accepted.
 */
@Tag(Tiers.SPARK)
class GeneratedSampleIngestTest {
    /** The generator's name for each planted defect, and the ingest rule that must catch it. */
    private static final Map<String, String> RULE_FOR_DEFECT = Map.of(
            "TEXT_IN_COUNT", "value.type",
            "NUMERATOR_ABOVE_DENOMINATOR", "cross.numerator_above_denominator",
            "UNKNOWN_LA_CODE", "la.unknown",
            "DUPLICATE_RECORD_ID", "row.duplicate_id",
            "DECISION_BEFORE_REQUEST", "cross.date_order",
            "FUTURE_REQUEST_DATE", "value.future_date",
            "PERCENT_ABOVE_100", "value.max",
            "UNKNOWN_ICB_CODE", "icb.unknown",
            "NEGATIVE_COUNT", "value.min",
            "CONTACT_AFTER_CENSUS", "cross.date_order");

    @TempDir
    static Path sample;

    @TempDir
    static Path warehouse;

    static RunSummary summary;

    @BeforeAll
    static void generateAndIngest() {
        SampleGenerator.main(new String[] {"--out", sample.toString(), "--from", "2023", "--to", "2024"});
        summary = TestRuns.ingest(sample, warehouse);
    }

    /** "file:line" -> the planted defect, from the table in the generated README. */
    private static Map<String, String> planted() throws IOException {
        Map<String, String> planted = new TreeMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(sample.resolve("README.md"))) {
            if (line.startsWith("## Planted bad rows")) {
                inTable = true;
            } else if (inTable && line.startsWith("## ")) {
                break;
            } else if (inTable && line.startsWith("| ") && !line.startsWith("| file")) {
                String[] cells = line.split("\\|");
                planted.put(cells[1].strip() + ":" + cells[2].strip(), cells[4].strip());
            }
        }
        return planted;
    }

    /** "file:line" -> the rules that row broke, from rejections.csv. */
    private static Map<String, Set<String>> rejected() throws IOException {
        Map<String, Set<String>> rejected = new TreeMap<>();
        Path csv = warehouse.resolve("runs").resolve(summary.runId()).resolve("rejections.csv");
        try (Reader reader = Files.newBufferedReader(csv)) {
            for (CSVRecord record : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                rejected.computeIfAbsent(record.get("file") + ":" + record.get("row"), key -> new TreeSet<>())
                        .add(record.get("rule"));
            }
        }
        return rejected;
    }

    @Test
    void rejectsExactlyThePlantedRowsEachForItsRule() throws IOException {
        Map<String, String> planted = planted();
        Map<String, Set<String>> rejected = rejected();
        // Not planted: the MoJ layout's second England total ("excluding suppressed"), which the tribunal table
        // has no place for and rejects visibly rather than drop.
        String mojTotal = rejected.keySet().stream()
                .filter(row -> row.startsWith("moj/"))
                .findFirst()
                .orElseThrow();
        assertThat(rejected.remove(mojTotal)).containsExactly("row.unmodelled_total");
        assertThat(planted).hasSizeGreaterThanOrEqualTo(8);
        assertThat(rejected.keySet()).isEqualTo(planted.keySet());
        Map<String, String> expectedRules = new HashMap<>();
        planted.forEach((row, defect) -> expectedRules.put(row, RULE_FOR_DEFECT.get(defect)));
        expectedRules.forEach(
                (row, rule) -> assertThat(rejected.get(row)).as(row).contains(rule));
    }

    @Test
    void ingestsEverySourceOfTheSampleAndLabelsItSynthetic() {
        assertThat(summary.synthetic()).isTrue();
        assertThat(summary.sources().stream().map(source -> source.table()).toList())
                .containsExactlyInAnyOrder(
                        "comparison_groups",
                        "dfe_ap_census",
                        "d2i_area_send_inspections",
                        "d2i_send_attendance",
                        "dfe_caseload",
                        "dfe_dsg_cumulative_balance",
                        "dfe_ks4_characteristics",
                        "dfe_nccis_neet",
                        "dfe_personal_budgets",
                        "dfe_requests",
                        "dfe_sen2_dmo_dco",
                        "dfe_sen2_mi",
                        "dfe_timeliness_20_week",
                        "esfa_dsg_high_needs",
                        "hmt_gdp_deflator",
                        "ofsted_area_send_inspections_2016",
                        "ofsted_area_send_inspections_2023",
                        "local_ehc_assessment_records",
                        "local_ep_workforce",
                        "local_health_advice_requests",
                        "local_slt_workforce",
                        "local_therapy_referrals",
                        "moj_tribunal_appeal_rate",
                        "nhs_autism_statistics",
                        "nhs_community_waiting_list");
        assertThat(summary.rejected()).isEqualTo(summary.rowsRead() - summary.accepted());
        assertThat(summary.skippedFiles()).containsExactlyInAnyOrder("README.md", "nhs/etr.csv");
    }

    @Test
    void keepsTheAcceptedRowsOfEveryTable() {
        for (var source : summary.sources()) {
            assertThat(TestRuns.table(warehouse, source.table()).count())
                    .as(source.table())
                    .isEqualTo(source.accepted())
                    .isPositive();
        }
    }
}

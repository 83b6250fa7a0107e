package org.sendacc.ingest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.contract.warehouse.FileSummary;
import org.sendacc.contract.warehouse.RunSummary;
import org.sendacc.ingest.TestRuns;
import org.sendacc.ingest.TimelinessRows;
import org.sendacc.ingest.source.Resubmissions;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * The hostile corpus: more than 40 malformed or hostile files, for every reader (CSV, XLSX, ODS, XLS), ingested in one
 * real run beside valid files (real publications and local returns). Each case's expected outcome was worked out by
 * hand from the file and docs/warehouse.md: the file rejected whole with a file-level rule, or some rows rejected with
 * row rules and the others kept. The valid files must come out of that run exactly as they do from a run of their own
 * (same rows accepted, same checksum): nothing valid is lost because of a hostile neighbour. The fuzz script
 * (benchmarks/fuzz.sh) adds to this corpus any input on which a reader crashes.
 */
@Tag(Tiers.SPARK)
@Tag(Tiers.REAL_DATA)
class HostileCorpusTest {
    private static final String TIMELINESS = "timeliness_20_week.csv";
    private static final String RECORDS_HEADER = "record_id,la_code,date_of_birth,request_date,decision_date,decision,"
            + "plan_issue_date,assessment_outcome,exception";
    private static final String ADVICE_HEADER = "request_id,la_code,icb_ods_code,request_date,response_date,exception";
    private static final String REFERRALS_HEADER =
            "referral_id,icb_ods_code,service,referral_date,first_contact_date,census_date";

    /** An assessment record of the given LA: requested, assessed and a plan issued within 20 weeks in 2024. */
    private static String record(String id, String la) {
        return id + "," + la + ",2015-03-02,2024-01-10,2024-02-15,assess,2024-05-20,plan_issued,N";
    }

    private static String referral(String id, String icb) {
        return id + "," + icb + ",slt,2024-01-10,2024-03-01,2024-03-31";
    }

    /** What a case must come to. */
    private record Expected(long accepted, Set<String> fileRules, Set<String> rowRules) {
        static Expected wholeFile(String rule) {
            return new Expected(0, Set.of(rule), Set.of());
        }

        static Expected rows(long accepted, String... rowRules) {
            return new Expected(accepted, Set.of(), Set.of(rowRules));
        }

        static Expected rowsThenFile(long accepted, String fileRule) {
            return new Expected(accepted, Set.of(fileRule), Set.of());
        }
    }

    private record Case(String path, byte[] content, Expected expected) {}

    private static final List<Case> CASES = new ArrayList<>();
    private static final Map<String, Path> VALID = new LinkedHashMap<>();

    @TempDir
    static Path validOnly;

    @TempDir
    static Path corpus;

    @TempDir
    static Path validWarehouse;

    @TempDir
    static Path corpusWarehouse;

    static RunSummary validRun;
    static RunSummary corpusRun;
    static Map<String, List<CSVRecord>> rejections;

    private static void add(String name, String fileName, byte[] content, Expected expected) {
        CASES.add(new Case(
                "cases/" + String.format("%02d", CASES.size() + 1) + "-" + name + "/" + fileName, content, expected));
    }

    private static void add(String name, String fileName, String content, Expected expected) {
        add(name, fileName, content.getBytes(StandardCharsets.UTF_8), expected);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] garbage() {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        return bytes;
    }

    private static void valid(Path source, String target) {
        VALID.put(target, source);
    }

    @BeforeAll
    static void ingestTheValidFilesAloneThenWithTheCorpus() throws IOException {
        Path nhs = RealData.folder("nhs-community-health-editions").resolve("community_health_2023-03-01.xlsx");
        Path neighbours = RealData.folder("dfe-statistical-neighbours").resolve("sn_may_2025.xlsx");
        Path dsg = RealData.folder("dfe-funding").resolve("dedicated-schools-grant_2024_07_20.ods");
        valid(RealData.folder("dfe-ehcp-2025").resolve(TIMELINESS), "valid/" + TIMELINESS);
        valid(
                RealData.folder("dfe-ehcp-2025").resolve("send_tribunals_appeal_rate_2014-2024.csv"),
                "valid/send_tribunals_appeal_rate_2014-2024.csv");
        valid(nhs, "valid/community_health_2023-03-01.xlsx");
        valid(neighbours, "valid/sn_may_2025.xlsx");
        valid(dsg, "valid/dedicated-schools-grant_2024_07_20.ods");
        valid(
                RealData.folder("dfe-send-programmes").resolve("send_funding_programme_las.csv"),
                "valid/send_funding_programme_las.csv");
        valid(
                RealData.folder("ofsted-area-send-inspections").resolve("mi_ofsted_winter_2223.csv"),
                "valid/mi_ofsted_winter_2223.csv");
        Path returns = Files.createTempDirectory(validOnly, "returns");
        Files.writeString(
                returns.resolve("ehc_assessment_records_E08000036.csv"),
                String.join("\n", RECORDS_HEADER, record("V0001", "E08000036"), record("V0002", "E08000036")) + "\n");
        Files.writeString(
                returns.resolve("therapy_referrals_QWO.csv"),
                String.join("\n", REFERRALS_HEADER, referral("T0001", "QWO"), referral("T0002", "QWO")) + "\n");
        valid(returns.resolve("ehc_assessment_records_E08000036.csv"), "valid/ehc_assessment_records_E08000036.csv");
        valid(returns.resolve("therapy_referrals_QWO.csv"), "valid/therapy_referrals_QWO.csv");

        String good = TimelinessRows.HEADER + "\n" + TimelinessRows.ROW + "\n";
        // EES tidy CSV (DelimitedTableReader)
        add("empty", TIMELINESS, "", Expected.wholeFile("file.empty"));
        add("header-only", TIMELINESS, TimelinessRows.HEADER + "\n", Expected.wholeFile("file.no_data_rows"));
        add("semicolons", TIMELINESS, good.replace(',', ';'), Expected.wholeFile("file.delimiter"));
        add(
                "missing-column",
                TIMELINESS,
                good.replace(",plans_issued_den_ex,", ",plans_issued_den_x,"),
                Expected.wholeFile("file.missing_columns"));
        add("utf16", TIMELINESS, good.getBytes(StandardCharsets.UTF_16), Expected.wholeFile("file.missing_columns"));
        add(
                "utf16le-no-bom",
                TIMELINESS,
                good.getBytes(StandardCharsets.UTF_16LE),
                Expected.wholeFile("file.missing_columns"));
        add("nul-bytes", TIMELINESS, "\u0000\u0000,\u0000\n\u0000\n", Expected.wholeFile("file.missing_columns"));
        add(
                "nul-in-a-cell",
                TIMELINESS,
                good + TimelinessRows.ROW.replace("Darlington", "Darl\u0000ington") + "\n",
                Expected.rows(2));
        add(
                "formula-in-every-cell",
                TIMELINESS,
                TimelinessRows.HEADER + "\n" + "=1+1,".repeat(25) + "=HYPERLINK(\"http://x\")\n",
                Expected.rows(0, "value.type"));
        add(
                "line-of-20-million-characters",
                TIMELINESS,
                good + "2024," + "9".repeat(20_000_000) + "\n" + TimelinessRows.ROW + "\n",
                Expected.rowsThenFile(1, "file.malformed"));
        add(
                "mixed-line-endings",
                TIMELINESS,
                TimelinessRows.HEADER + "\r\n" + TimelinessRows.ROW + "\n" + TimelinessRows.ROW + "\r"
                        + TimelinessRows.ROW + "\r\n",
                Expected.rows(3));
        add("bom-and-crlf", TIMELINESS, "\uFEFF" + good.replace("\n", "\r\n"), Expected.rows(1));
        add(
                "duplicate-header-names",
                TIMELINESS,
                TimelinessRows.HEADER + ",plans_issued_den\n" + TimelinessRows.ROW + ",100\n" + TimelinessRows.ROW
                        + ",99\n",
                Expected.rows(1, "row.duplicate_column_conflict"));
        add(
                "header-repeated",
                TIMELINESS,
                good + TimelinessRows.HEADER + "\n" + TimelinessRows.ROW + "\n",
                Expected.rows(2, "row.repeated_header"));
        add(
                "truncated-row",
                TIMELINESS,
                good + TimelinessRows.ROW.substring(0, 80) + "\n",
                Expected.rows(1, "row.field_count"));
        add(
                "stray-delimiter",
                TIMELINESS,
                good + TimelinessRows.ROW.replace("Darlington", "Darling,ton") + "\n",
                Expected.rows(1, "row.field_count"));
        add(
                "windows-1252",
                TIMELINESS,
                (good + TimelinessRows.ROW.replace("Darlington", "Darlingt\u00f6n") + "\n")
                        .getBytes(Charset.forName("windows-1252")),
                Expected.rows(1, "row.encoding"));
        add(
                "unterminated-quote",
                TIMELINESS,
                good + TimelinessRows.ROW.replace("Darlington", "\"Darlington") + "\n",
                Expected.rowsThenFile(1, "file.malformed"));
        // one header field holding a ';' (it is random): taken for another delimiter, which rejects it whole as well
        add("random-bytes", TIMELINESS, garbage(), Expected.wholeFile("file.delimiter"));
        add("gzip-named-csv", TIMELINESS, gzip(good), Expected.wholeFile("file.missing_columns"));
        add(
                "negative-count",
                TIMELINESS,
                good + TimelinessRows.ROW.replace(",100,90,", ",-100,90,") + "\n",
                Expected.rows(1, "value.min"));
        add(
                "future-period",
                TIMELINESS,
                good + TimelinessRows.ROW.replaceFirst("^2024", "2031") + "\n",
                Expected.rows(1, "period.future"));

        // local returns (DelimitedTableReader and the returns' contracts)
        add(
                "return-for-another-la",
                "ehc_assessment_records_E08000035.csv",
                String.join(
                                "\n",
                                RECORDS_HEADER,
                                record("R0001", "E08000035"),
                                record("R0002", "E06000005"),
                                record("R0003", "E08000035"),
                                record("R0004", "E06000005"))
                        + "\n",
                Expected.rows(2, "row.other_sender"));
        add(
                "return-for-another-icb",
                "therapy_referrals_QHM.csv",
                String.join("\n", REFERRALS_HEADER, referral("T0001", "QHM"), referral("T0002", "QWO")) + "\n",
                Expected.rows(1, "row.other_sender"));
        add(
                "return-with-an-old-code-of-its-la",
                "ehc_assessment_records_E08000038.csv",
                String.join("\n", RECORDS_HEADER, record("R0001", "E08000016"), record("R0002", "E08000038")) + "\n",
                Expected.rows(2));
        add(
                "resubmission",
                "ehc_assessment_records_E06000001_2025-06-01.csv",
                String.join("\n", RECORDS_HEADER, record("R0001", "E06000001"), record("R0002", "E06000001")) + "\n",
                Expected.wholeFile(Resubmissions.SUPERSEDED));
        CASES.add(new Case(
                CASES.get(CASES.size() - 1).path().replace("2025-06-01", "2025-07-15"),
                utf8(String.join("\n", RECORDS_HEADER, record("R0001", "E06000001")) + "\n"),
                Expected.rows(1)));
        // found by benchmarks/fuzz.sh: a row for another LA with a request date in the future failed the whole run
        add(
                "return-for-another-la-in-the-future",
                "ehc_assessment_records_E08000034.csv",
                String.join(
                                "\n",
                                RECORDS_HEADER,
                                record("R0001", "E08000033").replace("2024-01-10", "2064-01-10"),
                                record("R0002", "E08000034"))
                        + "\n",
                Expected.rows(1, "value.future_date", "row.other_sender"));
        add(
                "duplicate-ids",
                "ehc_assessment_records_E06000002.csv",
                String.join("\n", RECORDS_HEADER, record("R0001", "E06000002"), record("R0001", "E06000002")) + "\n",
                Expected.rows(1, "row.duplicate_id"));
        add(
                "date-of-birth-not-a-date",
                "ehc_assessment_records_E06000003.csv",
                String.join("\n", RECORDS_HEADER, record("R0001", "E06000003").replace("2015-03-02", "02/03/15"))
                        + "\n",
                Expected.rows(0, "value.type"));
        add(
                "advice-from-an-unknown-icb",
                "health_advice_requests_E06000004.csv",
                String.join(
                                "\n",
                                ADVICE_HEADER,
                                "H0001,E06000004,QZZ,2024-02-15,2024-03-20,N",
                                "H0002,E06000004,QHM,2024-02-15,2024-03-20,N")
                        + "\n",
                Expected.rows(1, "icb.unknown"));

        // other CSV readers: MoJ's tribunal table, comparison groups, Ofsted's management information
        add("tribunal-empty", "send_tribunals_appeal_rate_2019.csv", "", Expected.wholeFile("file.empty"));
        add(
                "tribunal-random-bytes",
                "send_tribunals_appeal_rate_2020.csv",
                garbage(),
                Expected.wholeFile("file.layout"));
        add(
                "groups-unterminated-quote",
                "comparison_groups_broken.csv",
                "programme,la_name,group,role,agreement_or_start_year,evidence,source_url,as_at_date,note\n"
                        + "safety_valve,\"Bristol,,,2023-2024,direct,,2026-04-01,\n",
                Expected.wholeFile("file.malformed"));
        // found by benchmarks/fuzz.sh: a header that commons-csv cannot read failed the whole run
        add(
                "groups-header-with-an-unterminated-quote",
                "comparison_groups_header.csv",
                "programme,\"la_name\nsafety_valve,Bristol\n",
                Expected.wholeFile("file.malformed"));
        add(
                "inspections-mi-header-with-text-after-a-quote",
                "mi_ofsted_header.csv",
                "\"\",\"Local.area.partnership\"x,\"Inspection.start.date\"\n\"1\",\"Leeds\",\"27/03/2023\"\n",
                Expected.wholeFile("file.malformed"));
        add("inspections-mi-random-bytes", "mi_ofsted_broken.csv", garbage(), Expected.wholeFile("file.layout"));

        // XLSX: NHS England's waiting lists, DfE's statistical neighbours, the inspections scrape
        add(
                "xlsx-text",
                "community_health_2024-01-01.xlsx",
                utf8("this is not a workbook\u0000\u0001"),
                Expected.wholeFile("file.unreadable"));
        add(
                "xlsx-empty-zip",
                "community_health_2024-02-01.xlsx",
                HostileBytes.zip(),
                Expected.wholeFile("file.unreadable"));
        add(
                "xlsx-zip-bomb",
                "community_health_2024-03-01.xlsx",
                HostileBytes.zipBomb("xl/workbook.xml"),
                Expected.wholeFile("file.unreadable"));
        add(
                "xlsx-entity-expansion",
                "community_health_2024-04-01.xlsx",
                HostileBytes.zip(
                        "[Content_Types].xml",
                        HostileBytes.ENTITY_EXPANSION + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                                + "content-types\">&lol4;</Types>",
                        "xl/workbook.xml",
                        "<workbook/>"),
                Expected.wholeFile("file.unreadable"));
        add(
                "xlsx-of-another-publication",
                "community_health_2024-05-01.xlsx",
                Files.readAllBytes(neighbours),
                Expected.wholeFile("file.layout"));
        add("neighbours-xlsx-text", "sn_may_2023.xlsx", utf8("not a workbook"), Expected.wholeFile("file.unreadable"));
        add(
                "neighbours-xlsx-of-another-publication",
                "sn_may_2024.xlsx",
                Files.readAllBytes(nhs),
                Expected.wholeFile("file.layout"));
        add(
                "scrape-xlsx-zip-bomb",
                "ofsted_csc_send_overview_2024.xlsx",
                HostileBytes.zipBomb("xl/workbook.xml"),
                Expected.wholeFile("file.unreadable"));

        // ODS: DfE's DSG allocations, Ofsted's area SEND inspections 2016-2022
        add("ods-text", "dsg_allocations_2024.ods", utf8("not a spreadsheet"), Expected.wholeFile("file.unreadable"));
        add(
                "ods-zip-bomb",
                "dsg_allocations_bomb.ods",
                HostileBytes.zipBomb("content.xml"),
                Expected.wholeFile("file.unreadable"));
        add(
                "ods-entity-expansion",
                "dsg_allocations_entities.ods",
                HostileBytes.zip(
                        "mimetype",
                        "application/vnd.oasis.opendocument.spreadsheet",
                        "content.xml",
                        HostileBytes.ENTITY_EXPANSION + "<office:document-content>&lol4;</office:document-content>"),
                Expected.wholeFile("file.unreadable"));
        add(
                "ods-that-is-an-xlsx",
                "dsg_allocations_xlsx.ods",
                Files.readAllBytes(neighbours),
                Expected.wholeFile("file.unreadable"));
        add(
                "inspections-ods-random-bytes",
                "Area_SEND_inspection_broken.ods",
                garbage(),
                Expected.wholeFile("file.unreadable"));

        // XLS (and XLSX) of ONS's mid-year estimates
        add("xls-text", "mye22final.xls", utf8("not a workbook"), Expected.wholeFile("file.unreadable"));
        add(
                "xls-that-is-an-xlsx",
                "mye23final.xls",
                Files.readAllBytes(neighbours),
                Expected.wholeFile("file.unreadable"));
        add(
                "mye-xlsx-zip-bomb",
                "mye21final.xlsx",
                HostileBytes.zipBomb("xl/workbook.xml"),
                Expected.wholeFile("file.unreadable"));

        for (var entry : VALID.entrySet()) {
            Path target = validOnly.resolve("input").resolve(entry.getKey());
            Files.createDirectories(target.getParent());
            Files.copy(entry.getValue(), target);
            Path inCorpus = corpus.resolve(entry.getKey());
            Files.createDirectories(inCorpus.getParent());
            Files.copy(entry.getValue(), inCorpus);
        }
        for (Case hostile : CASES) {
            Path target = corpus.resolve(hostile.path());
            Files.createDirectories(target.getParent());
            Files.write(target, hostile.content());
        }
        validRun = TestRuns.ingest(validOnly.resolve("input"), validWarehouse);
        corpusRun = TestRuns.ingest(corpus, corpusWarehouse);
        try (Reader reader = Files.newBufferedReader(
                corpusWarehouse.resolve("runs").resolve(corpusRun.runId()).resolve("rejections.csv"))) {
            rejections =
                    CSVFormat.RFC4180
                            .builder()
                            .setHeader()
                            .setSkipHeaderRecord(true)
                            .get()
                            .parse(reader)
                            .getRecords()
                            .stream()
                            .collect(Collectors.groupingBy(record -> record.get("file")));
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(bytes)) {
            gzip.write(utf8(text));
        }
        return bytes.toByteArray();
    }

    private static Map<String, FileSummary> files(RunSummary run) {
        return run.sources().stream()
                .flatMap(source -> source.files().stream())
                .collect(Collectors.toMap(FileSummary::file, Function.identity()));
    }

    @Test
    void theCorpusHasMoreThanFortyCasesForEveryReader() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(40);
        assertThat(CASES.stream()
                        .map(hostile -> hostile.path().replaceFirst(".*\\.", ""))
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("csv", "xlsx", "ods", "xls");
    }

    @Test
    void everyCaseComesToItsExpectedRejectionAndNothingThrows() {
        assertThat(corpusRun.status()).isEqualTo(RunSummary.COMMITTED);
        Map<String, FileSummary> files = files(corpusRun);
        List<String> wrong = new ArrayList<>();
        for (Case hostile : CASES) {
            FileSummary summary = files.get(hostile.path());
            if (summary == null) {
                wrong.add(hostile.path() + ": not ingested by any source");
                continue;
            }
            List<CSVRecord> problems = rejections.getOrDefault(hostile.path(), List.of());
            Set<String> fileRules = new TreeSet<>();
            Set<String> rowRules = new TreeSet<>();
            for (CSVRecord problem : problems) {
                (problem.get("row").isEmpty() ? fileRules : rowRules).add(problem.get("rule"));
            }
            Expected expected = hostile.expected();
            if (summary.accepted() != expected.accepted()
                    || !fileRules.equals(expected.fileRules())
                    || !rowRules.containsAll(expected.rowRules())
                    || (expected.rowRules().isEmpty() && !rowRules.isEmpty())) {
                wrong.add(hostile.path() + ": accepted " + summary.accepted() + ", file rules " + fileRules
                        + ", row rules " + rowRules + "; expected " + expected);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theValidFilesLoseNothingBesideTheCorpus() {
        Map<String, FileSummary> alone = files(validRun);
        Map<String, FileSummary> beside = files(corpusRun);
        assertThat(alone).hasSize(VALID.size());
        for (String name : VALID.keySet()) {
            FileSummary before = alone.get(name.replaceFirst("^valid/", "valid/"));
            FileSummary after = beside.get(name);
            assertThat(after).as(name).isEqualTo(before);
            assertThat(after.accepted()).as(name).isPositive();
        }
        assertThat(beside.get("valid/ehc_assessment_records_E08000036.csv").accepted())
                .isEqualTo(2);
        assertThat(beside.get("valid/therapy_referrals_QWO.csv").accepted()).isEqualTo(2);
    }

    @Test
    void aResubmissionIsTheOnlyOneReadAndTheAuditKeepsBoth() {
        Map<String, FileSummary> files = files(corpusRun);
        String earlier = CASES.stream()
                .map(Case::path)
                .filter(path -> path.endsWith("_2025-06-01.csv"))
                .findFirst()
                .orElseThrow();
        String later = earlier.replace("2025-06-01", "2025-07-15");
        assertThat(files.get(earlier).rowsRead()).isZero();
        assertThat(files.get(earlier).sha256())
                .hasSize(64)
                .isNotEqualTo(files.get(later).sha256());
        assertThat(files.get(earlier).fileProblems()).singleElement().asString().contains(later);
        assertThat(files.get(later).accepted()).isEqualTo(1);
    }
}

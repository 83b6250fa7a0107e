package org.sendacc.server.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendacc.server.partner.PartnerSite.HARTLEPOOL_ANALYST;
import static org.sendacc.server.partner.PartnerSite.MIDDLESBROUGH_ANALYST;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.server.account.AuditLog;
import org.sendacc.testing.HostileFiles;

/**
 * {@code /returns}, as a submitter uses it and as an attacker tries it (docs/security.md, "Returns"). Hartlepool's
 * submitter sends health advice requests (the template of docs/local-returns.md); Middlesbrough's account is a viewer.
 */
class ReturnsUploadTest {
    private static final String HEADER = "request_id,la_code,icb_ods_code,request_date,response_date,exception";
    /** Rows 2 and 9 are right; rows 3 to 8 each break one rule (worked out from the template, by hand). */
    private static final String WITH_ERRORS = String.join(
            "\n",
            HEADER,
            "H0001,E06000001,QHM,2025-01-06,2025-02-03,N",
            "H0002,E06000001,QHM,2025-13-01,,N",
            "H0003,E06000002,QHM,2025-01-08,,N",
            "H0004,E06000001,QZZ,2025-01-09,,N",
            "H0005,E06000001,QHM,2025-01-10,2025-01-01,N",
            "H0001,E06000001,QHM,2025-01-11,,N",
            "H0006,E06000001,QHM,2025-01-12,,maybe",
            "H0007,E06000001,QHM,2025-01-13,2025-02-10,Y",
            "");

    private static final String CORRECTED = String.join(
            "\n",
            HEADER,
            "H0001,E06000001,QHM,2025-01-06,2025-02-03,N",
            "H0002,E06000001,QHM,2025-01-07,,N",
            "H0003,E06000001,QHM,2025-01-08,,N",
            "H0004,E06000001,QHM,2025-01-09,,N",
            "H0005,E06000001,QHM,2025-01-10,2025-02-01,N",
            "H0008,E06000001,QHM,2025-01-11,,N",
            "H0006,E06000001,QHM,2025-01-12,,Y",
            "H0007,E06000001,QHM,2025-01-13,2025-02-10,Y",
            "");

    @TempDir
    Path warehouse;

    @TempDir
    Path inbox;

    private PartnerSite site;
    private String session;

    @BeforeEach
    void start() {
        site = new PartnerSite(warehouse, inbox);
        session = site.session(HARTLEPOOL_ANALYST);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String csrf(String cookie) {
        return PartnerSite.csrf(site.get("/returns", "Cookie", cookie));
    }

    private HttpResponse<String> send(String cookie, String fileName, byte[] bytes, String... extraFields) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", csrf(cookie));
        fields.put("return", "health_advice_requests");
        for (int i = 0; i < extraFields.length; i += 2) {
            fields.put(extraFields[i], extraFields[i + 1]);
        }
        return site.upload(fields, fileName, bytes, "Cookie", cookie);
    }

    private List<Path> stored() throws IOException {
        Path folder = inbox.resolve(ReturnsInbox.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void eachPlantedErrorIsReportedThenTheCorrectedFileIsAcceptedAndStored() throws IOException {
        HttpResponse<String> rejected = send(session, "advice.csv", WITH_ERRORS.getBytes(StandardCharsets.UTF_8));
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.body())
                .contains("6 problems: the file was not stored")
                .contains("8 rows read, 2 without a problem")
                .contains("data-row=\"3\" data-column=\"request_date\" data-rule=\"value.type\"")
                .contains("data-row=\"4\" data-column=\"la_code\" data-rule=\"row.other_sender\"")
                .contains("data-row=\"5\" data-column=\"icb_ods_code\" data-rule=\"icb.unknown\"")
                .contains("data-row=\"6\" data-column=\"response_date\" data-rule=\"cross.date_order\"")
                .contains("data-row=\"7\" data-column=\"request_id\" data-rule=\"row.duplicate_id\"")
                .contains("data-row=\"8\" data-column=\"exception\" data-rule=\"value.type\"");
        assertThat(stored()).isEmpty();
        // the report as a CSV, for this account only
        String report = rejected.body().replaceAll("(?s).*href=\"(/returns/report\\.csv\\?id=[^\"]+)\".*", "$1");
        HttpResponse<String> csv = site.get(report, "Cookie", session);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).contains("text/csv; charset=utf-8");
        assertThat(csv.body().lines()).hasSize(7).first().isEqualTo("file,row,column,rule,value,message");
        assertThat(csv.body()).contains(",3,request_date,value.type,2025-13-01,");
        assertThat(site.get(report, "Cookie", site.session(MIDDLESBROUGH_ANALYST))
                        .statusCode())
                .isEqualTo(404);

        byte[] corrected = CORRECTED.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> accepted = send(session, "advice-fixed.csv", corrected);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body())
                .contains("Return accepted")
                .contains("8 rows, every one meeting every rule")
                .contains("The next batch run, at 02:00 on");
        List<Path> files = stored();
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).matches("health_advice_requests_E06000001_\\d{8}T\\d{9}Z\\.csv");
            assertThat(Files.readAllBytes(file)).isEqualTo(corrected);
        });
        // received when the stored name says (UTC), shown in UK time
        String stamp = files.get(0).getFileName().toString().replaceAll(".*_(\\d{8}T\\d{6})\\d{3}Z\\.csv", "$1");
        java.time.LocalDateTime received =
                java.time.LocalDateTime.parse(stamp, java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
        String shown = java.time.ZonedDateTime.of(received, java.time.ZoneOffset.UTC)
                .withZoneSameInstant(java.time.ZoneId.of("Europe/London"))
                .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", java.util.Locale.UK));
        assertThat(site.get("/returns", "Cookie", session).body())
                .contains(files.get(0).getFileName().toString())
                .contains("Received (UK time)")
                .contains(shown);
        assertThat(site.audit())
                .extracting(AuditLog.Entry::event)
                .containsSubsequence("upload_rejected", "upload_accepted");
    }

    @Test
    void anLaCannotSendForAnotherLa() throws IOException {
        HttpResponse<String> named =
                send(session, "advice.csv", CORRECTED.getBytes(StandardCharsets.UTF_8), "organisation", "E06000002");
        assertThat(named.statusCode()).isEqualTo(403);
        // nor by writing another LA's rows into its own file: each is refused by the rules
        String others = CORRECTED.replace(",E06000001,", ",E06000002,");
        HttpResponse<String> rows = send(session, "advice.csv", others.getBytes(StandardCharsets.UTF_8));
        assertThat(rows.statusCode()).isEqualTo(422);
        assertThat(rows.body()).contains("8 problems").contains("row.other_sender");
        assertThat(stored()).isEmpty();
        assertThat(site.audit())
                .filteredOn(entry -> entry.event().equals("access_denied"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.detail()).isEqualTo("tried to send a return for E06000002"));
    }

    @Test
    void aViewerCannotSendAndNobodyCanWithoutASessionOrTheFormsToken() throws IOException {
        String viewer = site.session(MIDDLESBROUGH_ANALYST);
        assertThat(send(viewer, "a.csv", CORRECTED.getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(403);
        assertThat(site.upload(
                                Map.of("return", "health_advice_requests"),
                                "a.csv",
                                CORRECTED.getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(401);
        assertThat(site.get("/returns").statusCode()).isEqualTo(303);
        assertThat(site.upload(
                                Map.of("return", "health_advice_requests"),
                                "a.csv",
                                CORRECTED.getBytes(StandardCharsets.UTF_8),
                                "Cookie",
                                session)
                        .statusCode())
                .isEqualTo(403);
        assertThat(stored()).isEmpty();
    }

    @Test
    void anOversizedFileIsRefusedWithAClearMessage() throws IOException {
        byte[] big = new byte[(int) ReturnsController.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        HttpResponse<String> answer = send(session, "big.csv", big);
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("The file is larger than 10 MB, the most this server takes");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aZipBombNamedXlsxIsRefusedWithAClearMessage() throws IOException {
        byte[] bomb = HostileFiles.zipBombWorkbook(500);
        HttpResponse<String> answer = send(session, "advice.xlsx", bomb);
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("as a zip bomb&#39;s do");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aCsvWithFormulasIsRefusedWithAClearMessage() throws IOException {
        String formulas = CORRECTED
                .replace("H0003,E06000001", "=HYPERLINK(\"http://evil.example\"),E06000001")
                .replace("2025-01-09,,N", "2025-01-09,@SUM(1+1),N");
        HttpResponse<String> answer = send(session, "advice.csv", formulas.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body())
                .contains("data-row=\"4\" data-column=\"request_id\" data-rule=\"value.formula\"")
                .contains("data-row=\"5\" data-column=\"response_date\" data-rule=\"value.formula\"")
                .contains("holds a spreadsheet formula: send values only");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aFileThatIsNeitherCsvNorXlsxIsRefusedByItsContentNotItsName() throws IOException {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> answer = send(session, "advice.csv", pdf);
        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.body())
                .contains("The file is neither a CSV nor an Excel workbook (.xlsx): it is a PDF file.");
        // and an .xlsx named .csv is read as the workbook it is
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String[] lines = CORRECTED.split("\n");
            var sheet = book.createSheet("Return");
            for (int r = 0; r < lines.length; r++) {
                String[] cells = lines[r].split(",", -1);
                var row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            book.write(out);
            workbook = out.toByteArray();
        }
        HttpResponse<String> accepted = send(session, "advice.csv", workbook);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(stored())
                .singleElement()
                .satisfies(file -> assertThat(file.toString()).endsWith(".xlsx"));
    }

    @Test
    void nothingFromAnUploadAppearsInTheLog() throws IOException {
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            send(
                    session,
                    "secret-name-Q7.csv",
                    WITH_ERRORS.replace("H0005", "SECRET-ID-Q7").getBytes(StandardCharsets.UTF_8));
            send(
                    session,
                    "secret-name-Q7.csv",
                    CORRECTED.replace("H0005", "SECRETIDQ7").getBytes(StandardCharsets.UTF_8));
            send(
                    session,
                    "secret-name-Q7.xlsx",
                    "PK\u0003\u0004 SECRET-ID-Q7 broken".getBytes(StandardCharsets.ISO_8859_1));
        } finally {
            System.setErr(original);
        }
        assertThat(log.toString(StandardCharsets.UTF_8))
                .doesNotContain("SECRET")
                .doesNotContain("secret-name");
        assertThat(site.audit())
                .allSatisfy(entry -> assertThat(entry.toString()).doesNotContain("SECRET"));
    }
}

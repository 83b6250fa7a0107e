package org.sendacc.server.partner;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sendacc.reference.ReferenceData;
import org.sendacc.rules.returns.LocalReturnContracts;
import org.sendacc.rules.source.Source;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;
import org.sendacc.server.ServerOptions;
import org.sendacc.server.account.Account;
import org.sendacc.server.account.AuditLog;
import org.sendacc.server.account.Organisation;
import org.sendacc.server.account.Sessions;
import org.sendacc.server.account.Submissions;
import org.sendacc.server.account.Tokens;

/**
 * {@code /returns}: a signed-in submitter sends its organisation's local returns (docs/security.md, "Returns"). The
 * file is checked at once with ingest's own rules ({@link Screening}); only a file with no problem is stored, in the
 * input folder the batch run reads ({@link ReturnsInbox}), and recorded with its checksum, sender and time. The
 * organisation is always the session's: a request cannot name another.
 */
public final class ReturnsController {
    public static final String RETURNS = "/returns";
    public static final String REPORT = "/returns/report.csv";
    /** The largest file taken (10 MB): a year of an LA's person-level records is well under 2 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK);
    /** Reports kept for their accounts to download, the latest first. */
    private static final int KEPT_REPORTS = 50;

    private final PartnerRequests requests;
    private final Optional<ServerOptions.ReturnsOptions> options;
    private final ReferenceData reference;
    private final Map<String, Kept> reports = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > KEPT_REPORTS;
        }
    });

    /** A screening's CSV report, for the account that sent the file only. */
    private record Kept(String accountId, String fileName, byte[] csv) {}

    ReturnsController(
            PartnerRequests requests, Optional<ServerOptions.ReturnsOptions> options, ReferenceData reference) {
        this.requests = requireNonNull(requests, "requests is null");
        this.options = requireNonNull(options, "options is null");
        this.reference = requireNonNull(reference, "reference is null");
    }

    /** The returns an organisation sends, by its kind. */
    static List<Source> returnsOf(Organisation organisation) {
        return organisation.kind() == Organisation.Kind.LA
                ? LocalReturnContracts.sentByLas()
                : LocalReturnContracts.sentByIcbs();
    }

    /** {@code GET /returns}: the form, and the organisation's accepted returns. */
    public void page(Context context) {
        PartnerAccounts partners = requests.configured(context);
        Optional<Sessions.Current> session = requests.current(context, partners);
        if (session.isEmpty()) {
            context.redirect(PartnerController.SIGN_IN, HttpStatus.SEE_OTHER);
            return;
        }
        requests.render(context, 200, "returns", model(partners, session.get(), null, null));
    }

    /** {@code POST /returns}: checks the upload and, when it has no problem, stores it. */
    public void upload(Context context) {
        PartnerAccounts partners = requests.configured(context);
        Sessions.Current session = requests.signedIn(context, partners);
        Account account = session.account();
        ServerOptions.ReturnsOptions returns = options.orElseThrow(() -> new DashboardException(
                ErrorCategory.NOT_FOUND, "This server does not take local returns: it has no input folder"));
        if (!account.maySubmit()) {
            requests.audit(context, partners, account, AuditLog.Event.ACCESS_DENIED, "a viewer tried to send a return");
            throw new DashboardException(
                    ErrorCategory.FORBIDDEN, "Your account may view its organisation's figures but not send returns");
        }
        // the body is read once Jetty has parsed it, within its size limits: the token first
        UploadedFile file = uploadedFile(context);
        PartnerRequests.requireFormToken(session.csrfToken(), context.formParam(PartnerRequests.CSRF_FIELD));
        String named = context.formParam("organisation");
        if (named != null
                && !named.strip().equalsIgnoreCase(account.organisation().code())) {
            requests.audit(
                    context,
                    partners,
                    account,
                    AuditLog.Event.ACCESS_DENIED,
                    "tried to send a return for " + PartnerRequests.named(named));
            throw new DashboardException(
                    ErrorCategory.FORBIDDEN,
                    "You are signed in for " + account.organisation().label() + ": you can send its returns only");
        }
        String returnName = Optional.ofNullable(context.formParam("return")).orElse("");
        Source source = returnsOf(account.organisation()).stream()
                .filter(candidate ->
                        LocalReturnContracts.fileNamePrefix(candidate).equals(returnName))
                .findFirst()
                .orElseThrow(() -> new DashboardException(
                        ErrorCategory.BAD_REQUEST, "Choose which return the file is: " + returnNames(account)));
        if (file == null) {
            throw new DashboardException(ErrorCategory.BAD_REQUEST, "Choose a file to send");
        }
        byte[] bytes = read(file);
        Instant now = PartnerRequests.now(partners);
        Screening.Sniffed sniffed = Screening.sniff(bytes);
        if (sniffed.kind() == null || bytes.length == 0) {
            String what = bytes.length == 0 ? "empty" : sniffed.description();
            requests.audit(
                    context,
                    partners,
                    account,
                    AuditLog.Event.UPLOAD_REJECTED,
                    returnName + ": " + bytes.length + " bytes, neither CSV nor .xlsx (" + what + ")");
            Map<String, Object> model = model(partners, session, null, null);
            model.put("refused", "The file is neither a CSV nor an Excel workbook (.xlsx): it is " + what + ".");
            requests.render(context, 415, "returns", model);
            return;
        }
        String storedName = ReturnsInbox.name(
                LocalReturnContracts.fileNamePrefix(source),
                account.organisation().code(),
                now,
                sniffed.kind().extension());
        Screening screening = Screening.check(source, storedName, bytes, reference, LocalDate.ofInstant(now, UK));
        String reportId = Tokens.random();
        reports.put(reportId, new Kept(account.id(), storedName, screening.reportCsv()));
        String detail = returnName + ": " + storedName + ", " + bytes.length + " bytes, sha256 " + screening.sha256()
                + ", " + screening.rows() + " rows";
        if (!screening.accepted()) {
            requests.audit(
                    context,
                    partners,
                    account,
                    AuditLog.Event.UPLOAD_REJECTED,
                    detail + ", " + screening.problemCount() + " problems; not stored");
            requests.render(context, 422, "returns", model(partners, session, screening, reportId));
            return;
        }
        new ReturnsInbox(returns.inputFolder()).store(storedName, bytes);
        partners.submissions()
                .add(account, returnName, storedName, screening.sha256(), bytes.length, screening.rows(), now);
        requests.audit(context, partners, account, AuditLog.Event.UPLOAD_ACCEPTED, detail + "; stored");
        Map<String, Object> model = model(partners, session, screening, reportId);
        model.put("nextRun", nextRun(returns, now));
        requests.render(context, 200, "returns", model);
    }

    /** {@code GET /returns/report.csv?id=}: a screening's problems, for the account that sent the file. */
    public void report(Context context) {
        PartnerAccounts partners = requests.configured(context);
        Sessions.Current session = requests.signedIn(context, partners);
        Kept kept = reports.get(Optional.ofNullable(context.queryParam("id")).orElse(""));
        if (kept == null || !kept.accountId().equals(session.account().id())) {
            throw new DashboardException(
                    ErrorCategory.NOT_FOUND,
                    "No such report: reports are kept for the account that sent the file," + " for its last "
                            + KEPT_REPORTS + " uploads");
        }
        context.header("Content-Disposition", "attachment; filename=\"problems-" + kept.fileName() + ".csv\"");
        context.contentType("text/csv; charset=utf-8").result(kept.csv());
    }

    private static UploadedFile uploadedFile(Context context) {
        try {
            return context.uploadedFile("file");
        } catch (IllegalStateException e) {
            // Jetty's multipart limits (size of the file, of the request)
            throw new DashboardException(
                    ErrorCategory.PAYLOAD_TOO_LARGE,
                    "The file is larger than " + (MAX_BYTES >> 20) + " MB, the most this server takes");
        }
    }

    private static byte[] read(UploadedFile file) {
        if (file.size() > MAX_BYTES) {
            throw new DashboardException(
                    ErrorCategory.PAYLOAD_TOO_LARGE,
                    "The file is larger than " + (MAX_BYTES >> 20) + " MB, the most this server takes");
        }
        try (InputStream in = file.content()) {
            return in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an upload", e);
        }
    }

    private static String returnNames(Account account) {
        return String.join(
                ", ",
                returnsOf(account.organisation()).stream()
                        .map(LocalReturnContracts::fileNamePrefix)
                        .toList());
    }

    /** When the accepted file will be read, in words. */
    static String nextRun(ServerOptions.ReturnsOptions returns, Instant now) {
        Optional<LocalTime> batch = returns.batch();
        if (batch.isEmpty()) {
            return "The next batch run (./sendacc pipeline, run by your administrator) will read it; its figures appear"
                    + " in the snapshot that run publishes.";
        }
        ZonedDateTime local = now.atZone(UK);
        ZonedDateTime next = local.with(batch.get());
        if (!next.isAfter(local)) {
            next = next.plusDays(1);
        }
        return "The next batch run, at " + WHEN.format(next) + " (UK time), will read it; its figures appear in the"
                + " snapshot that run publishes.";
    }

    private Map<String, Object> model(
            PartnerAccounts partners, Sessions.Current session, Screening screening, String reportId) {
        Account account = session.account();
        Map<String, Object> model = requests.frame("Send a local return");
        model.put("account", account);
        model.put("organisation", account.organisation());
        model.put("csrf", session.csrfToken());
        model.put("takesReturns", options.isPresent());
        model.put("maySubmit", account.maySubmit());
        List<Map<String, String>> templates = new ArrayList<>();
        for (Source source : returnsOf(account.organisation())) {
            templates.add(
                    Map.of("name", LocalReturnContracts.fileNamePrefix(source), "description", source.description()));
        }
        model.put("templates", templates);
        model.put("maxMegabytes", MAX_BYTES >> 20);
        List<Map<String, Object>> submissions = new ArrayList<>();
        for (Submissions.Submission submission :
                partners.submissions().of(account.organisation().code(), 20)) {
            submissions.add(Map.of(
                    "receivedAt", WHEN.format(submission.receivedAt().atZone(UK)),
                    "returnName", submission.returnName(),
                    "storedName", submission.storedName(),
                    "dataRows", submission.dataRows(),
                    "accountEmail", submission.accountEmail()));
        }
        model.put("submissions", submissions);
        model.put("screening", screening);
        model.put("reportUrl", reportId == null ? null : REPORT + "?id=" + reportId);
        model.put("nextRun", null);
        model.put("refused", null);
        return model;
    }
}

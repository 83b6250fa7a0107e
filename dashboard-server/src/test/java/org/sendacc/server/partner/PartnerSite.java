package org.sendacc.server.partner;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sendacc.reference.ReferenceData;
import org.sendacc.server.DashboardApp;
import org.sendacc.server.ServerOptions;
import org.sendacc.server.TestSnapshots;
import org.sendacc.server.account.Accounts;
import org.sendacc.server.account.AccountsDatabase;
import org.sendacc.server.account.AuditLog;
import org.sendacc.server.account.Organisation;
import org.sendacc.server.account.Passwords;
import org.sendacc.server.account.Role;

/**
 * A running server over the sample snapshot and its restricted table, with partners' accounts in a SQLite file, and
 * a browser's part done by hand: cookies read from {@code Set-Cookie} and sent back only when a test says so, so that
 * each test sees exactly what it sends. Redirects are not followed.
 */
final class PartnerSite implements AutoCloseable {
    static final String PASSWORD = "a partner's long password";
    static final String MIDDLESBROUGH_ANALYST = "analyst@middlesbrough.gov.uk";
    static final String HARTLEPOOL_ANALYST = "analyst@hartlepool.gov.uk";
    static final String ICB_LEAD = "lead@nenc.nhs.uk";

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String accounts;

    PartnerSite(Path warehouse) {
        this(warehouse, null);
    }

    /** The same, taking local returns into {@code inbox} (the input folder ingest would read), when not null. */
    PartnerSite(Path warehouse, Path inbox) {
        this(warehouse, inbox, null);
    }

    /** The same, with sign-in through this identity provider too, when not null. */
    PartnerSite(Path warehouse, Path inbox, ServerOptions.OidcOptions oidc) {
        TestSnapshots.publishSample(warehouse, TestSnapshots.FIRST_ID);
        TestSnapshots.publishRestrictedSample(warehouse, TestSnapshots.FIRST_ID);
        accounts = AccountsDatabase.defaultLocation(warehouse);
        ReferenceData reference = ReferenceData.bundled();
        try (AccountsDatabase database = AccountsDatabase.open(accounts)) {
            Accounts store = new Accounts(database, reference);
            Passwords passwords = new Passwords();
            String hash = passwords.hash(PASSWORD);
            Instant now = Instant.now();
            store.add(
                    MIDDLESBROUGH_ANALYST,
                    organisation(TestSnapshots.MIDDLESBROUGH, reference),
                    Role.VIEWER,
                    hash,
                    now);
            store.add(HARTLEPOOL_ANALYST, organisation(TestSnapshots.HARTLEPOOL, reference), Role.SUBMITTER, hash, now);
            // NHS North East and North Cumbria ICB: ODS QHM, E54000050 in the snapshot
            store.add(ICB_LEAD, organisation("QHM", reference), Role.VIEWER, hash, now);
        }
        ServerOptions options = TestSnapshots.options(warehouse).withAccounts(accounts);
        if (inbox != null) {
            options = options.withReturns(new ServerOptions.ReturnsOptions(inbox, LocalTime.of(2, 0)));
        }
        if (oidc != null) {
            options = options.withOidc(oidc);
        }
        app = DashboardApp.create(TestSnapshots.store(warehouse), options).start(0);
    }

    private static Organisation organisation(String code, ReferenceData reference) {
        return Organisation.of(code, reference).orElseThrow();
    }

    /** What the audit log holds now, oldest first. */
    List<AuditLog.Entry> audit() {
        try (AccountsDatabase database = AccountsDatabase.open(accounts)) {
            return new AuditLog(database).since(Instant.EPOCH, 10_000);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart form as a browser sends one: text fields, then the file (its name and bytes). */
    HttpResponse<String> upload(Map<String, String> fields, String fileName, byte[] file, String... headers) {
        String boundary = "----sendacc" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/returns"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** The whole {@code Set-Cookie} line for a cookie, if the answer set it. */
    static Optional<String> setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(line -> line.startsWith(name + "="))
                .findFirst();
    }

    /** A cookie's value as the answer set it. */
    static String cookieValue(HttpResponse<?> response, String name) {
        String line = setCookie(response, name).orElseThrow(() -> new AssertionError("no cookie " + name));
        return line.substring(name.length() + 1, line.indexOf(';') < 0 ? line.length() : line.indexOf(';'));
    }

    /** The form token in a page. */
    static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("no form token in the page (" + page.statusCode() + "): "
                    + page.body().substring(0, Math.min(page.body().length(), 8000)));
        }
        return matcher.group(1);
    }

    /** The sign-in form's answer to these credentials, sent as a browser would: its form cookie and token. */
    HttpResponse<String> signIn(String email, String password) {
        HttpResponse<String> form = get(PartnerController.SIGN_IN);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", csrf(form));
        fields.put("email", email);
        fields.put("password", password);
        return post(
                PartnerController.SIGN_IN,
                fields,
                "Cookie",
                SessionCookie.SIGN_IN_FORM + "=" + cookieValue(form, SessionCookie.SIGN_IN_FORM));
    }

    /** Signs in and gives the session cookie, as a {@code Cookie} header's value. */
    String session(String email) {
        HttpResponse<String> answer = signIn(email, PASSWORD);
        if (answer.statusCode() != 303) {
            throw new AssertionError("sign-in of " + email + " answered " + answer.statusCode());
        }
        return SessionCookie.SESSION + "=" + cookieValue(answer, SessionCookie.SESSION);
    }

    @Override
    public void close() {
        app.stop();
    }
}

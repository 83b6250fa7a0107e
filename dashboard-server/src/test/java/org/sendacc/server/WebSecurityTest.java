package org.sendacc.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.server.http.StaticAssets;

/**
 * The web hardening of docs/security.md, over plain HTTP as a browser or a scanner sees it (not through a client that
 * decompresses or fills in for the server).
 */
class WebSecurityTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path warehouse;

    /** The address of a built asset (src/main/web), fingerprinted. */
    static String asset(String name) {
        return StaticAssets.bundled(DashboardApp.objectMapper()).url(name);
    }

    static HttpResponse<byte[]> send(int port, String method, String path, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int index = 0; index + 1 < headers.length; index += 2) {
            request.header(headers[index], headers[index + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndTheCspAllowsNoInlineScript() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            for (String path : List.of(
                    "/", "/area/" + TestSnapshots.HARTLEPOOL, "/api/snapshot", asset("sendacc.css"), "/no/such")) {
                HttpResponse<byte[]> response = send(server.port(), "GET", path);
                String csp =
                        response.headers().firstValue("Content-Security-Policy").orElse("");
                assertThat(csp).as(path).contains("frame-ancestors 'none'").contains("script-src 'self'");
                Matcher script = Pattern.compile("script-src ([^;]*)").matcher(csp);
                assertThat(script.find()).isTrue();
                assertThat(script.group(1))
                        .as(path)
                        .doesNotContain("unsafe-inline")
                        .doesNotContain("unsafe-eval");
                assertThat(response.headers().firstValue("X-Content-Type-Options"))
                        .as(path)
                        .hasValue("nosniff");
                assertThat(response.headers().firstValue("Referrer-Policy"))
                        .as(path)
                        .hasValue("no-referrer");
                assertThat(response.headers().firstValue("Permissions-Policy"))
                        .as(path)
                        .isPresent();
                assertThat(response.headers().firstValue("X-Frame-Options"))
                        .as(path)
                        .hasValue("DENY");
            }
        });
    }

    @Test
    void pagesHaveNoInlineScriptOnlyFilesAndJsonData() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            for (String path : TestSnapshots.PAGES) {
                String page = new String(send(server.port(), "GET", path).body(), StandardCharsets.UTF_8);
                Matcher tags = Pattern.compile("<script([^>]*)>").matcher(page);
                int scripts = 0;
                while (tags.find()) {
                    scripts++;
                    String attributes = tags.group(1);
                    assertThat(attributes.contains(" src=\"") || attributes.contains("type=\"application/json\""))
                            .as(path + ": <script" + attributes + ">")
                            .isTrue();
                }
                assertThat(scripts).as(path).isPositive();
            }
            HttpResponse<byte[]> init = send(server.port(), "GET", asset("govuk.js"));
            assertThat(init.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
            assertThat(new String(init.body(), StandardCharsets.UTF_8)).contains("govuk-frontend-supported");
        });
    }

    @Test
    void headIsAnsweredAsGetWithoutABody() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            HttpResponse<byte[]> head = send(server.port(), "HEAD", "/");
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(
                            type -> assertThat(type.replace(" ", "")).isEqualTo("text/html;charset=utf-8"));
            assertThat(head.body()).isEmpty();
            assertThat(send(server.port(), "HEAD", "/api/snapshot").headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        });
    }

    @Test
    void pagesJsonAndCsvAreGzippedForAClientThatAcceptsIt() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            for (String path : List.of("/", "/api/indicators", "/export.csv?indicator=" + TestSnapshots.TIMELINESS)) {
                HttpResponse<byte[]> response = send(server.port(), "GET", path, "Accept-Encoding", "gzip");
                assertThat(response.headers().firstValue("Content-Encoding"))
                        .as(path)
                        .hasValue("gzip");
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                    assertThat(in.readAllBytes()).as(path).isNotEmpty();
                }
                assertThat(send(server.port(), "GET", path).headers().firstValue("Content-Encoding"))
                        .as(path)
                        .isEmpty();
            }
        });
    }

    @Test
    void jettysOwnErrorsAreUtf8JsonWithTheHeaders() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            for (String request : List.of(
                    // a request line Jetty cannot parse
                    "GET /%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
                    // headers over the limit
                    "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(WebSecurity.MAX_HEADER_BYTES + 1)
                            + "\r\n\r\n")) {
                String answer = raw(server.port(), request);
                String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
                assertThat(head).startsWith("http/1.1 4");
                assertThat(head).contains("content-type: application/json;charset=utf-8");
                assertThat(head).contains("x-content-type-options: nosniff");
                assertThat(answer.substring(answer.indexOf("\r\n\r\n") + 4)).contains("\"status\":4");
            }
        });
    }

    private static String raw(int port, String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aClientOverTheRateLimitIsAnswered429WithRetryAfter() {
        TestSnapshots.publishSample(warehouse, TestSnapshots.FIRST_ID);
        var app = DashboardApp.create(
                TestSnapshots.store(warehouse),
                new ServerOptions(warehouse, 0, null, ServerOptions.Limits.DEFAULT.withRateLimit(3, true)));
        JavalinTest.test(app, (server, client) -> {
            for (int request = 0; request < 3; request++) {
                assertThat(send(server.port(), "GET", "/api/snapshot").statusCode())
                        .isEqualTo(200);
            }
            HttpResponse<byte[]> limited = send(server.port(), "GET", "/api/snapshot");
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After"))
                    .hasValueSatisfying(
                            seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
            assertThat(new String(limited.body(), StandardCharsets.UTF_8)).contains("\"status\":429");
        });
        // loopback clients are not limited unless asked
        var loopback = DashboardApp.create(
                TestSnapshots.store(warehouse),
                new ServerOptions(warehouse, 0, null, ServerOptions.Limits.DEFAULT.withRateLimit(3, false)));
        JavalinTest.test(loopback, (server, client) -> {
            for (int request = 0; request < 10; request++) {
                assertThat(send(server.port(), "GET", "/api/snapshot").statusCode())
                        .isEqualTo(200);
            }
        });
    }

    @Test
    void theQueryIsReadAsUtf8WhateverCharsetTheRequestNames() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            String bad = "/api/areas/" + TestSnapshots.HARTLEPOOL + "/profile?period=abc";
            for (String type : List.of("text/plain; charset=x-bogus", "text/plain;CHARSET=\"utf-16\"", "text/plain")) {
                HttpResponse<byte[]> response = send(server.port(), "GET", bad, "Content-Type", type);
                assertThat(response.statusCode()).as(type).isEqualTo(400);
                assertThat(new String(response.body(), StandardCharsets.UTF_8))
                        .as(type)
                        .contains("period");
            }
            // a UTF-8 value is read as UTF-8, whatever the request says: the message quotes it back whole
            HttpResponse<byte[]> accented = send(
                    server.port(),
                    "GET",
                    "/api/areas/" + TestSnapshots.HARTLEPOOL + "/profile?period=%C3%A9t%C3%A9",
                    "Content-Type",
                    "text/plain; charset=iso-8859-1");
            assertThat(accented.statusCode()).isEqualTo(400);
            assertThat(new String(accented.body(), StandardCharsets.UTF_8)).contains("\u00e9t\u00e9");
        });
    }

    @Test
    void aMethodOverrideHeaderIsIgnored() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            for (String header : List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override")) {
                HttpResponse<byte[]> post = send(server.port(), "POST", "/api/snapshot", header, "GET");
                assertThat(post.statusCode()).as(header).isIn(404, 405);
                assertThat(new String(post.body(), StandardCharsets.UTF_8)).doesNotContain("snapshot_id");
            }
            // and it cannot turn a GET into something else either
            assertThat(send(server.port(), "GET", "/api/snapshot", "X-HTTP-Method-Override", "DELETE")
                            .statusCode())
                    .isEqualTo(200);
        });
    }

    @Test
    void aRangeIsIgnoredSoAMalformedOneGetsTheWholeAnswer() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            for (String path : List.of(asset("sendacc.css"), "/api/snapshot", "/")) {
                for (String range : List.of("bytes=zz", "bytes=5-1", "bytes=0-10", "bytes=99999999-")) {
                    String answer = raw(
                            server.port(),
                            "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nRange: " + range
                                    + "\r\nConnection: close\r\n\r\n");
                    String head =
                            answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
                    assertThat(head).as(path + " " + range).startsWith("http/1.1 200");
                    assertThat(head).as(path + " " + range).doesNotContain("content-range");
                    Matcher length = Pattern.compile("content-length: (\\d+)").matcher(head);
                    if (length.find()) {
                        assertThat(answer.substring(answer.indexOf("\r\n\r\n") + 4)
                                        .getBytes(StandardCharsets.UTF_8))
                                .as(path + " " + range)
                                .hasSize(Integer.parseInt(length.group(1)));
                    }
                }
            }
        });
    }

    @Test
    void errorPagesNameTheirCharset() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            for (String path : List.of("/area/E99999999", "/area/not-a-code", "/indicator/no_such_indicator")) {
                HttpResponse<byte[]> page = send(server.port(), "GET", path);
                assertThat(page.statusCode()).as(path).isIn(400, 404);
                assertThat(page.headers().firstValue("Content-Type"))
                        .as(path)
                        .hasValueSatisfying(
                                type -> assertThat(type.replace(" ", "").toLowerCase(Locale.ROOT))
                                        .isEqualTo("text/html;charset=utf-8"));
            }
        });
    }
}

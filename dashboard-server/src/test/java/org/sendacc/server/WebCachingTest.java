package org.sendacc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendacc.server.WebSecurityTest.send;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What docs/web-performance.md promises a browser and a proxy: fingerprinted static files kept for a year, answers
 * about the snapshot revalidated by ETag (304), each compressed form with an ETag of its own and {@code Vary}.
 */
class WebCachingTest {
    @TempDir
    Path warehouse;

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void theBuiltFilesAreNamedByTheirBytesAndKeptForAYear() throws Exception {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            String page = new String(
                    send(server.port(), "GET", "/area/" + TestSnapshots.HARTLEPOOL)
                            .body(),
                    StandardCharsets.UTF_8);
            Matcher links = Pattern.compile("(?:src|href)=\"(/static/[^\"]+)\"").matcher(page);
            int files = 0;
            while (links.find()) {
                files++;
                String path = links.group(1);
                HttpResponse<byte[]> plain = send(server.port(), "GET", path);
                assertThat(plain.statusCode()).as(path).isEqualTo(200);
                assertThat(header(plain, "Cache-Control")).as(path).isEqualTo("public, max-age=31536000, immutable");
                // NAME.HASH.EXT, HASH the first 12 hex digits of the SHA-256 of the bytes served
                Matcher name = Pattern.compile("/static/[a-z-]+\\.([0-9a-f]{12})\\.[a-z]+")
                        .matcher(path);
                assertThat(name.matches()).as(path).isTrue();
                String sha = HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(plain.body()));
                assertThat(sha).as(path).startsWith(name.group(1));
                String type = header(plain, "Content-Type").replace(" ", "").toLowerCase(Locale.ROOT);
                if (type.startsWith("text/") || type.startsWith("image/svg")) {
                    assertThat(type).as(path).endsWith(";charset=utf-8");
                }
                // the compressed forms are the same bytes
                HttpResponse<byte[]> gzipped = send(server.port(), "GET", path, "Accept-Encoding", "gzip");
                assertThat(header(gzipped, "Content-Encoding")).as(path).isEqualTo("gzip");
                assertThat(gunzip(gzipped.body())).as(path).isEqualTo(plain.body());
                HttpResponse<byte[]> brotli = send(server.port(), "GET", path, "Accept-Encoding", "gzip, deflate, br");
                assertThat(header(brotli, "Content-Encoding")).as(path).isEqualTo("br");
                assertThat(brotli.body().length).as(path).isLessThan(plain.body().length);
                assertThat(List.of(header(plain, "ETag"), header(gzipped, "ETag"), header(brotli, "ETag")))
                        .as(path)
                        .doesNotHaveDuplicates();
                assertThat(header(plain, "Vary")).as(path).isEqualTo("Accept-Encoding");
            }
            // the stylesheet, the two GOV.UK scripts, ECharts, the charts' script and the icon
            assertThat(files).isEqualTo(6);
        });
    }

    @Test
    void nothingButTheBuiltFilesIsServedFromStaticAndAssetsIsGone() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            for (String path : List.of(
                    "/static/sendacc.css",
                    "/static/..%2fmanifest.json",
                    "/static/manifest.json",
                    "/static/templates%2flayout.peb",
                    "/webjars/echarts/5.5.0/echarts.min.js",
                    "/assets/images/favicon.ico",
                    "/assets/a%20b%0d%0aX:%20y/c")) {
                HttpResponse<byte[]> response = send(server.port(), "GET", path);
                assertThat(response.statusCode()).as(path).isIn(400, 404);
                assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
            }
        });
    }

    @Test
    void answersAboutTheSnapshotAreRevalidatedByEtag() {
        JavalinTest.test(TestHttp.sampleApp(warehouse), (server, client) -> {
            for (String path : List.of(
                    "/area/" + TestSnapshots.HARTLEPOOL,
                    "/api/areas/" + TestSnapshots.HARTLEPOOL + "/profile",
                    "/export.csv?indicator=" + TestSnapshots.TIMELINESS)) {
                HttpResponse<byte[]> first = send(server.port(), "GET", path);
                String etag = header(first, "ETag");
                assertThat(etag).as(path).matches("\"[0-9a-f]{20}\"");
                assertThat(header(first, "Cache-Control")).as(path).isEqualTo("no-cache");
                assertThat(header(first, "Vary")).as(path).isEqualTo("Accept-Encoding");

                HttpResponse<byte[]> again = send(server.port(), "GET", path, "If-None-Match", etag);
                assertThat(again.statusCode()).as(path).isEqualTo(304);
                assertThat(again.body()).as(path).isEmpty();
                assertThat(header(again, "ETag")).as(path).isEqualTo(etag);

                // another ETag (an older snapshot's) gets the whole answer
                assertThat(send(server.port(), "GET", path, "If-None-Match", "\"0123456789abcdef0123\"")
                                .statusCode())
                        .as(path)
                        .isEqualTo(200);

                // gzipped: its own ETag, and the uncompressed one does not match it
                HttpResponse<byte[]> gzipped = send(server.port(), "GET", path, "Accept-Encoding", "gzip");
                assertThat(header(gzipped, "Content-Encoding")).as(path).isEqualTo("gzip");
                assertThat(header(gzipped, "ETag"))
                        .as(path)
                        .isEqualTo(etag.replace("\"", "").transform(e -> "\"" + e + "-gzip\""));
                assertThat(gunzip(gzipped.body())).as(path).isEqualTo(first.body());
                assertThat(send(server.port(), "GET", path, "Accept-Encoding", "gzip", "If-None-Match", etag)
                                .statusCode())
                        .as(path)
                        .isEqualTo(200);
                assertThat(send(
                                        server.port(),
                                        "GET",
                                        path,
                                        "Accept-Encoding",
                                        "gzip",
                                        "If-None-Match",
                                        "W/" + header(gzipped, "ETag"))
                                .statusCode())
                        .as(path)
                        .isEqualTo(304);
                // a client that refuses gzip (q=0) gets it plain
                assertThat(header(send(server.port(), "GET", path, "Accept-Encoding", "gzip;q=0"), "Content-Encoding"))
                        .as(path)
                        .isEmpty();

                // a browser (it accepts brotli) gets brotli, smaller than gzip, with its own ETag
                HttpResponse<byte[]> brotli = send(server.port(), "GET", path, "Accept-Encoding", "gzip, deflate, br");
                assertThat(header(brotli, "Content-Encoding")).as(path).isEqualTo("br");
                assertThat(header(brotli, "ETag"))
                        .as(path)
                        .isEqualTo(etag.replace("\"", "").transform(e -> "\"" + e + "-br\""));
                assertThat(unbrotli(brotli.body())).as(path).isEqualTo(first.body());
                assertThat(brotli.body().length).as(path).isLessThan(gzipped.body().length);
                assertThat(send(
                                        server.port(),
                                        "GET",
                                        path,
                                        "Accept-Encoding",
                                        "gzip, deflate, br",
                                        "If-None-Match",
                                        header(brotli, "ETag"))
                                .statusCode())
                        .as(path)
                        .isEqualTo(304);
                // refused brotli (q=0): gzip
                assertThat(header(
                                send(server.port(), "GET", path, "Accept-Encoding", "br;q=0, gzip"),
                                "Content-Encoding"))
                        .as(path)
                        .isEqualTo("gzip");
            }
            // an answer built for one request (a search) is gzipped only, even for a browser
            assertThat(header(
                            send(server.port(), "GET", "/search?q=nowhere", "Accept-Encoding", "gzip, deflate, br"),
                            "Content-Encoding"))
                    .isEqualTo("gzip");
        });
    }

    private static byte[] unbrotli(byte[] bytes) throws IOException {
        Brotli4jLoader.ensureAvailability();
        DirectDecompress decoded = Decoder.decompress(bytes);
        assertThat(decoded.getResultStatus()).isEqualTo(DecoderJNI.Status.DONE);
        return decoded.getDecompressedData();
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}

package org.sendacc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendacc.server.WebSecurityTest.send;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.server.http.AddressBlock;

/**
 * The penetration test's findings on slow and greedy clients and on the rate limit behind a proxy, tried the way it
 * tried them (docs/security.md, "Limits"): raw sockets that trickle a request in or read an answer slowly, more
 * connections than one client may hold, and {@code X-Forwarded-For} from trusted and untrusted peers.
 */
class AbuseLimitsTest {
    /**
     * JavalinTest ends each test with a request of its own that clears cookies. Here it could open its connection
     * while the server has not yet seen the test's sockets close, and be reset by the very cap under test.
     */
    private static final TestConfig NO_COOKIE_REQUEST = new TestConfig(false);

    @TempDir
    Path warehouse;

    private Javalin app(ServerOptions.Limits limits) {
        return app(limits, null);
    }

    private Javalin app(ServerOptions.Limits limits, Path boundaries) {
        TestSnapshots.publishSample(warehouse, TestSnapshots.FIRST_ID);
        return DashboardApp.create(TestSnapshots.store(warehouse), new ServerOptions(warehouse, 0, boundaries, limits));
    }

    /** Whether the server has closed the socket: a read ends (or fails) instead of waiting. */
    private static boolean closedByServer(Socket socket) throws IOException {
        return closedByServer(socket, 3000);
    }

    /** Whether the server closes the socket within {@code millis}. */
    private static boolean closedByServer(Socket socket, int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            InputStream in = socket.getInputStream();
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true; // reset
        }
    }

    @Test
    void aRequestTrickledInIsCutOffAtTheReadLimit() {
        ServerOptions.Limits limits =
                ServerOptions.Limits.DEFAULT.withTimes(Duration.ofSeconds(1), Duration.ofSeconds(30));
        JavalinTest.test(app(limits), NO_COOKIE_REQUEST, (server, client) -> {
            try (Socket socket = new Socket("localhost", server.port())) {
                OutputStream out = socket.getOutputStream();
                out.write("GET /api/snapshot HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
                long start = System.nanoTime();
                boolean cut = false;
                // one header line every 300 ms: each byte resets an idle timeout; 8 s of it would be a finished request
                for (int line = 0; line < 26 && !cut; line++) {
                    try {
                        out.write(("X-Slow-" + line + ": 1\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        Thread.sleep(300);
                    } catch (SocketException e) {
                        cut = true;
                    }
                }
                cut = cut || closedByServer(socket);
                assertThat(cut).isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
            }
            // a request that arrives at once is answered as ever
            assertThat(send(server.port(), "GET", "/api/snapshot").statusCode()).isEqualTo(200);
        });
    }

    @Test
    void anAnswerReadTooSlowlyIsCutOffAtTheWriteLimit() throws IOException {
        // a map file far larger than the sockets' buffers, so the server must wait on the client to write it all
        Path file = warehouse.resolve("large.geojson");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                    + "{\"areacd\":\"E06000001\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[");
            java.util.Random random = new java.util.Random(1);
            for (int point = 0; point < 1_200_000; point++) {
                out.write((point == 0 ? "" : ",") + "[" + random.nextInt(1_000_000) + "," + random.nextInt(1_000_000)
                        + "]");
            }
            out.write("]]}}]}");
        }
        long size = Files.size(file);
        ServerOptions.Limits limits =
                ServerOptions.Limits.DEFAULT.withTimes(Duration.ofSeconds(10), Duration.ofSeconds(1));
        JavalinTest.test(app(limits, file), NO_COOKIE_REQUEST, (server, client) -> {
            try (Socket socket = new Socket()) {
                socket.setReceiveBufferSize(4096);
                socket.connect(new java.net.InetSocketAddress("localhost", server.port()));
                socket.getOutputStream()
                        .write("GET /boundaries.geojson HTTP/1.1\r\nHost: localhost\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                socket.setSoTimeout(5000);
                InputStream in = socket.getInputStream();
                long read = 0;
                boolean cut = false;
                byte[] buffer = new byte[1024];
                // a kilobyte every 100 ms: the whole file would take hours
                for (int step = 0; step < 100 && !cut; step++) {
                    try {
                        int count = in.read(buffer);
                        if (count < 0) {
                            cut = true;
                        } else {
                            read += count;
                        }
                        Thread.sleep(100);
                    } catch (SocketException e) {
                        cut = true;
                    }
                }
                assertThat(cut).as("closed after %d of %d bytes", read, size).isTrue();
                assertThat(read).isLessThan(size);
            }
        });
    }

    @Test
    void oneClientHoldsAtMostItsShareOfConnections() {
        ServerOptions.Limits limits = ServerOptions.Limits.DEFAULT.withConnectionsPerClient(3);
        JavalinTest.test(app(limits), NO_COOKIE_REQUEST, (server, client) -> {
            List<Socket> held = new ArrayList<>();
            try {
                for (int index = 0; index < 3; index++) {
                    Socket socket = new Socket("localhost", server.port());
                    socket.getOutputStream().write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
                    held.add(socket);
                }
                Thread.sleep(300);
                try (Socket fourth = new Socket("localhost", server.port())) {
                    assertThat(closedByServer(fourth))
                            .as("the fourth connection")
                            .isTrue();
                }
                for (Socket socket : held) {
                    socket.setSoTimeout(200);
                    assertThat(closedByServer(socket))
                            .as("a connection within the cap")
                            .isFalse();
                }
                held.remove(0).close();
                Thread.sleep(300);
                // one closed, one more may open
                try (Socket another = new Socket("localhost", server.port())) {
                    another.getOutputStream()
                            .write("GET /api/snapshot HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                                    .getBytes(StandardCharsets.US_ASCII));
                    another.setSoTimeout(5000);
                    String answer = new String(another.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(answer).startsWith("HTTP/1.1 200");
                }
            } finally {
                for (Socket socket : held) {
                    socket.close();
                }
            }
        });
    }

    @Test
    void aTrustedProxyIsNotCappedItCarriesManyClients() {
        ServerOptions.Limits limits = ServerOptions.Limits.DEFAULT
                .withConnectionsPerClient(2)
                .withTrustedProxies(List.of(AddressBlock.parse("127.0.0.0/8"), AddressBlock.parse("::1")));
        JavalinTest.test(app(limits), NO_COOKIE_REQUEST, (server, client) -> {
            List<Socket> held = new ArrayList<>();
            try {
                for (int index = 0; index < 5; index++) {
                    Socket socket = new Socket("localhost", server.port());
                    socket.getOutputStream().write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
                    held.add(socket);
                }
                for (Socket socket : held) {
                    assertThat(closedByServer(socket, 200)).isFalse();
                }
            } finally {
                for (Socket socket : held) {
                    socket.close();
                }
            }
        });
    }

    @Test
    void behindAnUntrustedProxyForwardedAddressesAreIgnoredAndItsClientsShareOneBucket() {
        // loopback clients are not limited by default, but a loopback peer that forwards for others is a proxy
        ServerOptions.Limits limits = ServerOptions.Limits.DEFAULT.withRateLimit(3, false);
        JavalinTest.test(app(limits), NO_COOKIE_REQUEST, (server, client) -> {
            for (String forwarded : List.of("203.0.113.1", "203.0.113.2", "203.0.113.3")) {
                assertThat(send(server.port(), "GET", "/api/snapshot", "X-Forwarded-For", forwarded)
                                .statusCode())
                        .isEqualTo(200);
            }
            assertThat(send(server.port(), "GET", "/api/snapshot", "X-Forwarded-For", "203.0.113.4")
                            .statusCode())
                    .isEqualTo(429);
            // a direct loopback client (the demo) is still not limited
            assertThat(send(server.port(), "GET", "/api/snapshot").statusCode()).isEqualTo(200);
        });
    }

    @Test
    void behindATrustedProxyEachForwardedClientHasItsOwnBucketAndIpv6CountsBySlash64() {
        ServerOptions.Limits limits = ServerOptions.Limits.DEFAULT
                .withRateLimit(2, false)
                .withTrustedProxies(List.of(AddressBlock.parse("127.0.0.1"), AddressBlock.parse("::1")));
        JavalinTest.test(app(limits), NO_COOKIE_REQUEST, (server, client) -> {
            int port = server.port();
            assertThat(status(port, "198.51.100.7")).isEqualTo(200);
            assertThat(status(port, "198.51.100.7")).isEqualTo(200);
            assertThat(status(port, "198.51.100.7")).isEqualTo(429);
            assertThat(status(port, "198.51.100.8")).isEqualTo(200);
            // what the client wrote itself, left of the address the proxy saw, proves nothing
            assertThat(status(port, "192.0.2.99, 198.51.100.7")).isEqualTo(429);
            // the same /64 is one client, whatever the rest of the address
            assertThat(status(port, "2001:db8:1:2::1")).isEqualTo(200);
            assertThat(status(port, "2001:db8:1:2:ffff:ffff:ffff:ffff")).isEqualTo(200);
            assertThat(status(port, "[2001:db8:1:2::77]:4431")).isEqualTo(429);
            assertThat(status(port, "2001:db8:1:3::1")).isEqualTo(200);
            // a name is not an address (and is never looked up): the request counts against the proxy itself
            assertThat(status(port, "attacker.example")).isEqualTo(200);
        });
    }

    private static int status(int port, String forwardedFor) throws IOException, InterruptedException {
        return send(port, "GET", "/api/snapshot", "X-Forwarded-For", forwardedFor)
                .statusCode();
    }
}

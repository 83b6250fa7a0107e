package org.sendacc.server;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Request;
import org.sendacc.server.http.ClientAddress;

/**
 * At most so many requests per client in each minute (docs/security.md); the next is answered 429 with
 * {@code Retry-After}, the seconds to the next minute. Off when the limit is 0. A fixed window: cheap, and memory held
 * for one minute's clients only.
 *
 * <p>The client is who {@link ClientAddress} says: the peer, or behind a trusted proxy the address it forwarded; an
 * IPv6 client is counted by its /64. Loopback clients (the demo, a tunnel) are not limited unless asked, but only when
 * they come directly: a loopback peer that forwards for someone else is a proxy, and if it is not trusted, everyone
 * behind it shares one bucket, as they would behind an untrusted proxy elsewhere.
 */
final class RateLimit {
    private static final long WINDOW_NANOS = 60_000_000_000L;

    private final int perMinute;
    private final boolean limitLoopback;
    private final ClientAddress clients;
    private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private long windowStart = System.nanoTime();

    RateLimit(int perMinute, boolean limitLoopback, ClientAddress clients) {
        this.perMinute = perMinute;
        this.limitLoopback = limitLoopback;
        this.clients = clients;
    }

    /** Counts the request; throws (429) when its client is over the limit. */
    void check(Context context) {
        if (perMinute <= 0) {
            return;
        }
        boolean forwarded = context.req().getHeader("X-Forwarded-For") != null
                || context.req().getHeader("Forwarded") != null;
        // the peer as Jetty has it, an address already: no text to parse on every request
        InetSocketAddress socket = Request.getBaseRequest(context.req()).getRemoteInetSocketAddress();
        Optional<InetAddress> client = clients.client(
                socket == null ? null : socket.getAddress(),
                forwarded ? Collections.list(context.req().getHeaders("X-Forwarded-For")) : List.of());
        if (client.isEmpty() || (!limitLoopback && !forwarded && client.get().isLoopbackAddress())) {
            return;
        }
        String bucket = ClientAddress.bucket(client.get());
        long now = System.nanoTime();
        long start;
        synchronized (this) {
            if (now - windowStart >= WINDOW_NANOS) {
                counts.clear();
                windowStart = now;
            }
            start = windowStart;
        }
        if (counts.computeIfAbsent(bucket, key -> new AtomicInteger()).incrementAndGet() > perMinute) {
            long seconds = Math.max(1, (start + WINDOW_NANOS - now + 999_999_999L) / 1_000_000_000L);
            context.header("Retry-After", Long.toString(seconds));
            throw new DashboardException(
                    ErrorCategory.TOO_MANY_REQUESTS,
                    "More than " + perMinute + " requests in a minute from one client: try again in " + seconds + " s");
        }
    }
}

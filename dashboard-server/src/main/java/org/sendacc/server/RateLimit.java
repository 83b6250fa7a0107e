package org.sendacc.server;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
    private final long windowNanos;
    private final String what;
    private final int perWindow;
    private final boolean limitLoopback;
    private final ClientAddress clients;
    private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private long windowStart = System.nanoTime();

    /** At most {@code perMinute} requests a minute from one client. */
    RateLimit(int perMinute, boolean limitLoopback, ClientAddress clients) {
        this(perMinute, Duration.ofMinutes(1), "requests in a minute", limitLoopback, clients);
    }

    /** At most {@code perWindow} of something (named by {@code what}, as "sign-in attempts in 10 minutes"). */
    RateLimit(int perWindow, Duration window, String what, boolean limitLoopback, ClientAddress clients) {
        this.perWindow = perWindow;
        this.windowNanos = window.toNanos();
        this.what = what;
        this.limitLoopback = limitLoopback;
        this.clients = clients;
    }

    /** Counts the request; throws (429) when its client is over the limit. */
    void check(Context context) {
        if (perWindow <= 0) {
            return;
        }
        ClientAddress.Seen seen = clients.seen(context.req());
        Optional<InetAddress> client = seen.client();
        if (client.isEmpty() || (!limitLoopback && seen.isDirectLoopback())) {
            return;
        }
        String bucket = ClientAddress.bucket(client.get());
        long now = System.nanoTime();
        long start;
        synchronized (this) {
            if (now - windowStart >= windowNanos) {
                counts.clear();
                windowStart = now;
            }
            start = windowStart;
        }
        if (counts.computeIfAbsent(bucket, key -> new AtomicInteger()).incrementAndGet() > perWindow) {
            long seconds = Math.max(1, (start + windowNanos - now + 999_999_999L) / 1_000_000_000L);
            context.header("Retry-After", Long.toString(seconds));
            throw new DashboardException(
                    ErrorCategory.TOO_MANY_REQUESTS,
                    "More than " + perWindow + " " + what + " from one client: try again in " + seconds + " s");
        }
    }
}

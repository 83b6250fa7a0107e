package org.sendacc.server;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most so many requests per client address in each minute (docs/security.md); the next is answered 429 with
 * {@code Retry-After}, the seconds to the next minute. Off when the limit is 0; loopback clients (the demo, a tunnel)
 * are not limited unless asked. A fixed window: cheap, and memory held for one minute's clients only.
 */
final class RateLimit {
    private static final long WINDOW_NANOS = 60_000_000_000L;

    private final int perMinute;
    private final boolean limitLoopback;
    private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private long windowStart = System.nanoTime();

    RateLimit(int perMinute, boolean limitLoopback) {
        this.perMinute = perMinute;
        this.limitLoopback = limitLoopback;
    }

    /** Counts the request; throws (429) when its client is over the limit. */
    void check(Context context) {
        if (perMinute <= 0) {
            return;
        }
        String client = context.req().getRemoteAddr();
        if (!limitLoopback && isLoopback(client)) {
            return;
        }
        long now = System.nanoTime();
        long start;
        synchronized (this) {
            if (now - windowStart >= WINDOW_NANOS) {
                counts.clear();
                windowStart = now;
            }
            start = windowStart;
        }
        if (counts.computeIfAbsent(client, key -> new AtomicInteger()).incrementAndGet() > perMinute) {
            long seconds = Math.max(1, (start + WINDOW_NANOS - now + 999_999_999L) / 1_000_000_000L);
            context.header("Retry-After", Long.toString(seconds));
            throw new DashboardException(
                    ErrorCategory.TOO_MANY_REQUESTS,
                    "More than " + perMinute + " requests in a minute from one client: try again in " + seconds + " s");
        }
    }

    private static boolean isLoopback(String address) {
        try {
            return address == null || InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

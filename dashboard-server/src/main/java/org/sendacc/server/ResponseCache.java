package org.sendacc.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.sendacc.server.http.Encoded;
import org.sendacc.server.snapshot.Snapshot;
import org.sendacc.server.snapshot.SnapshotStore;

/**
 * Serialised responses (JSON answers, rendered pages and CSV exports), kept for as long as the snapshot they were built from is the
 * one in service.
 *
 * <p>A snapshot never changes, so the answer to the same question about it never changes either: the first request
 * builds and serialises it, later ones send the same bytes. This is what keeps the area profile fast under load
 * (the benchmark asks for a p99 under 10 ms at 2,000 requests a second). Entries are only made for questions that
 * passed validation, so their number is bounded by the snapshot's areas, indicators and periods; a budget of bytes
 * guards memory all the same (past it, answers are built per request, as without a cache). A new snapshot starts a
 * new, empty cache; a request still answering from the previous one (it took the snapshot just before the swap) is
 * served without touching the cache. Each answer is kept gzipped too, with its ETag (docs/web-performance.md): a
 * download is compressed once, not once per request, and a client that has it already gets 304.
 */
public final class ResponseCache {
    private final ObjectMapper mapper;
    private final SnapshotStore store;
    private final long maximumBytes;
    private final AtomicReference<Generation> generation = new AtomicReference<>(new Generation(null));

    /** @param maximumBytes how many bytes of answers to keep per snapshot */
    public ResponseCache(ObjectMapper mapper, SnapshotStore store, long maximumBytes) {
        this.mapper = requireNonNull(mapper, "mapper is null");
        this.store = requireNonNull(store, "store is null");
        if (maximumBytes < 0) {
            throw new IllegalArgumentException("maximumBytes is negative: " + maximumBytes);
        }
        this.maximumBytes = maximumBytes;
    }

    /**
     * What a snapshot's answers may be kept for: a browser or proxy keeps them, but asks again each time with the ETag
     * (the same address answers from the next snapshot once it is published), and gets 304 while nothing changed.
     */
    public static final String REVALIDATE = "no-cache";

    /** The media types of the pages and the CSV downloads, built here or per request by the controllers. */
    public static final String HTML = "text/html; charset=utf-8";

    public static final String CSV = "text/csv; charset=utf-8";

    /** Sends the JSON for {@code key} in this snapshot, building it with {@code body} the first time only. */
    public void send(Context context, Snapshot snapshot, String key, Supplier<Object> body) {
        json(snapshot, key, body).send(context, REVALIDATE);
    }

    /** Sends the page for {@code key} in this snapshot, rendering it with {@code page} the first time only. */
    public void sendHtml(Context context, Snapshot snapshot, String key, Supplier<String> page) {
        sendText(context, snapshot, HTML, "page:" + key, page);
    }

    /** Sends the CSV for {@code key} in this snapshot, writing it with {@code csv} the first time only. */
    public void sendCsv(Context context, Snapshot snapshot, String key, Supplier<String> csv) {
        sendText(context, snapshot, CSV, "csv:" + key, csv);
    }

    private void sendText(Context context, Snapshot snapshot, String type, String key, Supplier<String> text) {
        cached(snapshot, key, () -> Encoded.of(type, text.get().getBytes(StandardCharsets.UTF_8)))
                .send(context, REVALIDATE);
    }

    /** The JSON for {@code key}, for tests. */
    byte[] bytes(Snapshot snapshot, String key, Supplier<Object> body) {
        return json(snapshot, key, body).identity();
    }

    private Encoded json(Snapshot snapshot, String key, Supplier<Object> body) {
        return cached(snapshot, "json:" + key, () -> Encoded.of("application/json", serialise(body.get())));
    }

    private Encoded cached(Snapshot snapshot, String key, Supplier<Encoded> build) {
        Generation current = generation.get();
        if (current.snapshot != snapshot) {
            if (store.loaded().orElse(null) != snapshot) {
                // Another snapshot took over while this request was answered from the old one: keep nothing.
                return build.get();
            }
            Generation fresh = new Generation(snapshot);
            current = generation.compareAndSet(current, fresh) ? fresh : generation.get();
            if (current.snapshot != snapshot) {
                return build.get();
            }
        }
        Encoded cached = current.responses.get(key);
        if (cached != null) {
            return cached;
        }
        Encoded built = build.get();
        long size = built.size();
        if (current.bytes.addAndGet(size) <= maximumBytes) {
            if (current.responses.putIfAbsent(key, built) != null) {
                current.bytes.addAndGet(-size);
            }
        } else {
            current.bytes.addAndGet(-size);
        }
        return built;
    }

    private byte[] serialise(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise " + body.getClass().getSimpleName(), e);
        }
    }

    private static final class Generation {
        private final Snapshot snapshot;
        private final Map<String, Encoded> responses = new ConcurrentHashMap<>();
        private final AtomicLong bytes = new AtomicLong();

        Generation(Snapshot snapshot) {
            this.snapshot = snapshot;
        }
    }
}

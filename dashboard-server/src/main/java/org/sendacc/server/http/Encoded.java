package org.sendacc.server.http;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One answer as it can go on the wire: its bytes, their gzip form and (for the built static files and the answers the
 * server keeps) their brotli form, each with an ETag of its own (docs/web-performance.md). The forms are made once,
 * when the answer is first built or the server starts, so a request only picks one: a cached export is not compressed
 * again for every download. Every compressed answer the server gives goes through here (Javalin's own compression is
 * off: it ignores {@code q=0}).
 */
public final class Encoded {
    /** Below this, compressing saves less than the headers it costs. */
    static final int SMALLEST_COMPRESSED = 256;

    private final String contentType;
    private final byte[] identity;
    private final byte[] gzip;
    private final byte[] brotli;
    // the three ETags, made once: an answer is sent many times
    private final String etagPlain;
    private final String etagGzip;
    private final String etagBrotli;

    /**
     * @param brotli the brotli form, or null when there is none (an answer built for one request, or brotli is not
     *     available here)
     * @param tag the ETag's base: a hash of the uncompressed bytes; each encoding adds its own suffix
     */
    public Encoded(String contentType, byte[] identity, byte[] gzip, byte[] brotli, String tag) {
        this.contentType = requireNonNull(contentType, "contentType is null");
        this.identity = requireNonNull(identity, "identity is null");
        this.gzip = gzip;
        this.brotli = brotli;
        requireNonNull(tag, "tag is null");
        this.etagPlain = "\"" + tag + "\"";
        this.etagGzip = "\"" + tag + "-gzip\"";
        this.etagBrotli = "\"" + tag + "-br\"";
    }

    public String contentType() {
        return contentType;
    }

    /** The uncompressed bytes (not a copy: read only). */
    public byte[] identity() {
        return identity;
    }

    /** The gzip form, or null for an answer too small to compress (not a copy: read only). */
    public byte[] gzip() {
        return gzip;
    }

    /**
     * An answer of the server's own, to be kept and sent many times: compressed once here, with gzip at its best and
     * with brotli ({@link Brotli}).
     */
    public static Encoded of(String contentType, byte[] identity) {
        return encode(contentType, identity, Deflater.BEST_COMPRESSION, true);
    }

    /** An answer built for one request: gzipped at the default level, which is faster; no brotli. */
    public static Encoded once(String contentType, byte[] identity) {
        return encode(contentType, identity, Deflater.DEFAULT_COMPRESSION, false);
    }

    private static Encoded encode(String contentType, byte[] identity, int gzipLevel, boolean withBrotli) {
        boolean small = identity.length < SMALLEST_COMPRESSED;
        return new Encoded(
                contentType,
                identity,
                small ? null : gzip(identity, gzipLevel),
                small || !withBrotli ? null : Brotli.compress(identity),
                tag(identity));
    }

    /** Bytes held, for a cache's budget. */
    public long size() {
        return (long) identity.length + (gzip == null ? 0 : gzip.length) + (brotli == null ? 0 : brotli.length);
    }

    /**
     * Sends the form the client accepts best (brotli, then gzip, then none), with {@code Vary: Accept-Encoding}, its
     * ETag and {@code cacheControl}; answers 304 with no body when {@code If-None-Match} names that ETag.
     */
    public void send(Context context, String cacheControl) {
        String accepted = context.header("Accept-Encoding");
        String encoding = null;
        byte[] body = identity;
        if (brotli != null && Negotiation.accepts(accepted, "br")) {
            encoding = "br";
            body = brotli;
        } else if (gzip != null && Negotiation.accepts(accepted, "gzip")) {
            encoding = "gzip";
            body = gzip;
        }
        String etag = encoding == null ? etagPlain : encoding.equals("br") ? etagBrotli : etagGzip;
        context.header("Vary", "Accept-Encoding");
        context.header("Cache-Control", cacheControl);
        context.header("ETag", etag);
        if (Negotiation.matchesEtag(context.header("If-None-Match"), etag)) {
            context.status(304);
            return;
        }
        if (encoding != null) {
            context.header("Content-Encoding", encoding);
        }
        context.contentType(contentType).result(body);
    }

    static String tag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static byte[] gzip(byte[] bytes, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gzip = new LeveledGzip(out, level)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot gzip in memory", e);
        }
        return out.toByteArray();
    }

    private static final class LeveledGzip extends GZIPOutputStream {
        LeveledGzip(ByteArrayOutputStream out, int level) throws IOException {
            super(out, 8192);
            def.setLevel(level);
        }
    }
}

package org.sendacc.server.http;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brotli for the answers the server keeps (docs/web-performance.md, "How answers are cached"): Google's encoder through
 * brotli4j's native library, at quality 6, which on the pages' HTML is a third smaller than gzip at its best and as
 * fast. Where the native library cannot load (a platform the build does not bundle), answers are gzipped only, and the
 * server says so once.
 */
final class Brotli {
    private static final Logger LOG = LoggerFactory.getLogger(Brotli.class);
    /** Quality 6 of 11: on the area and home pages within 1 kB of quality 9, at a tenth of its time. */
    static final int QUALITY = 6;

    private static final boolean AVAILABLE = load();

    private Brotli() {}

    private static boolean load() {
        if (Brotli4jLoader.isAvailable()) {
            return true;
        }
        LOG.warn(
                "Brotli is not available on this platform ({}), so answers are gzipped only: {}",
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                String.valueOf(Brotli4jLoader.getUnavailabilityCause()));
        return false;
    }

    /** The brotli form of the bytes, or null when brotli is not available here. */
    static byte[] compress(byte[] bytes) {
        if (!AVAILABLE) {
            return null;
        }
        try {
            return Encoder.compress(bytes, new Encoder.Parameters().setQuality(QUALITY));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress with brotli in memory", e);
        }
    }
}

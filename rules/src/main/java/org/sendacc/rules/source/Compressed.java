package org.sendacc.rules.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The content of a file a publisher named {@code .gz}, by what its bytes are rather than by its name: gzip (NHS
 * England's {@code AutismStats*.csv.gz}), or a zip archive of one file (DfE's AP census
 * {@code ap_placements_ap_census.csv.gz} is a zip, which {@code zcat} also reads). Anything else, or a zip of more than
 * one file, is not read.
 */
final class Compressed {
    private static final int BUFFER = 64 * 1024;

    private Compressed() {}

    static InputStream open(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, BUFFER);
        buffered.mark(4);
        int first = buffered.read();
        int second = buffered.read();
        int third = buffered.read();
        int fourth = buffered.read();
        buffered.reset();
        if (first == 0x1f && second == 0x8b) {
            return new GZIPInputStream(buffered, BUFFER);
        }
        if (first == 'P' && second == 'K' && third == 3 && fourth == 4) {
            return onlyEntry(new ZipInputStream(buffered));
        }
        throw new ZipException("neither gzip nor zip content");
    }

    /** The one file of a zip archive: its entries after the first are not read, so a second one is refused. */
    private static InputStream onlyEntry(ZipInputStream zip) throws IOException {
        ZipEntry entry = zip.getNextEntry();
        if (entry == null || entry.isDirectory()) {
            throw new ZipException("the zip archive holds no file");
        }
        return new java.io.FilterInputStream(zip) {
            private boolean checked;

            @Override
            public int read() throws IOException {
                int value = super.read();
                return value < 0 ? end() : value;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                int count = super.read(bytes, offset, length);
                return count < 0 ? end() : count;
            }

            /** At the end of the first file: a second one means the archive is not one file. */
            private int end() throws IOException {
                if (!checked) {
                    checked = true;
                    if (zip.getNextEntry() != null) {
                        throw new ZipException("the zip archive holds more than one file");
                    }
                }
                return -1;
            }
        };
    }
}

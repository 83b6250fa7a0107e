package org.sendacc.rules.read;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens published text files as UTF-8: drops a byte-order mark, and turns bytes that are not UTF-8 (a file saved
 * as Windows-1252, say) into U+FFFD so that only the rows holding them are rejected, not the whole file. A line longer
 * than {@link #LONGEST_LINE} characters stops the reading with an {@link IOException}: no real file has one, and a
 * parser would otherwise hold it whole in memory, however long.
 */
public final class TextInput {
    /** What an undecodable byte becomes; a cell holding it is rejected with rule {@code row.encoding}. */
    public static final char UNDECODABLE = '\uFFFD';

    /** The longest line read: DfE's widest tidy files have lines of about 2,000 characters. */
    public static final int LONGEST_LINE = 1_000_000;

    private static final int BUFFER = 1 << 16;

    private TextInput() {}

    public static Reader utf8(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] head = new byte[3];
        int read = pushback.readNBytes(head, 0, 3);
        boolean bom = read == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom && read > 0) {
            pushback.unread(head, 0, read);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(UNDECODABLE));
        return new LineLengthLimit(new BufferedReader(new InputStreamReader(pushback, decoder), BUFFER));
    }

    /**
     * Fails a line longer than {@link #LONGEST_LINE}. Reads come in chunks shorter than that limit, so a line can only
     * pass it across chunks: only the length since the last line end is kept, found by looking back from each chunk's
     * end, and forward to the first line end when the line began in an earlier chunk.
     */
    private static final class LineLengthLimit extends FilterReader {
        private long lineLength;

        LineLengthLimit(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c == '\n' || c == '\r') {
                lineLength = 0;
            } else if (c >= 0) {
                grow(1);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, Math.min(length, BUFFER));
            if (read <= 0) {
                return read;
            }
            int end = offset + read;
            int first = offset;
            while (first < end && buffer[first] != '\n' && buffer[first] != '\r') {
                first++;
            }
            grow(first - offset);
            if (first < end) {
                int last = end - 1;
                while (buffer[last] != '\n' && buffer[last] != '\r') {
                    last--;
                }
                lineLength = (long) end - 1 - last;
            }
            return read;
        }

        private void grow(long characters) throws IOException {
            lineLength += characters;
            if (lineLength > LONGEST_LINE) {
                throw new IOException(
                        "a line is longer than " + String.format(java.util.Locale.ROOT, "%,d", LONGEST_LINE)
                                + " characters, far longer than any real file's");
            }
        }
    }
}

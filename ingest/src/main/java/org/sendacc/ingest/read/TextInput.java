package org.sendacc.ingest.read;

import java.io.BufferedReader;
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
 * as Windows-1252, say) into U+FFFD so that only the rows holding them are rejected, not the whole file.
 */
public final class TextInput {
    /** What an undecodable byte becomes; a cell holding it is rejected with rule {@code row.encoding}. */
    public static final char UNDECODABLE = '\uFFFD';

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
        return new BufferedReader(new InputStreamReader(pushback, decoder), 1 << 16);
    }
}

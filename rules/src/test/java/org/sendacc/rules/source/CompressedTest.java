package org.sendacc.rules.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A file named .gz is read by what its bytes are: gzip, or a zip of one file (as DfE's AP census is). */
class CompressedTest {
    static final String CSV = "time_period,number_of_pupils\n202223,40904\n";

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(CSV.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static String read(byte[] bytes) throws IOException {
        try (InputStream in = Compressed.open(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsGzipAndAZipOfOneFile() throws IOException {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(CSV.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(read(gzip.toByteArray())).isEqualTo(CSV);
        assertThat(read(zip("ap_placements_ap_census.csv"))).isEqualTo(CSV);
    }

    @Test
    void refusesPlainTextAndAZipOfTwoFiles() {
        assertThatThrownBy(() -> read(CSV.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ZipException.class)
                .hasMessage("neither gzip nor zip content");
        assertThatThrownBy(() -> read(zip("a.csv", "b.csv")))
                .isInstanceOf(ZipException.class)
                .hasMessage("the zip archive holds more than one file");
    }
}

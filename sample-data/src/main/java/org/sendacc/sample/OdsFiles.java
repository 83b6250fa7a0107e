package org.sendacc.sample;

import com.github.miachm.sods.SpreadSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Saves an OpenDocument spreadsheet built with SODS so that the same arguments write the same bytes: SODS stamps each
 * zip entry with the time of writing, so the package is copied with every entry at one fixed time, in the same order.
 */
final class OdsFiles {
    private OdsFiles() {}

    static void save(SpreadSheet workbook, Path path) {
        try {
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            workbook.save(written);
            Files.createDirectories(path.toAbsolutePath().getParent());
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(written.toByteArray()));
                    OutputStream file = Files.newOutputStream(path);
                    ZipOutputStream out = new ZipOutputStream(file)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    byte[] content = in.readAllBytes();
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(XlsxWorkbook.FIXED_ZIP_TIME);
                    if (entry.getName().equals("mimetype")) {
                        // ODF wants the mimetype first and uncompressed
                        CRC32 crc = new CRC32();
                        crc.update(content);
                        copy.setMethod(ZipEntry.STORED);
                        copy.setSize(content.length);
                        copy.setCrc(crc.getValue());
                    }
                    out.putNextEntry(copy);
                    out.write(content);
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}

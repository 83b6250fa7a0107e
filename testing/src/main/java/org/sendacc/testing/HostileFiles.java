package org.sendacc.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Files an attacker would send, built the same way wherever a test needs one. */
public final class HostileFiles {
    private HostileFiles() {}

    /**
     * A real .xlsx workbook whose first sheet is replaced by {@code megabytes} MB of spaces: a zip bomb that is a few
     * hundred kB on the wire and every part of a workbook but its sheet's content.
     */
    public static byte[] zipBombWorkbook(int megabytes) {
        try {
            byte[] real;
            try (XSSFWorkbook book = new XSSFWorkbook();
                    ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                book.createSheet("Return").createRow(0).createCell(0).setCellValue("request_id");
                book.write(out);
                real = out.toByteArray();
            }
            ByteArrayOutputStream bomb = new ByteArrayOutputStream();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(real));
                    ZipOutputStream zip = new ZipOutputStream(bomb)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        byte[] spaces = new byte[1 << 20];
                        Arrays.fill(spaces, (byte) ' ');
                        for (int i = 0; i < megabytes; i++) {
                            zip.write(spaces);
                        }
                    } else {
                        in.transferTo(zip);
                    }
                }
            }
            return bomb.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

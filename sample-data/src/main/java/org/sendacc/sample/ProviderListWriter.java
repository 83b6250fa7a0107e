package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code nhs/etr.csv}: the synthetic providers in the layout of NHS Digital's ODS list of NHS trusts (no
 * header, 27 quoted columns: code, name, NHS region, ICB, address..., open date).
 *
 * <p>The NHS workbook names providers but not their ICB; with real data the ODS list links them. The sample ships
 * its own list so that provider rows can be tied to ICBs exactly as with the real file.
 */
final class ProviderListWriter {

    static final String FILE = "nhs/etr.csv";
    private static final int COLUMNS = 27;
    private static final String OPEN_DATE = "20220701";

    private ProviderListWriter() {}

    static long write(Path outputFolder, Map<String, IcbProfile> icbProfiles) {
        requireNonNull(icbProfiles, "icbProfiles is null");
        List<String[]> rows = new ArrayList<>();
        for (IcbProfile profile : icbProfiles.values()) {
            for (SyntheticProvider provider : profile.providers()) {
                String[] row = new String[COLUMNS];
                java.util.Arrays.fill(row, "");
                row[0] = provider.code();
                row[1] = provider.name();
                row[2] = profile.icb().nhsRegionOdsCode();
                row[3] = profile.odsCode();
                row[4] = "SYNTHETIC PROVIDER";
                row[10] = OPEN_DATE;
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparing(row -> row[0]));
        try (CsvLineWriter writer =
                CsvLineWriter.open(outputFolder.resolve(FILE), false, CsvLineWriter.UNIX_LINE_END)) {
            StringBuilder line = new StringBuilder(256);
            for (String[] row : rows) {
                line.setLength(0);
                for (int column = 0; column < row.length; column++) {
                    if (column > 0) {
                        line.append(',');
                    }
                    line.append('"').append(row[column].replace("\"", "\"\"")).append('"');
                }
                writer.writeLine(line);
            }
            return writer.records();
        }
    }
}

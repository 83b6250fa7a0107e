package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run wrote: each file with its number of data rows (header excluded; for a workbook, organisation rows per
 * table sheet; for the MoJ table, lines).
 */
final class GenerationSummary {

    /** One written file. */
    record WrittenFile(String file, long rows) {
        WrittenFile {
            requireNonNull(file, "file is null");
            if (rows < 0) {
                throw new IllegalArgumentException("negative row count for " + file);
            }
        }
    }

    private final List<WrittenFile> files = new ArrayList<>();

    synchronized void add(String file, long rows) {
        files.add(new WrittenFile(file, rows));
    }

    synchronized List<WrittenFile> files() {
        List<WrittenFile> sorted = new ArrayList<>(files);
        sorted.sort((first, second) -> first.file().compareTo(second.file()));
        return sorted;
    }

    synchronized long totalRows() {
        long total = 0;
        for (WrittenFile file : files) {
            total += file.rows();
        }
        return total;
    }

    /** Files and rows by kind: the folder, and for returns the template (file name without its area code). */
    synchronized Map<String, long[]> byKind() {
        Map<String, long[]> kinds = new TreeMap<>();
        for (WrittenFile file : files) {
            long[] counts = kinds.computeIfAbsent(kind(file.file()), key -> new long[2]);
            counts[0]++;
            counts[1] += file.rows();
        }
        return kinds;
    }

    static String kind(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
        for (String template : List.of("ehc_assessment_records_", "health_advice_requests_", "therapy_referrals_")) {
            if (name.startsWith(template)) {
                return folder + template + "*.csv";
            }
        }
        if (name.startsWith("community_health_")) {
            return folder + "community_health_*.xlsx";
        }
        return file;
    }
}

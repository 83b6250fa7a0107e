package org.sendacc.reference.tool;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The local authorities as DfE publishes them in the EHC plans release: code, 3-digit number, name and region.
 *
 * <p>DfE's names and numbers are the ones users see in DfE publications, so our LA table takes them from here. The
 * release spans 2018-2025 and so also names the predecessors (Bournemouth, Poole, Dorset county, Northamptonshire,
 * Cumbria) and the old codes DfE keeps using (E10000023, E10000027, E10000002, E08000016, E08000019).
 */
final class DfePublishedAuthorities {

    /** The four headline files of the release; between them they cover calendar 2019-2024 and academic 2018/19-2024/25. */
    static final List<String> FILES =
            List.of("timeliness_20_week.csv", "requests.csv", "assessments.csv", "caseload.csv");

    private static final String LOCAL_AUTHORITY_LEVEL = "Local authority";
    private static final List<String> COLUMNS = List.of(
            "time_period", "geographic_level", "region_code", "region_name", "new_la_code", "old_la_code", "la_name");

    /**
     * One code as DfE publishes it.
     *
     * @param inLatestPeriod true when the code appears in the latest period of at least one file, i.e. DfE still
     *     publishes figures under it
     */
    record PublishedAuthority(
            String code, String oldLaCode, String name, String regionCode, String regionName, boolean inLatestPeriod) {
        PublishedAuthority {
            requireNonNull(code, "code is null");
            requireNonNull(oldLaCode, "oldLaCode is null");
            requireNonNull(name, "name is null");
            requireNonNull(regionCode, "regionCode is null");
            requireNonNull(regionName, "regionName is null");
        }
    }

    private final Map<String, PublishedAuthority> byCode;

    private DfePublishedAuthorities(Map<String, PublishedAuthority> byCode) {
        this.byCode = byCode;
    }

    /**
     * Reads the LA rows of the release in {@code folder}.
     *
     * @throws IllegalArgumentException if one code is published with two names, numbers or regions, or a region is not
     *     an English region (E12)
     */
    static DfePublishedAuthorities read(Path folder) {
        requireNonNull(folder, "folder is null");
        Map<String, PublishedAuthority> byCode = new TreeMap<>();
        for (String fileName : FILES) {
            List<SourceCsv.Row> rows = new ArrayList<>();
            for (SourceCsv.Row row : SourceCsv.read(folder.resolve(fileName), COLUMNS)) {
                if (row.get("geographic_level").equals(LOCAL_AUTHORITY_LEVEL)) {
                    rows.add(row);
                }
            }
            long latestPeriod = 0;
            for (SourceCsv.Row row : rows) {
                latestPeriod = Math.max(latestPeriod, Long.parseLong(row.get("time_period")));
            }
            for (SourceCsv.Row row : rows) {
                boolean latest = Long.parseLong(row.get("time_period")) == latestPeriod;
                merge(byCode, published(row, latest), row);
            }
        }
        return new DfePublishedAuthorities(byCode);
    }

    private static PublishedAuthority published(SourceCsv.Row row, boolean latest) {
        String regionCode = row.get("region_code");
        if (!regionCode.startsWith("E12")) {
            throw new IllegalArgumentException(row.file() + " record " + row.recordNumber() + ": LA "
                    + row.get("new_la_code") + " has region " + regionCode + ", not an English region E12");
        }
        return new PublishedAuthority(
                row.get("new_la_code"),
                row.get("old_la_code"),
                row.get("la_name"),
                regionCode,
                row.get("region_name"),
                latest);
    }

    private static void merge(Map<String, PublishedAuthority> byCode, PublishedAuthority found, SourceCsv.Row row) {
        PublishedAuthority known = byCode.get(found.code());
        if (known == null) {
            byCode.put(found.code(), found);
            return;
        }
        boolean sameDescription = known.oldLaCode().equals(found.oldLaCode())
                && known.name().equals(found.name())
                && known.regionCode().equals(found.regionCode())
                && known.regionName().equals(found.regionName());
        if (!sameDescription) {
            throw new IllegalArgumentException(row.file() + " record " + row.recordNumber() + ": LA code "
                    + found.code() + " is published as " + found + " but elsewhere as " + known);
        }
        if (found.inLatestPeriod() && !known.inLatestPeriod()) {
            byCode.put(found.code(), found);
        }
    }

    /** Every code DfE publishes, in code order. */
    List<PublishedAuthority> all() {
        return List.copyOf(byCode.values());
    }

    Optional<PublishedAuthority> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}

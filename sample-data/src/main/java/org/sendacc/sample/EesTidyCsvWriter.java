package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.reference.LocalAuthority;

/**
 * Writes an Explore Education Statistics tidy CSV exactly as DfE publishes one: UTF-8 with byte-order mark, CRLF,
 * the open data standard geography columns, then filters and indicators.
 *
 * <p>National rows leave region and LA columns empty; regional rows leave the LA columns empty. Callers pass the
 * indicator values already formatted, so a value can be a number, a DfE symbol, or (for a planted bad row) text.
 *
 * <p>The geography columns' names and the order and sums of the national and regional rows are kept here, beside
 * the methods that fill those columns, so that every EES table writes them the same way.
 */
final class EesTidyCsvWriter implements Closeable {

    static final String ENGLAND_CODE = AreaLevel.ENGLAND_CODE;
    static final String ENGLAND_NAME = "England";
    static final String NATIONAL = "National";
    static final String REGIONAL = "Regional";
    static final String LOCAL_AUTHORITY = "Local authority";

    /** The geography columns every EES tidy file starts with, in the order the row methods below fill them. */
    static final List<String> GEOGRAPHY_COLUMNS = List.of(
            "time_period",
            "time_identifier",
            "geographic_level",
            "country_code",
            "country_name",
            "region_code",
            "region_name",
            "new_la_code",
            "old_la_code",
            "la_name");

    private final CsvLineWriter writer;
    private final String relativeName;
    private final int columns;

    EesTidyCsvWriter(Path outputFolder, String relativeName, List<String> header) {
        requireNonNull(outputFolder, "outputFolder is null");
        this.relativeName = requireNonNull(relativeName, "relativeName is null");
        requireNonNull(header, "header is null");
        this.writer = CsvLineWriter.open(outputFolder.resolve(relativeName), true, CsvLineWriter.WINDOWS_LINE_END);
        this.columns = header.size();
        writer.write(header);
    }

    /** A file's header: the geography columns, then the given filter and indicator columns. */
    static List<String> header(String... columns) {
        List<String> header = new ArrayList<>(GEOGRAPHY_COLUMNS);
        header.addAll(List.of(columns));
        return List.copyOf(header);
    }

    /** The geography columns of a national row. */
    static List<String> national(String timePeriod, String timeIdentifier) {
        return List.of(timePeriod, timeIdentifier, NATIONAL, ENGLAND_CODE, ENGLAND_NAME, "", "", "", "", "");
    }

    /** The geography columns of a regional row. */
    static List<String> regional(String timePeriod, String timeIdentifier, SampleGeography.Region region) {
        return List.of(
                timePeriod,
                timeIdentifier,
                REGIONAL,
                ENGLAND_CODE,
                ENGLAND_NAME,
                region.code(),
                region.name(),
                "",
                "",
                "");
    }

    /** The geography columns of an LA row, with the code DfE prints for the period. */
    static List<String> localAuthority(
            String timePeriod, String timeIdentifier, LocalAuthority authority, String publishedCode) {
        return List.of(
                timePeriod,
                timeIdentifier,
                LOCAL_AUTHORITY,
                ENGLAND_CODE,
                ENGLAND_NAME,
                authority.regionCode(),
                authority.regionName(),
                publishedCode,
                authority.oldLaCode(),
                authority.name());
    }

    /** Writes geography columns followed by the rest; returns the line number the row landed on. */
    long write(List<String> geography, List<String> rest) {
        List<String> row = new ArrayList<>(geography.size() + rest.size());
        row.addAll(geography);
        row.addAll(rest);
        if (row.size() != columns) {
            throw new IllegalArgumentException(
                    relativeName + ": a row has " + row.size() + " fields but the header has " + columns);
        }
        writer.write(row);
        return writer.records();
    }

    /**
     * Writes a period's national row and then one row for each region that has LAs in the period, in the order of
     * {@code regions}, as DfE orders them; each row's values are {@code valuesOfSum} of its LAs' figures.
     *
     * @param byAuthority each LA of the period with its figures
     * @param valuesOfSum the formatted values (after the geography columns) of the sum of the figures given
     */
    <T> void writeNationalAndRegional(
            String timePeriod,
            String timeIdentifier,
            List<SampleGeography.Region> regions,
            Map<LocalAuthority, T> byAuthority,
            Function<List<T>, List<String>> valuesOfSum) {
        write(national(timePeriod, timeIdentifier), valuesOfSum.apply(new ArrayList<>(byAuthority.values())));
        for (SampleGeography.Region region : regions) {
            List<T> inRegion = new ArrayList<>();
            byAuthority.forEach((authority, figures) -> {
                if (authority.regionCode().equals(region.code())) {
                    inRegion.add(figures);
                }
            });
            if (!inRegion.isEmpty()) {
                write(regional(timePeriod, timeIdentifier, region), valuesOfSum.apply(inRegion));
            }
        }
    }

    long records() {
        return writer.records();
    }

    String relativeName() {
        return relativeName;
    }

    @Override
    public void close() {
        writer.close();
    }
}

package org.sendacc.contract.catalogue;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a source's figures were published, so that every figure can be cited (docs/snapshot.md "Citations"): the
 * publisher, the publication and its page, the data file (the table of the release it comes from) and the releases we
 * know of. The catalogue lists them; analytics stamps each figure with its release's date and page, and the exports
 * name the publisher, release and table on every row.
 *
 * @param source the series source it publishes, e.g. {@code dfe_ees}
 * @param table the warehouse table it fills (null for a source with one table), e.g. {@code dfe_timeliness_20_week}
 * @param publisher who published it, e.g. "Department for Education"
 * @param publication the publication's title, e.g. "Education, health and care plans"
 * @param url the publication's page
 * @param dataFile the release's data file the table is read from, e.g. "timeliness_20_week.csv"
 * @param covers {@code series}: a release carries its whole series (DfE's files, revised each year), so every period of
 *     a series is cited to the release whose latest period is the series' latest; {@code period}: a release carries one
 *     period (NHS England's monthly editions), and each period is cited to its own release
 * @param releases the releases we know of, each with the latest period it holds
 */
public record Publication(
        @JsonProperty("source") String source,
        @JsonProperty("table") String table,
        @JsonProperty("publisher") String publisher,
        @JsonProperty("publication") String publication,
        @JsonProperty("url") String url,
        @JsonProperty("data_file") String dataFile,
        @JsonProperty("covers") String covers,
        @JsonProperty("releases") List<Release> releases)
        implements Serializable {
    public static final String COVERS_SERIES = "series";
    public static final String COVERS_PERIOD = "period";

    public Publication {
        requireNonNull(source, "source is null");
        requireNonNull(publisher, source + ": publisher is null");
        requireNonNull(publication, source + ": publication is null");
        requireNonNull(url, source + ": url is null");
        covers = covers == null ? COVERS_SERIES : covers;
        if (!covers.equals(COVERS_SERIES) && !covers.equals(COVERS_PERIOD)) {
            throw new IllegalArgumentException(
                    source + ": covers '" + covers + "' is not one of [" + COVERS_PERIOD + ", " + COVERS_SERIES + "]");
        }
        releases = releases == null ? List.of() : List.copyOf(releases);
    }

    /**
     * One release of the publication.
     *
     * @param title the release's title, e.g. "Education, health and care plans: reporting year 2025"
     * @param url the release's page
     * @param released the day it was published as an ISO date ({@code 2025-06-26}), where known (null otherwise)
     * @param latestPeriod the latest period it holds, e.g. {@code 2024} or {@code 2023-10}
     */
    public record Release(
            @JsonProperty("title") String title,
            @JsonProperty("url") String url,
            @JsonProperty("released") String released,
            @JsonProperty("latest_period") String latestPeriod)
            implements Serializable {
        public Release {
            requireNonNull(title, "title is null");
            requireNonNull(url, title + ": url is null");
            requireNonNull(latestPeriod, title + ": latest_period is null");
            if (released != null) {
                LocalDate.parse(released); // fails the catalogue's load on a day that is not one
            }
        }

        /** The day it was published, or null where not known. */
        public LocalDate releasedDay() {
            return released == null ? null : LocalDate.parse(released);
        }
    }

    /** True where this publication is the one for a series of the source, read from the table (null if none). */
    public boolean publishes(String seriesSource, String seriesTable) {
        return source.equals(seriesSource) && (table == null || table.equals(seriesTable));
    }

    /**
     * The release a figure of the period comes from, given the latest period its series has: by {@link #covers}, the
     * release whose latest period is the period's own or the series' latest. Empty where we know no such release (a
     * newer edition than the catalogue lists): the figure is then cited to the publication alone.
     */
    public Optional<Release> release(String period, String seriesLatestPeriod) {
        String wanted = covers.equals(COVERS_PERIOD) ? period : seriesLatestPeriod;
        return releases.stream()
                .filter(release -> release.latestPeriod().equals(wanted))
                .max(Comparator.comparing(Release::latestPeriod));
    }

    /** The publication of a series among those listed, if any. */
    public static Optional<Publication> of(List<Publication> publications, String seriesSource, String seriesTable) {
        return publications.stream()
                .filter(publication -> publication.publishes(seriesSource, seriesTable))
                .findFirst();
    }
}

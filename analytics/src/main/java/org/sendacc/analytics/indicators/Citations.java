package org.sendacc.analytics.indicators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendacc.contract.catalogue.Catalogue;
import org.sendacc.contract.catalogue.Publication;

/**
 * The publication and release each published figure is cited by (docs/snapshot.md "Citations").
 */
final class Citations {
    private Citations() {}

    record SeriesOfSource(String indicatorId, String source) {}

    /**
     * Where the recipe gave no date or page of its own (an inspection's report has them), each figure of a published
     * source is stamped with its release's date and page from the catalogue's publications (docs/snapshot.md
     * "Citations"), or the publication's page where the catalogue knows no release holding it.
     */
    static void withCitations(List<IndicatorRow> rows, Catalogue catalogue) {
        Map<SeriesOfSource, IndicatorRow> latest = new HashMap<>();
        for (IndicatorRow row : rows) {
            latest.merge(
                    new SeriesOfSource(row.indicator.id(), row.source),
                    row,
                    (one, other) -> one.periodStart.isAfter(other.periodStart) ? one : other);
        }
        // one publication per series, looked up once, not once per row
        Map<SeriesOfSource, Optional<Publication>> publications = new HashMap<>();
        for (IndicatorRow row : rows) {
            if (row.publishedDate != null || row.evidenceUrl != null) {
                continue;
            }
            SeriesOfSource series = new SeriesOfSource(row.indicator.id(), row.source);
            Optional<Publication> publication = publications.computeIfAbsent(
                    series,
                    ignored -> Publication.of(
                            catalogue.publications(),
                            row.source,
                            row.indicator.sources().stream()
                                    .filter(source -> source.source().equals(row.source))
                                    .findFirst()
                                    .flatMap(source -> source.optionalText("table"))
                                    .orElse(null)));
            if (publication.isPresent()) {
                Optional<Publication.Release> release =
                        publication.get().release(row.period, latest.get(series).period);
                row.evidenceUrl = release.map(Publication.Release::url)
                        .orElse(publication.get().url());
                row.publishedDate =
                        release.map(Publication.Release::releasedDay).orElse(null);
            }
        }
    }
}

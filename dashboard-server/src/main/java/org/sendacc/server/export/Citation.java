package org.sendacc.server.export;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.sendacc.contract.catalogue.Publication;
import org.sendacc.server.indicator.IndicatorLookup;
import org.sendacc.server.snapshot.Period;
import org.sendacc.server.snapshot.Snapshot;

/**
 * Where one series (an indicator from one source) was published, as the exports cite it (docs/snapshot.md
 * "Citations"): the catalogue's publication, and the series' latest period, from which each period's release follows.
 * Made once per series, for the data file's rows and the metadata's citation alike.
 */
record Citation(Publication publication, String latestPeriod) {
    Citation {
        requireNonNull(publication, "publication is null");
        requireNonNull(latestPeriod, "latestPeriod is null");
    }

    /** The citation of a series, if the catalogue lists its publication. */
    static Optional<Citation> of(Snapshot snapshot, String indicatorId, String source) {
        return snapshot.catalogue()
                .publication(indicatorId, source)
                .map(publication -> new Citation(
                        publication,
                        IndicatorLookup.latestPeriod(snapshot, indicatorId, source)
                                .map(Period::period)
                                .orElse("")));
    }

    /**
     * The citation of one row: the series' own, unless the row carries the page of a release of another publication of
     * its source (the years only an older release of DfE's EHC plan statistics gives), which it is then cited to.
     */
    Citation forRow(String source, String evidenceUrl, List<Publication> publications) {
        if (evidenceUrl == null
                || evidenceUrl.equals(publication.url())
                || publication.releases().stream()
                        .anyMatch(release -> release.url().equals(evidenceUrl))) {
            return this;
        }
        for (Publication other : publications) {
            if (!other.source().equals(source) || other.equals(publication)) {
                continue;
            }
            for (Publication.Release release : other.releases()) {
                if (release.url().equals(evidenceUrl)) {
                    return new Citation(other, release.latestPeriod());
                }
            }
        }
        return this;
    }

    /** The release a period's figure comes from, if the catalogue lists it. */
    Optional<Publication.Release> release(String period) {
        return publication.release(period, latestPeriod);
    }

    /** The release of the series' latest figures, if listed. */
    Optional<Publication.Release> latestRelease() {
        return release(latestPeriod);
    }

    /** "Education, health and care plans: reporting year 2025", or the publication alone where no release is known. */
    String releaseTitle(String period) {
        return release(period).map(Publication.Release::title).orElse(publication.publication());
    }
}

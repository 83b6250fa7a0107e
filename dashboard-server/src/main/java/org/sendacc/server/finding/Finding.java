package org.sendacc.server.finding;

import static java.util.Objects.requireNonNull;

import org.sendacc.contract.catalogue.Partner;

/**
 * One headline finding about an area (docs/findings.md): a plain-English sentence written from the published
 * statistics by a rule, never by hand, with the figure it rests on and where to see the evidence.
 *
 * @param kind the rule that wrote it, e.g. {@code worse_than_benchmark}
 * @param severity for ordering, 5 (the joint story) down to 1 (better than the benchmarks, a figure released)
 * @param partner who is accountable: {@code LA}, {@code ICB} or {@code joint}
 * @param evidence the page that shows the figures, relative to the server
 * @param relatedIndicatorId the other indicator of a joint finding (the ICB-led one), or null
 */
public record Finding(
        String areaCode,
        String kind,
        int severity,
        String sentence,
        String indicatorId,
        String period,
        String source,
        Partner partner,
        String evidence,
        Double value,
        Double lowerCi95,
        Double upperCi95,
        String relatedIndicatorId) {
    public Finding {
        requireNonNull(areaCode, "areaCode is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(sentence, "sentence is null");
        requireNonNull(indicatorId, "indicatorId is null");
        requireNonNull(period, "period is null");
        requireNonNull(source, "source is null");
        requireNonNull(partner, "partner is null");
        requireNonNull(evidence, "evidence is null");
    }

    /** The partner's tag as the pages show it: its words and colour. */
    @com.fasterxml.jackson.annotation.JsonIgnore // not part of the API's finding: the partner's token is
    public org.sendacc.server.page.Display.PartnerTag tag() {
        return org.sendacc.server.page.Display.partnerTag(partner);
    }
}

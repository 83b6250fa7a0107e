package org.sendacc.server.finding;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.sendacc.contract.catalogue.Partner;

/**
 * One problem (or strength) of an area: the findings about one family of indicators (docs/findings.md "Cards"), such
 * as new plans within 20 weeks with and without exceptions, with its benchmark, rank, trend and joint findings
 * together. The most severe finding is the card's headline; the others are its details.
 *
 * @param family the catalogue family the findings are about (an indicator's own id when it has no family)
 * @param title the title of the headline finding's indicator
 * @param severity the headline finding's severity, 5 to 1
 * @param partner who is accountable for the headline finding: {@code LA}, {@code ICB} or {@code joint}
 * @param headline the headline finding's sentence
 * @param evidence the page that shows the headline finding's figures
 * @param findings every finding of the card, the most severe (the headline) first
 */
public record FindingCard(
        String family,
        String title,
        int severity,
        Partner partner,
        String headline,
        String evidence,
        List<Finding> findings) {
    public FindingCard {
        requireNonNull(family, "family is null");
        requireNonNull(title, "title is null");
        requireNonNull(partner, "partner is null");
        requireNonNull(headline, "headline is null");
        requireNonNull(evidence, "evidence is null");
        findings = List.copyOf(requireNonNull(findings, "findings is null"));
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a card needs at least one finding");
        }
    }

    /** The findings under the headline. */
    public List<Finding> details() {
        return findings.subList(1, findings.size());
    }

    /** True for a problem: a card whose headline is worse than a benchmark, getting worse, in the worst tenth... */
    public boolean isProblem() {
        return severity >= 3;
    }

    /** The partner's tag as the pages show it: its words and colour. */
    @com.fasterxml.jackson.annotation.JsonIgnore // not part of the API's finding: the partner's token is
    public org.sendacc.server.page.Display.PartnerTag tag() {
        return org.sendacc.server.page.Display.partnerTag(partner);
    }
}

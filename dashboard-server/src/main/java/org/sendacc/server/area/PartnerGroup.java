package org.sendacc.server.area;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.sendacc.contract.catalogue.Partner;

/** The indicators one partner (LA, ICB or joint) is accountable for, in catalogue order. */
public record PartnerGroup(Partner partner, List<ProfileIndicator> indicators) {
    public PartnerGroup {
        requireNonNull(partner, "partner is null");
        indicators = List.copyOf(requireNonNull(indicators, "indicators is null"));
    }
}

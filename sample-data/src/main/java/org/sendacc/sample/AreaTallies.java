package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendacc.reference.LocalAuthority;

/**
 * The person-level counts of every current LA, and the sums the published tables need: a predecessor (its
 * successors' counts), a region and England.
 */
final class AreaTallies {

    private final SampleGeography geography;
    private final Map<String, EhcTally> byCurrentLa = new HashMap<>();
    private final int firstYear;
    private final int lastYear;

    AreaTallies(SampleGeography geography, int firstYear, int lastYear) {
        this.geography = requireNonNull(geography, "geography is null");
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** The tally a current LA's records are counted into. */
    EhcTally forCurrent(LocalAuthority authority) {
        if (!authority.isCurrent()) {
            throw new IllegalArgumentException("records belong to current LAs, not to " + authority.code());
        }
        return byCurrentLa.computeIfAbsent(authority.code(), code -> new EhcTally(firstYear, lastYear));
    }

    /** The counts of any LA: its own, or its successors' for a predecessor. */
    EhcTally of(LocalAuthority authority) {
        EhcTally total = new EhcTally(firstYear, lastYear);
        for (SampleGeography.Share share : geography.compositionOf(authority)) {
            EhcTally part = byCurrentLa.get(share.successor().code());
            if (part != null) {
                total.addWeighted(part, share.weight());
            }
        }
        return total;
    }

    /** The counts of each LA in the list, in list order. */
    Map<LocalAuthority, EhcTally> ofEach(List<LocalAuthority> authorities) {
        Map<LocalAuthority, EhcTally> tallies = new LinkedHashMap<>();
        for (LocalAuthority authority : authorities) {
            tallies.put(authority, of(authority));
        }
        return tallies;
    }

    /** The sum of the given tallies (England or a region). */
    EhcTally sum(List<EhcTally> tallies) {
        EhcTally total = new EhcTally(firstYear, lastYear);
        for (EhcTally tally : tallies) {
            total.addWeighted(tally, 1.0);
        }
        return total;
    }
}

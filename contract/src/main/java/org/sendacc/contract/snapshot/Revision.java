package org.sendacc.contract.snapshot;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A figure two releases of one publisher give for the same indicator, area and period, and give differently: the newer
 * release's figure is the one published, and the difference is listed in the snapshot's manifest (docs/snapshot.md
 * "The EHC plan series back to 2014"), never dropped silently.
 *
 * @param measure the publisher's column that differs (a count, or the older release's rate)
 * @param older the older release's figure, null where it gave none
 * @param newer the newer release's figure, null where it gave none
 */
public record Revision(
        @JsonProperty("indicator_id") String indicatorId,
        @JsonProperty("area_code") String areaCode,
        @JsonProperty("period") String period,
        @JsonProperty("measure") String measure,
        @JsonProperty("older") Double older,
        @JsonProperty("newer") Double newer) {
    public Revision {
        requireNonNull(indicatorId, "indicatorId is null");
        requireNonNull(areaCode, "areaCode is null");
        requireNonNull(period, "period is null");
        requireNonNull(measure, "measure is null");
    }
}

package org.sendacc.contract.snapshot;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One difference between two snapshots: the figure (area, indicator, source, period), the kind of change, and its
 * value and comparison with England before and after (null where there was none).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Change(
        @JsonProperty("area_code") String areaCode,
        @JsonProperty("area_name") String areaName,
        @JsonProperty("area_level") AreaLevel areaLevel,
        @JsonProperty("indicator_id") String indicatorId,
        @JsonProperty("source") String source,
        @JsonProperty("period") String period,
        @JsonProperty("period_label") String periodLabel,
        @JsonProperty("kind") ChangeKind kind,
        @JsonProperty("old_value") Double oldValue,
        @JsonProperty("new_value") Double newValue,
        @JsonProperty("old_category") Comparison oldCategory,
        @JsonProperty("new_category") Comparison newCategory) {
    public Change {
        requireNonNull(areaCode, "area_code is null");
        requireNonNull(areaLevel, "area_level is null");
        requireNonNull(indicatorId, "indicator_id is null");
        requireNonNull(source, "source is null");
        requireNonNull(period, "period is null");
        requireNonNull(kind, "kind is null");
    }
}

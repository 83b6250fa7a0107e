package org.sendacc.server.snapshot;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import org.sendacc.contract.catalogue.Partner;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.ComparedRow;
import org.sendacc.contract.snapshot.Comparison;
import org.sendacc.contract.snapshot.TrendDirection;
import org.sendacc.contract.snapshot.TrendJudgement;

/**
 * One row of the published indicators table (docs/snapshot.md): one indicator, source, area and period. Every column is
 * here under its snapshot name in camel case, so that JSON written with snake-case naming repeats the contract exactly;
 * the columns the pipeline may leave empty are boxed types and may be null.
 */
public record IndicatorRow(
        String indicatorId,
        String areaCode,
        String areaName,
        AreaLevel areaLevel,
        String period,
        String periodLabel,
        LocalDate periodStart,
        Double value,
        Double numerator,
        Double denominator,
        Double lowerCi95,
        Double upperCi95,
        Double lowerCi998,
        Double upperCi998,
        Double englandValue,
        Double regionValue,
        Double neighboursValue,
        Double icbValue,
        Comparison comparisonEngland,
        Comparison comparisonRegion,
        Comparison comparisonNeighbours,
        Comparison comparisonIcb,
        Integer rank,
        Long rankedAreas,
        Integer quartile,
        Double previousValue,
        TrendDirection trend,
        TrendJudgement trendJudgement,
        Integer trendPoints,
        String source,
        boolean apportioned,
        boolean breakInSeries,
        boolean suppressed,
        String noValueReason,
        LocalDate publishedDate,
        String evidenceUrl,
        Double noSenValue,
        Double gapToNoSen,
        Partner partner,
        Unit unit,
        Polarity polarity,
        String regionCode,
        String icbCode,
        Long neighboursIncluded,
        String snapshotId)
        implements ComparedRow {

    public IndicatorRow {
        requireNonNull(indicatorId, "indicatorId is null");
        requireNonNull(areaCode, "areaCode is null");
        requireNonNull(areaName, "areaName is null");
        requireNonNull(areaLevel, "areaLevel is null");
        requireNonNull(period, "period is null");
        requireNonNull(periodLabel, "periodLabel is null");
        requireNonNull(periodStart, "periodStart is null");
        requireNonNull(source, "source is null");
        requireNonNull(partner, "partner is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(polarity, "polarity is null");
        requireNonNull(snapshotId, "snapshotId is null");
    }

    /**
     * True for an LA's (or a region's) share of figures measured per ICB, worked out by the declared population rule: an
     * estimate, published without counts, interval, comparison, rank or trend test (docs/snapshot.md "Estimates").
     */
    @JsonIgnore // not a column of the snapshot: the API's rows are exactly the snapshot's columns
    public boolean isEstimate() {
        return apportioned && areaLevel != AreaLevel.ICB;
    }

    /** True where the row is ranked: an LA among LAs, an ICB footprint among ICB footprints, never an estimate. */
    @JsonIgnore
    public boolean isRankable() {
        return (areaLevel == AreaLevel.LA || areaLevel == AreaLevel.ICB) && !isEstimate();
    }

    /** The series this row belongs to: the same indicator, source and area over every period. */
    public String seriesKey() {
        return seriesKey(indicatorId, source, areaCode);
    }

    static String seriesKey(String indicatorId, String source, String areaCode) {
        return indicatorId + '\u0000' + source + '\u0000' + areaCode;
    }
}

package org.sendacc.analytics.indicators;

import java.time.LocalDate;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.SnapshotColumns;

/**
 * One row of the indicators table while {@link IndicatorTable} fills it in, step by step; {@link #values()} gives it in
 * the order of {@link SnapshotColumns#ALL}. Mutable and package-private: it never leaves the analytics job.
 */
final class IndicatorRow {
    final Indicator indicator;
    final String source;
    final String areaCode;
    final AreaLevel level;
    final String period;
    final String periodLabel;
    final LocalDate periodStart;
    Double numerator;
    Double denominator;
    final boolean isApportioned;
    final String missingReason;

    String areaName;
    String regionCode;
    String icbCode;
    Double value;
    Double lowerCi95;
    Double upperCi95;
    Double lowerCi998;
    Double upperCi998;
    boolean isSuppressed;
    /** Withheld to protect another row's small count, not for a small count of its own. */
    boolean isSecondarySuppression;

    Double englandValue;
    Double regionValue;
    Double neighboursValue;
    Long neighboursIncluded;
    Double icbValue;
    String comparisonEngland;
    String comparisonRegion;
    String comparisonNeighbours;
    String comparisonIcb;
    Integer rank;
    Long rankedAreas;
    Integer quartile;
    Double previousValue;
    String trend;
    String trendJudgement;
    Integer trendPoints;
    boolean isBreakInSeries;
    String noValueReason;
    LocalDate publishedDate;
    String evidenceUrl;
    Double noSenValue;
    /** The value as the publisher gave it without counts (an older release's rate); null where counts give it. */
    Double publishedValue;

    Double gapToNoSen;
    String snapshotId;

    IndicatorRow(
            Indicator indicator,
            String source,
            String areaCode,
            AreaLevel level,
            String period,
            String periodLabel,
            LocalDate periodStart,
            Double numerator,
            Double denominator,
            boolean isApportioned,
            String missingReason) {
        this.indicator = indicator;
        this.source = source;
        this.areaCode = areaCode;
        this.level = level;
        this.period = period;
        this.periodLabel = periodLabel;
        this.periodStart = periodStart;
        this.numerator = numerator;
        this.denominator = denominator;
        this.isApportioned = isApportioned;
        this.missingReason = missingReason;
    }

    /**
     * True for an LA's (or a region's) share of figures measured per ICB, worked out by the declared population rule
     * (docs/snapshot.md "Estimates"): an estimate, never tested, compared or ranked. An ICB footprint's own row is a
     * measurement, even where an LA that straddles two ICBs adds a share of its counts to it.
     */
    boolean isEstimate() {
        return isApportioned && level != AreaLevel.ICB;
    }

    /** A copy, for the published table to mask without touching the full one. */
    IndicatorRow copy() {
        IndicatorRow copy = new IndicatorRow(
                indicator,
                source,
                areaCode,
                level,
                period,
                periodLabel,
                periodStart,
                numerator,
                denominator,
                isApportioned,
                missingReason);
        copy.areaName = areaName;
        copy.regionCode = regionCode;
        copy.icbCode = icbCode;
        copy.value = value;
        copy.lowerCi95 = lowerCi95;
        copy.upperCi95 = upperCi95;
        copy.lowerCi998 = lowerCi998;
        copy.upperCi998 = upperCi998;
        copy.isSuppressed = isSuppressed;
        copy.isSecondarySuppression = isSecondarySuppression;
        copy.englandValue = englandValue;
        copy.regionValue = regionValue;
        copy.neighboursValue = neighboursValue;
        copy.neighboursIncluded = neighboursIncluded;
        copy.icbValue = icbValue;
        copy.comparisonEngland = comparisonEngland;
        copy.comparisonRegion = comparisonRegion;
        copy.comparisonNeighbours = comparisonNeighbours;
        copy.comparisonIcb = comparisonIcb;
        copy.rank = rank;
        copy.rankedAreas = rankedAreas;
        copy.quartile = quartile;
        copy.previousValue = previousValue;
        copy.trend = trend;
        copy.trendJudgement = trendJudgement;
        copy.trendPoints = trendPoints;
        copy.isBreakInSeries = isBreakInSeries;
        copy.noValueReason = noValueReason;
        copy.publishedDate = publishedDate;
        copy.evidenceUrl = evidenceUrl;
        copy.noSenValue = noSenValue;
        copy.publishedValue = publishedValue;
        copy.gapToNoSen = gapToNoSen;
        copy.snapshotId = snapshotId;
        return copy;
    }

    /** The row's values in the order of {@link SnapshotColumns#ALL}. */
    Object[] values() {
        return new Object[] {
            indicator.id(),
            areaCode,
            areaName,
            level.snapshotName(),
            period,
            periodLabel,
            periodStart,
            value,
            numerator,
            denominator,
            lowerCi95,
            upperCi95,
            lowerCi998,
            upperCi998,
            englandValue,
            regionValue,
            neighboursValue,
            icbValue,
            comparisonEngland,
            comparisonRegion,
            comparisonNeighbours,
            comparisonIcb,
            rank,
            rankedAreas,
            quartile,
            previousValue,
            trend,
            trendJudgement,
            trendPoints,
            source,
            isApportioned,
            isBreakInSeries,
            isSuppressed,
            noValueReason,
            publishedDate,
            evidenceUrl,
            noSenValue,
            gapToNoSen,
            indicator.partner().token(),
            indicator.unit().token(),
            indicator.polarity().token(),
            regionCode,
            icbCode,
            neighboursIncluded,
            snapshotId
        };
    }
}

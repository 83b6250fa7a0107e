package org.sendacc.server;

import java.time.LocalDate;
import org.sendacc.contract.catalogue.Partner;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.catalogue.Token;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.Comparison;
import org.sendacc.contract.snapshot.TrendDirection;
import org.sendacc.contract.snapshot.TrendJudgement;
import org.sendacc.server.snapshot.IndicatorRow;

/**
 * Builds rows of the indicators table for tests: a row starts with what every row has (indicator, source, area,
 * period and the catalogue's partner, unit and polarity) and each test sets only the figures it is about. Unset
 * figures stay null, as the pipeline leaves them; comparisons default to {@code not_compared}.
 */
public final class TestRows {
    private final String indicatorId;
    private final String source;
    private final String areaCode;
    private final String areaName;
    private final AreaLevel areaLevel;
    private final String period;
    private String periodLabel;
    private LocalDate periodStart;
    private String partner = "LA";
    private String unit = "percent";
    private String polarity = "higher_is_better";
    private Double value;
    private Double numerator;
    private Double denominator;
    private Double lowerCi95;
    private Double upperCi95;
    private Double lowerCi998;
    private Double upperCi998;
    private Double englandValue;
    private Double regionValue;
    private Double neighboursValue;
    private Double icbValue;
    private String comparisonEngland = "not_compared";
    private String comparisonRegion = "not_compared";
    private String comparisonNeighbours = "not_compared";
    private String comparisonIcb = "not_compared";
    private Integer rank;
    private Long rankedAreas;
    private Integer quartile;
    private Double previousValue;
    private String trend = "not_enough_data";
    private String trendJudgement = "no_judgement";
    private Integer trendPoints = 1;
    private boolean apportioned;
    private boolean breakInSeries;
    private boolean suppressed;
    private String noValueReason;
    private LocalDate publishedDate;
    private String evidenceUrl;
    private Double noSenValue;
    private Double gapToNoSen;
    private String regionCode;
    private String icbCode;
    private Long neighboursIncluded;
    private String snapshotId = TestSnapshots.FIRST_ID;

    private TestRows(
            String indicatorId, String source, String areaCode, String areaName, AreaLevel level, String period) {
        this.indicatorId = indicatorId;
        this.source = source;
        this.areaCode = areaCode;
        this.areaName = areaName;
        this.areaLevel = level;
        this.period = period;
        this.periodLabel = period;
        this.periodStart = period.length() == 7
                ? LocalDate.parse(period + "-01")
                : LocalDate.of(Integer.parseInt(period.substring(0, 4)), 1, 1);
    }

    public static TestRows row(
            String indicatorId, String source, String areaCode, String areaName, AreaLevel level, String period) {
        return new TestRows(indicatorId, source, areaCode, areaName, level, period);
    }

    public TestRows catalogue(String partner, String unit, String polarity) {
        this.partner = partner;
        this.unit = unit;
        this.polarity = polarity;
        return this;
    }

    public TestRows figures(Double value, Double numerator, Double denominator) {
        this.value = value;
        this.numerator = numerator;
        this.denominator = denominator;
        return this;
    }

    public TestRows intervals(Double lower95, Double upper95, Double lower998, Double upper998) {
        this.lowerCi95 = lower95;
        this.upperCi95 = upper95;
        this.lowerCi998 = lower998;
        this.upperCi998 = upper998;
        return this;
    }

    public TestRows england(Double englandValue, String comparison) {
        this.englandValue = englandValue;
        this.comparisonEngland = comparison;
        return this;
    }

    public TestRows region(String code, Double regionValue, String comparison) {
        this.regionCode = code;
        this.regionValue = regionValue;
        this.comparisonRegion = comparison;
        return this;
    }

    public TestRows icb(String code, Double icbValue, String comparison) {
        this.icbCode = code;
        this.icbValue = icbValue;
        this.comparisonIcb = comparison;
        return this;
    }

    public TestRows neighbours(Double neighboursValue, Long included, String comparison) {
        this.neighboursValue = neighboursValue;
        this.neighboursIncluded = included;
        this.comparisonNeighbours = comparison;
        return this;
    }

    public TestRows rank(Integer rank, Long rankedAreas, Integer quartile) {
        this.rank = rank;
        this.rankedAreas = rankedAreas;
        this.quartile = quartile;
        return this;
    }

    public TestRows trend(Double previousValue, String trend, String judgement, Integer points) {
        this.previousValue = previousValue;
        this.trend = trend;
        this.trendJudgement = judgement;
        this.trendPoints = points;
        return this;
    }

    public TestRows apportioned() {
        this.apportioned = true;
        return this;
    }

    public TestRows breakInSeries() {
        this.breakInSeries = true;
        return this;
    }

    /** Suppressed as the pipeline publishes it: no figures, comparisons not made, the reason given. */
    public TestRows suppressed() {
        this.suppressed = true;
        this.value = null;
        this.numerator = null;
        this.denominator = null;
        this.lowerCi95 = null;
        this.upperCi95 = null;
        this.lowerCi998 = null;
        this.upperCi998 = null;
        this.comparisonEngland = "not_compared";
        this.comparisonRegion = "not_compared";
        this.comparisonNeighbours = "not_compared";
        this.comparisonIcb = "not_compared";
        this.noValueReason = "suppressed to protect confidentiality (a count between 1 and 4)";
        return this;
    }

    public TestRows noValue(String reason) {
        this.noValueReason = reason;
        return this;
    }

    /** The day the publisher released the figure and its page, as an inspection's report has. */
    public TestRows evidence(LocalDate published, String url) {
        this.publishedDate = published;
        this.evidenceUrl = url;
        return this;
    }

    /** The figure for those with no SEN beside the row's, and the gap to it. */
    public TestRows noSen(Double value, Double gap) {
        this.noSenValue = value;
        this.gapToNoSen = gap;
        return this;
    }

    public TestRows snapshot(String id) {
        this.snapshotId = id;
        return this;
    }

    public IndicatorRow build() {
        return new IndicatorRow(
                indicatorId,
                areaCode,
                areaName,
                areaLevel,
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
                token(Comparison.class, comparisonEngland),
                token(Comparison.class, comparisonRegion),
                token(Comparison.class, comparisonNeighbours),
                token(Comparison.class, comparisonIcb),
                rank,
                rankedAreas,
                quartile,
                previousValue,
                token(TrendDirection.class, trend),
                token(TrendJudgement.class, trendJudgement),
                trendPoints,
                source,
                apportioned,
                breakInSeries,
                suppressed,
                noValueReason,
                publishedDate,
                evidenceUrl,
                noSenValue,
                gapToNoSen,
                token(Partner.class, partner),
                token(Unit.class, unit),
                token(Polarity.class, polarity),
                regionCode,
                icbCode,
                neighboursIncluded,
                snapshotId);
    }

    /** The tests write tokens as the snapshot spells them; the row holds the contract's values. */
    private static <E extends Enum<E> & Token> E token(Class<E> vocabulary, String text) {
        return text == null ? null : Token.parse(vocabulary, text);
    }
}

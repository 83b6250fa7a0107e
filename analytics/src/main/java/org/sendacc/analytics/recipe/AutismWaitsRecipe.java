package org.sendacc.analytics.recipe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.input.SourceRow;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.warehouse.WarehouseTables.NhsAutismStatistics;

/**
 * A share of NHS England's Autism Statistics, {@code numerator_metric} over {@code denominator_metric} (ASD16c over
 * ASD16b: of the patients aged 0-17 with an open suspected-autism referral, those whose referral has been open 13
 * weeks or more), per month, from the rows by Sub-ICB Location that are not broken down further.
 *
 * <p>An ICB's counts are the sums of its Sub-ICB Locations' counts as NHS England rounds them; England's are the sums
 * over every location, those whose location is unknown included. A location whose count of either metric is
 * suppressed ({@code *}) is left out of both sums, and the ICB (and England) is the sum of the rest, since a
 * suppressed count is smaller than NHS England's rounding; an ICB with no location left has no figure, with the
 * reason. A location whose metric is given twice for a month (two editions) counts as missing. LAs get their ICBs' figures shared out by the declared apportionment rule, like every ICB figure.
 */
final class AutismWaitsRecipe implements Recipe {

    @Override
    public String name() {
        return "nhs_autism_waits";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(NhsAutismStatistics.TABLE);
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        source.text("numerator_metric");
        source.text("denominator_metric");
        needs.columnsWhere(
                NhsAutismStatistics.TABLE,
                List.of(
                        NhsAutismStatistics.PERIOD_START,
                        NhsAutismStatistics.AREA_LEVEL,
                        NhsAutismStatistics.PRIMARY_LEVEL,
                        NhsAutismStatistics.SECONDARY_LEVEL,
                        NhsAutismStatistics.ICB_ODS_CODE,
                        NhsAutismStatistics.METRIC,
                        NhsAutismStatistics.METRIC_VALUE),
                java.util.Map.of(
                        NhsAutismStatistics.METRIC,
                        java.util.Set.of(source.text("numerator_metric"), source.text("denominator_metric")),
                        NhsAutismStatistics.SECONDARY_LEVEL,
                        java.util.Set.of(NhsAutismStatistics.NONE),
                        NhsAutismStatistics.AREA_LEVEL,
                        java.util.Set.of(NhsAutismStatistics.SUB_ICB_LOCATION)));
    }

    /** One location's two counts in one month, as published, or the reason one is missing. */
    private static final class Location {
        String icb;
        Double numerator;
        Double denominator;
        int rows;
        String reason;
    }

    /** The sums of one area (ICB or England) in one month. */
    private static final class Sum {
        double numerator;
        double denominator;
        int locations;
        final TreeSet<String> suppressed = new TreeSet<>();
        String reason;

        void add(String code, Location location) {
            if (location.numerator == null || location.denominator == null) {
                suppressed.add(code);
                reason = reason == null ? location.reason : reason;
                return;
            }
            numerator += location.numerator;
            denominator += location.denominator;
            locations++;
        }
    }

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        String numeratorMetric = source.text("numerator_metric");
        String denominatorMetric = source.text("denominator_metric");
        Map<LocalDate, Map<String, Location>> months = new TreeMap<>();
        for (SourceRow row : inputs.rows(NhsAutismStatistics.TABLE)) {
            String metric = row.text(NhsAutismStatistics.METRIC);
            boolean isNumerator = numeratorMetric.equals(metric);
            if (!(isNumerator || denominatorMetric.equals(metric))
                    || !NhsAutismStatistics.SUB_ICB_LOCATION.equals(row.text(NhsAutismStatistics.AREA_LEVEL))
                    || !NhsAutismStatistics.NONE.equals(row.text(NhsAutismStatistics.SECONDARY_LEVEL))) {
                continue;
            }
            Location location = months.computeIfAbsent(row.date(NhsAutismStatistics.PERIOD_START), m -> new TreeMap<>())
                    .computeIfAbsent(row.text(NhsAutismStatistics.PRIMARY_LEVEL), code -> new Location());
            location.icb = row.text(NhsAutismStatistics.ICB_ODS_CODE);
            if (++location.rows > 2) {
                // a metric given twice for a month (two editions of the file): neither is taken
                location.numerator = null;
                location.denominator = null;
                location.reason = "given more than once for this month (two editions?)";
                continue;
            }
            Double value = row.number(NhsAutismStatistics.METRIC_VALUE);
            if (value == null) {
                location.reason = row.reason(NhsAutismStatistics.METRIC_VALUE);
            } else if (isNumerator) {
                location.numerator = value;
            } else {
                location.denominator = value;
            }
        }
        List<BaseRow> rows = new ArrayList<>();
        List<IcbFigure> icbFigures = new ArrayList<>();
        for (Map.Entry<LocalDate, Map<String, Location>> month : months.entrySet()) {
            BaseRow.Period period = BaseRow.Period.month(month.getKey());
            Sum england = new Sum();
            Map<String, Sum> icbs = new TreeMap<>();
            month.getValue().forEach((code, location) -> {
                england.add(code, location);
                if (location.icb != null) {
                    icbs.computeIfAbsent(location.icb, icb -> new Sum()).add(code, location);
                }
            });
            rows.add(new BaseRow(
                    indicator.id(),
                    source.source(),
                    AreaLevel.ENGLAND_CODE,
                    AreaLevel.ENGLAND,
                    period,
                    england.locations == 0 ? null : england.numerator,
                    england.locations == 0 ? null : england.denominator,
                    false,
                    england.locations == 0 ? noLocationLeft(england) : null));
            icbs.forEach((icb, sum) -> icbFigures.add(new IcbFigure(
                    icb,
                    period,
                    sum.locations == 0 ? null : sum.numerator,
                    sum.locations == 0 ? null : sum.denominator,
                    sum.locations == 0 ? noLocationLeft(sum) : null)));
        }
        rows.addAll(IcbFigures.icbRows(inputs.areas(), icbFigures, indicator.id(), source.source()));
        rows.addAll(IcbFigures.apportionedLaRows(inputs.areas(), icbFigures, indicator.id(), source.source()));
        return rows;
    }

    private static String noLocationLeft(Sum sum) {
        return "every Sub-ICB Location's count is missing (" + String.join(", ", sum.suppressed) + "): "
                + (sum.reason == null ? "not published" : sum.reason);
    }
}

package org.sendacc.analytics.recipe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendacc.analytics.input.AssessmentCell;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.warehouse.WarehouseTables.AssessmentRecords;

/**
 * The LA's own figures from its person-level EHC needs assessment records, with DfE's definitions, so an LA sees
 * them before DfE publishes: plans issued within 20 weeks (140 days) by year of issue, decisions within 6 weeks (42
 * days) and refusals by year of request. Only LA rows: the job aggregates the LAs that returned to regions, ICB
 * footprints and England.
 */
final class AssessmentRecordsRecipe implements Recipe {
    /** What is counted. */
    enum Measure {
        TIMELINESS("assessment_records_timeliness"),
        DECISIONS_WITHIN_SIX_WEEKS("assessment_records_decisions_6wk"),
        REFUSALS("assessment_records_refusals");

        private final String recipeName;

        Measure(String recipeName) {
            this.recipeName = recipeName;
        }
    }

    private final Measure measure;

    AssessmentRecordsRecipe(Measure measure) {
        this.measure = measure;
    }

    @Override
    public String name() {
        return measure.recipeName;
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(AssessmentRecords.TABLE);
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        fromYear(source);
        if (measure == Measure.TIMELINESS) {
            source.text("exceptions");
        }
        needs.cube(AssessmentRecords.TABLE);
    }

    private static int fromYear(IndicatorSource source) {
        return Integer.parseInt(source.optionalText("from_year").orElse("0"));
    }

    private record Key(String la, int year) {}

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        int fromYear = fromYear(source);
        boolean excludeExceptions =
                measure == Measure.TIMELINESS && source.text("exceptions").equals("exclude");
        Map<Key, double[]> sums = new LinkedHashMap<>();
        for (AssessmentCell cell : inputs.assessments()) {
            Integer year;
            boolean counted;
            boolean success;
            switch (measure) {
                case TIMELINESS:
                    year = cell.issueYear();
                    counted = year != null && (!excludeExceptions || Boolean.FALSE.equals(cell.exception()));
                    success = cell.issuedWithin20Weeks();
                    break;
                case DECISIONS_WITHIN_SIX_WEEKS:
                    year = cell.requestYear();
                    counted = AssessmentRecords.ASSESS.equals(cell.decision())
                            || AssessmentRecords.NOT_ASSESS.equals(cell.decision());
                    success = cell.decidedWithin6Weeks();
                    break;
                case REFUSALS:
                    year = cell.requestYear();
                    counted = true;
                    success = AssessmentRecords.NOT_ASSESS.equals(cell.decision());
                    break;
                default:
                    throw new IllegalStateException("unhandled measure " + measure);
            }
            if (!counted || year == null || year < fromYear) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(new Key(cell.laCode(), year), key -> new double[2]);
            sum[0] += success ? cell.records() : 0;
            sum[1] += cell.records();
        }
        List<BaseRow> rows = new ArrayList<>();
        sums.forEach((key, sum) -> rows.add(new BaseRow(
                indicator.id(),
                source.source(),
                key.la(),
                AreaLevel.LA,
                BaseRow.Period.calendarYear(key.year()),
                sum[0],
                sum[1],
                false,
                null)));
        return rows;
    }
}

package org.sendacc.analytics.recipe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.input.SourceRow;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.snapshot.AreaLevel;

/**
 * A Key Stage 4 measure DfE publishes per LA, region and England for pupils of one SEN status ({@code sen_status}:
 * {@code SEN State EHC} for an EHC plan or statement, {@code SEN Supp}), from its performance tables by pupil
 * characteristics: the {@code column} (Attainment 8's {@code avg_att8}, Progress 8's {@code avg_p8score}) as published,
 * with DfE's own 95% limits where the source entry names them ({@code ci_lower}, {@code ci_upper}), and the same
 * measure for pupils with {@code No SEN} in the same area and year beside it.
 *
 * <p>Only the rows of the {@code SEN status} breakdown whose other characteristics (gender, ethnicity, free school
 * meals, SEN description, disadvantage, first language) are all {@code Total} are read: the others are slices of
 * slices. An average cannot be added up for an ICB footprint without the pupils' points, so footprints get rows that
 * say why.
 */
final class Ks4BySenRecipe implements Recipe {
    static final String SEN_STATUS = "sen_status";
    static final String BREAKDOWN = "SEN status";
    static final String NO_SEN = "No SEN";
    static final String TOTAL = "Total";
    static final List<String> OTHER_CHARACTERISTICS =
            List.of("gender", "ethnic_major", "free_school_meals", "sen_description", "disadvantage", "first_language");

    @Override
    public String name() {
        return "ees_ks4_by_sen";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(source.text("table"));
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        List<String> columns = new ArrayList<>(List.of(SEN_STATUS, source.text("column")));
        columns.addAll(OTHER_CHARACTERISTICS);
        source.optionalText("ci_lower").ifPresent(columns::add);
        source.optionalText("ci_upper").ifPresent(columns::add);
        source.text("sen_status");
        needs.columns(source.text("table"), EesRows.columns(columns));
        needs.breakdown(source.text("table"), BREAKDOWN);
    }

    private record Key(String areaCode, String period) {}

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        String column = source.text("column");
        String status = source.text("sen_status");
        Optional<String> lower = source.optionalText("ci_lower");
        Optional<String> upper = source.optionalText("ci_upper");
        Map<Key, Double> noSen = new HashMap<>();
        List<EesRows.Located> ofStatus = new ArrayList<>();
        for (EesRows.Located located : EesRows.located(inputs.rows(source.text("table")), BREAKDOWN)) {
            if (!isHeadline(located.row())) {
                continue;
            }
            String rowStatus = located.row().text(SEN_STATUS);
            if (NO_SEN.equals(rowStatus)) {
                noSen.put(
                        new Key(located.areaCode(), located.period().key()),
                        located.row().number(column));
            } else if (status.equals(rowStatus)) {
                ofStatus.add(located);
            }
        }
        List<BaseRow> rows = new ArrayList<>();
        Set<BaseRow.Period> periods = new LinkedHashSet<>();
        for (EesRows.Located located : ofStatus) {
            SourceRow row = located.row();
            periods.add(located.period());
            BaseRow base = PublishedPercentages.row(
                            indicator,
                            source,
                            located.areaCode(),
                            located.level(),
                            located.period(),
                            row.number(column),
                            row.reason(column))
                    .withNoSenValue(noSen.get(
                            new Key(located.areaCode(), located.period().key())));
            if (lower.isPresent() && upper.isPresent()) {
                base = base.withPublishedInterval(row.number(lower.get()), row.number(upper.get()));
            }
            rows.add(base);
        }
        rows.addAll(PublishedPercentages.notAddedUp(inputs, indicator, source, periods, List.of(AreaLevel.ICB)));
        return rows;
    }

    /** Every characteristic but SEN status is Total (or absent from the file). */
    private static boolean isHeadline(SourceRow row) {
        for (String characteristic : OTHER_CHARACTERISTICS) {
            String value = row.text(characteristic);
            if (value != null && !TOTAL.equals(value)) {
                return false;
            }
        }
        return true;
    }
}

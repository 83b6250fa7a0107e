package org.sendacc.analytics.recipe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.input.SourceRow;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.warehouse.WarehouseTables.D2iAttendance;

/**
 * Persistent absence (10% of sessions or more) of pupils in the source entry's {@code send_group} ({@code EHC plan}
 * or {@code SEN support}), all phases ({@code Total}), per LA and academic year, as the LA analysts' network
 * re-publishes DfE's percentage. The file gives LAs only, and percentages without counts: England, the regions and
 * the ICB footprints get rows that say so, and nothing is added up (an unweighted mean of LAs would be no one's figure).
 */
final class PersistentAbsenceRecipe implements Recipe {
    static final String TOTAL = "Total";

    @Override
    public String name() {
        return "d2i_persistent_absence";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(D2iAttendance.TABLE);
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        source.text("send_group");
        needs.columns(
                D2iAttendance.TABLE,
                List.of(
                        D2iAttendance.AREA_CODE,
                        D2iAttendance.METRIC,
                        D2iAttendance.TIME_PERIOD,
                        D2iAttendance.PERIOD_START,
                        D2iAttendance.EDUCATION_PHASE,
                        D2iAttendance.SEND_GROUP,
                        D2iAttendance.SEND_VALUE,
                        D2iAttendance.NO_SEN_VALUE));
    }

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        String group = source.text("send_group");
        List<BaseRow> rows = new ArrayList<>();
        Set<BaseRow.Period> periods = new LinkedHashSet<>();
        for (SourceRow row : inputs.rows(D2iAttendance.TABLE)) {
            // the table also holds the network's overall absence: its metric says which
            if (!D2iAttendance.PERSISTENT_ABSENCE.equals(row.text(D2iAttendance.METRIC))
                    || !TOTAL.equals(row.text(D2iAttendance.EDUCATION_PHASE))
                    || !group.equals(row.text(D2iAttendance.SEND_GROUP))) {
                continue;
            }
            String key = row.text(D2iAttendance.TIME_PERIOD);
            LocalDate start = row.date(D2iAttendance.PERIOD_START);
            BaseRow.Period period = new BaseRow.Period(key, key.substring(0, 4) + "/" + key.substring(4), start);
            periods.add(period);
            rows.add(PublishedPercentages.row(
                            indicator,
                            source,
                            row.text(D2iAttendance.AREA_CODE),
                            AreaLevel.LA,
                            period,
                            row.number(D2iAttendance.SEND_VALUE),
                            "no figure in the source for this LA and year")
                    .withNoSenValue(row.number(D2iAttendance.NO_SEN_VALUE)));
        }
        rows.addAll(PublishedPercentages.notAddedUp(
                inputs, indicator, source, periods, List.of(AreaLevel.ENGLAND, AreaLevel.REGION, AreaLevel.ICB)));
        return rows;
    }
}

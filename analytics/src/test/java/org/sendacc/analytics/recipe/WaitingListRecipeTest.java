package org.sendacc.analytics.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendacc.analytics.areas.Areas;
import org.sendacc.analytics.areas.Populations;
import org.sendacc.analytics.catalogue.Catalogues;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.input.WaitingListCell;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.reference.ReferenceData;

/** Children waiting over 18 weeks from hand-made waiting-list cells, with "over 52 weeks" whole or split in two. */
class WaitingListRecipeTest {
    private static final Areas AREAS = Areas.from(ReferenceData.bundled());
    private static final Indicator OVER_18_WEEKS =
            Catalogues.bundled().indicator("slt_waiting_over_18wk").orElseThrow();
    private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 1);

    private static WaitingListCell england(String band, double waiting) {
        return new WaitingListCell(
                "England",
                null,
                MARCH_2025,
                "children",
                "therapy interventions: speech and language",
                band,
                1,
                0,
                waiting,
                null);
    }

    private static BaseRow englandRow(List<WaitingListCell> cells) {
        IndicatorSource source = OVER_18_WEEKS.sources().stream()
                .filter(candidate -> candidate.source().equals("nhs_cwl"))
                .findFirst()
                .orElseThrow();
        Inputs inputs = new Inputs(
                AREAS, Populations.of(AREAS, List.of()), Map.of(), cells, List.of(), List.of(), List.of(), List.of());
        return new WaitingListRecipe()
                .compute(inputs, OVER_18_WEEKS, source).stream()
                        .filter(row -> row.level() == AreaLevel.ENGLAND)
                        .findFirst()
                        .orElseThrow();
    }

    @Test
    void overAYearSplitIn52To104AndOver104WeeksCountsAsOverFiftyTwoWeeks() {
        // 300 waiting 18-52 weeks, 100 waiting 52-104 and 20 over 104: 420 of 1,000 waiting over 18 weeks
        BaseRow split = englandRow(
                List.of(england("total", 1000), england("18-52", 300), england("52-104", 100), england("104+", 20)));
        BaseRow whole = englandRow(List.of(england("total", 1000), england("18-52", 300), england("52+", 120)));

        assertThat(split.numerator()).isEqualTo(420.0);
        assertThat(split.denominator()).isEqualTo(1000.0);
        assertThat(whole.numerator()).isEqualTo(420.0);
    }

    @Test
    void halfOfASplitIsNoFigure() {
        List<WaitingListCell> cells =
                new ArrayList<>(List.of(england("total", 1000), england("18-52", 300), england("52-104", 100)));

        assertThat(englandRow(cells).numerator()).isNull();
    }
}

package org.sendacc.analytics.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendacc.analytics.catalogue.Catalogues;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.SnapshotColumns;

class IndicatorTableTest {
    private static final Indicator DMO =
            Catalogues.bundled().indicator("dmo_dco_in_post").orElseThrow();

    @Test
    void quartilesFollowNtileWithTheLargerQuartersFirst() {
        // NTILE(4) over 10 rows: quarters of 3, 3, 2 and 2.
        List<Integer> quartiles = new ArrayList<>();
        for (int position = 0; position < 10; position++) {
            quartiles.add(Ranks.quartile(position, 10));
        }
        assertThat(quartiles).containsExactly(1, 1, 1, 2, 2, 2, 3, 3, 4, 4);
    }

    @Test
    void quartilesOfEightAreTwoEach() {
        List<Integer> quartiles = new ArrayList<>();
        for (int position = 0; position < 8; position++) {
            quartiles.add(Ranks.quartile(position, 8));
        }
        assertThat(quartiles).containsExactly(1, 1, 2, 2, 3, 3, 4, 4);
    }

    @Test
    void tiedAreasShareTheirRankAndQuartile() {
        // Five LAs answering yes (1.0) and three no (0.0), higher is better: the five tie at rank 1, quartile 1; the
        // three tie at rank 6, the quartile of the sixth of eight places (NTILE: 3).
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            IndicatorRow row = new IndicatorRow(
                    DMO,
                    "dfe_ees",
                    "E0600000" + i,
                    AreaLevel.LA,
                    "2024",
                    "2024",
                    LocalDate.of(2024, 1, 1),
                    i < 5 ? 1.0 : 0.0,
                    1.0,
                    false,
                    null);
            row.value = row.numerator;
            rows.add(row);
        }
        Ranks.withRanks(rows);
        assertThat(rows).extracting(row -> row.rank).containsExactly(1, 1, 1, 1, 1, 6, 6, 6);
        assertThat(rows).extracting(row -> row.quartile).containsExactly(1, 1, 1, 1, 1, 3, 3, 3);
        assertThat(rows).extracting(row -> row.rankedAreas).containsOnly(8L);
    }

    @Test
    void aRowHasAValueForEverySnapshotColumn() {
        IndicatorRow row = new IndicatorRow(
                DMO,
                "dfe_ees",
                "E06000001",
                AreaLevel.LA,
                "2024",
                "2024",
                LocalDate.of(2024, 1, 1),
                1.0,
                1.0,
                false,
                null);
        assertThat(row.values()).hasSize(SnapshotColumns.ALL.size());
        assertThat(row.values()[SnapshotColumns.ALL.indexOf(SnapshotColumns.AREA_CODE)])
                .isEqualTo("E06000001");
        assertThat(row.values()[SnapshotColumns.ALL.indexOf(SnapshotColumns.POLARITY)])
                .isEqualTo("higher_is_better");
        assertThat(row.values()[SnapshotColumns.ALL.indexOf(SnapshotColumns.SOURCE)])
                .isEqualTo("dfe_ees");
    }
}

package org.sendacc.contract.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The changes between two snapshots, on hand-made rows of one indicator. */
class SnapshotChangesTest {
    record Row(
            String indicatorId,
            String source,
            String areaCode,
            String areaName,
            AreaLevel areaLevel,
            String period,
            Double value,
            boolean suppressed,
            Comparison comparisonEngland)
            implements ComparedRow {
        @Override
        public String periodLabel() {
            return period;
        }

        @Override
        public LocalDate periodStart() {
            return LocalDate.of(Integer.parseInt(period), 1, 1);
        }
    }

    static Row row(String code, AreaLevel level, String period, Double value, String comparison) {
        return new Row(
                "timeliness", "dfe_ees", code, code, level, period, value, false, Comparison.fromToken(comparison));
    }

    static Row suppressed(String code, String period) {
        return new Row("timeliness", "dfe_ees", code, code, AreaLevel.LA, period, null, true, Comparison.NOT_COMPARED);
    }

    static List<Row> year2023() {
        return List.of(
                row("E92000001", AreaLevel.ENGLAND, "2023", 50.3, "not_compared"),
                row("E08000035", AreaLevel.LA, "2023", 20.0, "worse_99.8"),
                row("E08000034", AreaLevel.LA, "2023", 60.0, "better_99.8"),
                row("E08000036", AreaLevel.LA, "2023", 49.0, "similar"),
                row("E08000032", AreaLevel.LA, "2023", 55.0, "similar"));
    }

    @Test
    void theSameFiguresAddedUpInAnotherOrderAreNoChange() {
        List<Row> after = new ArrayList<>(year2023());
        after.set(0, row("E92000001", AreaLevel.ENGLAND, "2023", 50.3 + 1e-12, "not_compared"));
        assertThat(SnapshotChanges.between("a", year2023(), "b", after).changes())
                .isEmpty();
    }

    @Test
    void aRevisedFigureIsOneChangeWithItsOldAndNewValueAndCategory() {
        List<Row> after = new ArrayList<>(year2023());
        after.set(1, row("E08000035", AreaLevel.LA, "2023", 48.0, "similar"));
        // England moved too, and a second LA's comparison with it moved without its own value moving
        after.set(0, row("E92000001", AreaLevel.ENGLAND, "2023", 50.4, "not_compared"));
        after.set(3, row("E08000036", AreaLevel.LA, "2023", 49.0, "worse_95"));
        List<Change> changes =
                SnapshotChanges.between("a", year2023(), "b", after).changes();
        assertThat(changes)
                .extracting(Change::kind, Change::areaCode, Change::oldValue, Change::newValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.REVISED, "E92000001", 50.3, 50.4),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.REVISED, "E08000035", 20.0, 48.0),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.CATEGORY_MOVED, "E08000036", 49.0, 49.0));
        assertThat(changes.get(1).oldCategory()).isEqualTo(Comparison.WORSE_99_8);
        assertThat(changes.get(1).newCategory()).isEqualTo(Comparison.SIMILAR);
    }

    @Test
    void aNewPeriodIsOneChangeCarryingEnglandsFigureNotOnePerArea() {
        List<Row> after = new ArrayList<>(year2023());
        after.add(row("E92000001", AreaLevel.ENGLAND, "2024", 46.4, "not_compared"));
        after.add(row("E08000035", AreaLevel.LA, "2024", 30.0, "worse_99.8"));
        after.add(row("E08000034", AreaLevel.LA, "2024", 70.0, "better_99.8"));
        List<Change> changes =
                SnapshotChanges.between("a", year2023(), "b", after).changes();
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).kind()).isEqualTo(ChangeKind.NEW_PERIOD);
        assertThat(changes.get(0).areaCode()).isEqualTo("E92000001");
        assertThat(changes.get(0).period()).isEqualTo("2024");
        assertThat(changes.get(0).newValue()).isEqualTo(46.4);
        assertThat(changes.get(0).oldValue()).isNull();
    }

    @Test
    void suppressionReleaseAndWithdrawalAreEachTheirOwnKind() {
        List<Row> before = new ArrayList<>(year2023());
        before.add(suppressed("E08000033", "2023"));
        List<Row> after = new ArrayList<>(year2023());
        after.set(2, suppressed("E08000034", "2023"));
        after.set(3, row("E08000036", AreaLevel.LA, "2023", null, "not_compared"));
        after.remove(4);
        after.add(row("E08000033", AreaLevel.LA, "2023", 40.0, "similar"));
        List<Change> changes = SnapshotChanges.between("a", before, "b", after).changes();
        assertThat(changes)
                .extracting(Change::kind, Change::areaCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.NEWLY_SUPPRESSED, "E08000034"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.RELEASED, "E08000033"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.WITHDRAWN, "E08000032"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.WITHDRAWN, "E08000036"));
    }

    @Test
    void aPeriodGoneFromTheSeriesIsOneWithdrawal() {
        List<Row> before = new ArrayList<>(year2023());
        before.add(row("E92000001", AreaLevel.ENGLAND, "2022", 49.2, "not_compared"));
        before.add(row("E08000035", AreaLevel.LA, "2022", 19.0, "worse_99.8"));
        List<Change> changes =
                SnapshotChanges.between("a", before, "b", year2023()).changes();
        assertThat(changes)
                .extracting(Change::kind, Change::period, Change::areaCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.WITHDRAWN, "2022", "E92000001"));
    }

    @Test
    void theChangesReadBackFromJsonAsWritten() throws Exception {
        List<Row> after = new ArrayList<>(year2023());
        after.set(1, row("E08000035", AreaLevel.LA, "2023", 48.0, "similar"));
        SnapshotChanges changes = SnapshotChanges.between("a", year2023(), "b", after);
        ObjectMapper json = new ObjectMapper();
        String text = json.writeValueAsString(changes);
        assertThat(text).contains("\"kind\":\"revised\"").contains("\"area_level\":\"la\"");
        assertThat(json.readValue(text, SnapshotChanges.class)).isEqualTo(changes);
    }
}

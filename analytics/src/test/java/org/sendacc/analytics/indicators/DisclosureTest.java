package org.sendacc.analytics.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendacc.analytics.areas.Area;
import org.sendacc.analytics.areas.Areas;
import org.sendacc.analytics.catalogue.Catalogues;
import org.sendacc.analytics.recipe.BaseRow;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.reference.ReferenceData;

/**
 * The disclosure rules on hand-made rows: a publisher's figures as published; our primary rule on counts of 1 to 4
 * (numerator, or those without the outcome); and secondary suppression, so that no withheld count can be worked out
 * from a published total. Expected rows are chosen by hand from the figures below.
 */
class DisclosureTest {
    private static final Areas AREAS = Areas.from(ReferenceData.bundled());
    private static final String TIMELINESS = "ehcp_20wk_excl_exceptions";
    private static final String NORTH_EAST = "E12000001";
    private static final BaseRow.Period YEAR = BaseRow.Period.calendarYear(2024);

    /** The North East's LAs in code order, and each one's base row from {@code counts}: {numerator, denominator}. */
    private static List<BaseRow> northEast(String source, Map<Integer, double[]> counts, double[] otherwise) {
        List<BaseRow> rows = new ArrayList<>();
        List<Area> las = northEastLas();
        for (int i = 0; i < las.size(); i++) {
            double[] figure = counts.getOrDefault(i, otherwise);
            rows.add(new BaseRow(
                    TIMELINESS, source, las.get(i).code(), AreaLevel.LA, YEAR, figure[0], figure[1], false, null));
        }
        return rows;
    }

    private static List<Area> northEastLas() {
        return AREAS.currentLas().stream()
                .filter(la -> NORTH_EAST.equals(la.regionCode()))
                .sorted(java.util.Comparator.comparing(Area::code))
                .toList();
    }

    private static Map<String, IndicatorRow> build(List<BaseRow> base) {
        return IndicatorTable.build(base, Catalogues.bundled(), AREAS, "test").rows().stream()
                .filter(row -> row.numerator != null)
                .collect(Collectors.toMap(row -> row.areaCode, Function.identity()));
    }

    @Test
    void aPublishersSmallCountsAreShownAsPublished() {
        // DfE's 2024 figure for Isle of Wight: 2 of 7 plans within 20 weeks, 28.6%, as DfE published it.
        List<IndicatorRow> published = IndicatorTable.build(
                        List.of(new BaseRow(
                                TIMELINESS, "dfe_ees", "E06000046", AreaLevel.LA, YEAR, 2.0, 7.0, false, null)),
                        Catalogues.bundled(),
                        AREAS,
                        "test")
                .published()
                .rows();

        IndicatorRow wight = published.stream()
                .filter(row -> row.areaCode.equals("E06000046"))
                .findFirst()
                .orElseThrow();
        assertThat(wight.isSuppressed).isFalse();
        assertThat(wight.value).isCloseTo(200.0 / 7, within(1e-9));
        assertThat(wight.numerator).isEqualTo(2.0);
        assertThat(wight.denominator).isEqualTo(7.0);
        assertThat(published).noneMatch(row -> row.isSuppressed);
    }

    @Test
    void ourOwnSmallCountsAndSmallComplementsAreWithheld() {
        // LA 0: 3 of 40 (a numerator of 3). LA 1: 36 of 40 (4 without the outcome). LA 2: 0 of 40 (zero discloses
        // nothing). The rest: 20 of 40.
        Map<String, IndicatorRow> rows = build(northEast(
                "local_return",
                Map.of(0, new double[] {3, 40}, 1, new double[] {36, 40}, 2, new double[] {0, 40}),
                new double[] {20, 40}));
        List<Area> las = northEastLas();

        assertThat(rows.get(las.get(0).code()).isSuppressed).isTrue();
        assertThat(rows.get(las.get(0).code()).isSecondarySuppression).isFalse();
        assertThat(rows.get(las.get(1).code()).isSuppressed).isTrue();
        assertThat(rows.get(las.get(1).code()).isSecondarySuppression).isFalse();
        assertThat(rows.get(las.get(2).code()).isSuppressed).isFalse();
    }

    @Test
    void aSecondCellIsWithheldWhereOneWithheldCountCouldBeWorkedOutFromTheRegion() {
        // LA 0 has 3 of 40, withheld. Without more, the North East's total minus its other LAs would give 3. The
        // smallest published numerator in the region is LA 5's 10 (the rest have 20 or more), so LA 5 is withheld
        // too, with the secondary reason; the region, England and the rest stay published.
        Map<String, IndicatorRow> rows = build(northEast(
                "local_return",
                Map.of(0, new double[] {3, 40}, 5, new double[] {10, 40}, 6, new double[] {25, 40}),
                new double[] {20, 40}));
        List<Area> las = northEastLas();

        assertThat(rows.get(las.get(0).code()).isSuppressed).isTrue();
        IndicatorRow second = rows.get(las.get(5).code());
        assertThat(second.isSuppressed).isTrue();
        assertThat(second.isSecondarySuppression).isTrue();
        assertThat(IndicatorTable.noValueReason(second)).isEqualTo(SecondarySuppression.REASON);
        assertThat(rows.values().stream().filter(row -> row.isSuppressed)).hasSize(2);
        assertThat(rows.get(NORTH_EAST).isSuppressed).isFalse();
        assertThat(rows.get(AreaLevel.ENGLAND_CODE).isSuppressed).isFalse();
    }

    @Test
    void noPublishedTotalLessItsPublishedPartsLeavesOneWithheldCount() {
        // The same check as an attacker would make, over every region and ICB footprint and England: the total's
        // numerator less the published parts' numerators must never be one withheld LA's count.
        Map<String, IndicatorRow> rows = build(northEast(
                "local_return",
                Map.of(
                        0, new double[] {3, 40},
                        3, new double[] {4, 9},
                        7, new double[] {1, 30},
                        9, new double[] {12, 15}),
                new double[] {20, 40}));
        Map<String, List<IndicatorRow>> parts = new java.util.HashMap<>();
        for (IndicatorRow la : rows.values()) {
            if (la.level != AreaLevel.LA) {
                continue;
            }
            parts.computeIfAbsent(AreaLevel.ENGLAND_CODE, ignored -> new ArrayList<>())
                    .add(la);
            parts.computeIfAbsent(NORTH_EAST, ignored -> new ArrayList<>()).add(la);
            AREAS.sharesOf(la.areaCode)
                    .forEach(share -> parts.computeIfAbsent(share.icbCode(), ignored -> new ArrayList<>())
                            .add(la));
        }
        parts.forEach((total, las) -> {
            IndicatorRow totalRow = rows.get(total);
            if (totalRow != null && !totalRow.isSuppressed) {
                assertThat(las.stream().filter(la -> la.isSuppressed).count())
                        .as("withheld LAs under " + total)
                        .isNotEqualTo(1L);
            }
        });
        assertThat(rows.values().stream().filter(row -> row.isSuppressed && !row.isSecondarySuppression))
                .as("withheld for their own small counts: 3, 4, 1 and 15 - 12 = 3")
                .hasSize(4);
    }
}

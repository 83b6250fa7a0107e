package org.sendacc.reference.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * The tool reads only the current groups of DfE's workbook: the "Old SNs" block of abolished LAs below them is left
 * out, and the junk rows above the header are skipped.
 */
@Tag(Tiers.REAL_DATA)
class StatisticalNeighbourWorkbookTest {

    private static List<StatisticalNeighbourWorkbook.Group> groups;

    @BeforeAll
    static void readWorkbook() {
        groups = StatisticalNeighbourWorkbook.read(
                RealData.root().resolve("dfe-statistical-neighbours/sn_may_2025.xlsx"));
    }

    @Test
    void reads153GroupsOfTen() {
        assertThat(groups)
                .hasSize(153)
                .allSatisfy(group -> assertThat(group.neighbours()).hasSize(10));
    }

    @Test
    void firstGroupIsTheFirstRowBelowTheHeader() {
        assertThat(groups.get(0).sheetRow()).isEqualTo(4);
        assertThat(groups.get(0).laName()).isEqualTo("Barking and Dagenham");
        assertThat(groups.get(0).neighbours().get(0))
                .isEqualTo(new StatisticalNeighbourWorkbook.Neighbour("308", "Close"));
    }

    @Test
    void leavesOutTheOldGroupsOfAbolishedLocalAuthorities() {
        assertThat(groups)
                .extracting(StatisticalNeighbourWorkbook.Group::laNumber)
                .doesNotContain("835", "836", "837", "928", "909");
    }
}

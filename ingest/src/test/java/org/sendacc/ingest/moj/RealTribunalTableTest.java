package org.sendacc.ingest.moj;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendacc.ingest.Processed;
import org.sendacc.ingest.SourceCatalog;
import org.sendacc.ingest.nhs.AcceptedRecords;
import org.sendacc.rules.source.Source;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * MoJ's SEND Tribunal appeal-rate table 2014-2024 (send_tribunals_appeal_rate_2014-2024.csv), read through the file
 * processor as the ingest job reads it. Expected figures are the file's own text (line numbers as an editor shows
 * them), not this reader's output.
 */
@Tag(Tiers.REAL_DATA)
class RealTribunalTableTest {
    static final String FILE = "send_tribunals_appeal_rate_2014-2024.csv";

    static Processed table;

    @BeforeAll
    static void readTheTable() throws IOException {
        byte[] bytes = Files.readAllBytes(RealData.folder("dfe-ehcp-2025").resolve(FILE));
        table = Processed.run(TribunalAppealRateSource.source(), FILE, bytes);
    }

    private static Map<String, Object> area(String name, long year) {
        return AcceptedRecords.only(
                table, Map.of(TribunalAppealRateSource.LA_NAME, name, TribunalAppealRateSource.TIME_PERIOD, year));
    }

    @Test
    void readsOneRecordPerAreaAndYearWithAFigure() {
        // Lines 6-175 are the body: 11 region banners, 157 LA lines, "England Total" and "England total excluding
        // suppressed". 157 LAs x 11 years = 1,727, less the 54 years in which a line has no figure at all (every
        // cell ".." or blank): Cumberland and Westmorland and Furness 2014-2022 (9 + 9), North and West
        // Northamptonshire 2014-2020 (7 + 7), BCP 2014-2018 (5), Bournemouth and Poole 2019-2024 (6 + 6), Cumbria
        // 2023-2024 (2), Northamptonshire 2022-2024 (3): 1,673 LA records. With England's 11 years and the second
        // England total's line, 1,685 rows; 58 are rejected (see below), so 1,627 are kept.
        assertThat(table.accepted()).hasSize(1_627);
        assertThat(table.rejected()).hasSize(58);
        assertThat(table.fileProblems()).isEmpty();
    }

    @Test
    void rejectsTheRowsWhoseLaNumberIsAnotherLas() {
        // MoJ numbers Northamptonshire 892 (Nottingham's), Nottingham 891 (Nottinghamshire's), Nottinghamshire 928
        // (Northamptonshire's, abolished April 2021) and swaps Cambridgeshire 823 / Central Bedfordshire 873.
        // Name mismatches: Northamptonshire 2014-2021 (8), Nottingham (11), Nottinghamshire 2014-2021 (8),
        // Cambridgeshire (11), Central Bedfordshire (11) = 49. Unknown: Nottinghamshire 2022-2024 under 928 (3) and
        // Dorset 2014-2018 under the unitary's 838, created April 2019 (5) = 8. And the second England total.
        Map<String, Long> byRule = table.rejected().stream()
                .collect(Collectors.groupingBy(rejected -> rejected.problem().rule(), Collectors.counting()));
        assertThat(byRule)
                .containsOnly(
                        Map.entry("la.name_mismatch", 49L),
                        Map.entry("la.unknown", 8L),
                        Map.entry("row.unmodelled_total", 1L));
        assertThat(table.rejected())
                .filteredOn(rejected -> rejected.row() == 69)
                .first()
                .satisfies(rejected -> assertThat(rejected.problem().message())
                        .isEqualTo("LA number 891 is Nottinghamshire (E10000024) in 2014, not Nottingham"));
        assertThat(table.rejected())
                .filteredOn(rejected -> rejected.row() == 163)
                .first()
                .satisfies(rejected -> assertThat(rejected.problem().message())
                        .isEqualTo("LA number '838' (Dorset) was not in use in 2014-01-01..2014-12-31: created"
                                + " 2019-04-01"));
    }

    @Test
    void readsDashAsZeroForDarlington2014() {
        // Line 7: Darlington,841, - ,450,0.00%,...
        Map<String, Object> darlington = area("Darlington", 2014);
        assertThat(darlington.get(TribunalAppealRateSource.APPEALS_REGISTERED)).isEqualTo(0L);
        assertThat(darlington.get(TribunalAppealRateSource.APPEALABLE_DECISIONS))
                .isEqualTo(450L);
        assertThat(darlington.get(TribunalAppealRateSource.APPEAL_RATE_PCT)).isEqualTo(0.0);
        assertThat(darlington.get(TribunalAppealRateSource.LA_CODE)).isEqualTo("E06000005");
        assertThat(darlington.get(TribunalAppealRateSource.REGION_NAME)).isEqualTo("North East");
        assertThat(darlington.get("source_row")).isEqualTo(7L);
        assertThat(darlington.get("missing_reasons")).isNull();
    }

    @Test
    void readsDurham2024WithThousandsSeparatorsPercentagesAndTheInDevelopmentColumns() {
        // Line 8, last five cells: 344,"5,827",5.90%,"3,124",11.00%
        Map<String, Object> durham = area("Durham", 2024);
        assertThat(durham.get(TribunalAppealRateSource.APPEALS_REGISTERED)).isEqualTo(344L);
        assertThat(durham.get(TribunalAppealRateSource.APPEALABLE_DECISIONS)).isEqualTo(5_827L);
        assertThat(durham.get(TribunalAppealRateSource.APPEAL_RATE_PCT)).isEqualTo(5.9);
        assertThat(durham.get(TribunalAppealRateSource.APPEALABLE_DECISIONS_IN_DEVELOPMENT))
                .isEqualTo(3_124L);
        assertThat(durham.get(TribunalAppealRateSource.APPEAL_RATE_IN_DEVELOPMENT_PCT))
                .isEqualTo(11.0);
        assertThat(durham.get(TribunalAppealRateSource.OLD_LA_CODE)).isEqualTo("840");
        assertThat(durham.get(TribunalAppealRateSource.LA_CODE)).isEqualTo("E06000047");
    }

    @Test
    void leavesTheInDevelopmentColumnsEmptyBefore2024() {
        Map<String, Object> durham = area("Durham", 2014);
        assertThat(durham.get(TribunalAppealRateSource.APPEALABLE_DECISIONS)).isEqualTo(2_533L);
        assertThat(durham.get(TribunalAppealRateSource.APPEALABLE_DECISIONS_IN_DEVELOPMENT))
                .isNull();
        assertThat(durham.get("missing_reasons")).isNull();
    }

    @Test
    void readsTheEnglandTotalAsTheNationalRow() {
        // Line 174: "England Total4,9",,...,"22,276","689,739",3.20%,"364,912",6.10%
        Map<String, Object> england = area("England Total", 2024);
        assertThat(england.get(TribunalAppealRateSource.GEOGRAPHIC_LEVEL)).isEqualTo("National");
        assertThat(england.get(TribunalAppealRateSource.APPEALS_REGISTERED)).isEqualTo(22_276L);
        assertThat(england.get(TribunalAppealRateSource.APPEALABLE_DECISIONS)).isEqualTo(689_739L);
        assertThat(england.get(TribunalAppealRateSource.APPEAL_RATE_PCT)).isEqualTo(3.2);
        assertThat(england.get(TribunalAppealRateSource.APPEALABLE_DECISIONS_IN_DEVELOPMENT))
                .isEqualTo(364_912L);
        assertThat(england.get(TribunalAppealRateSource.REGION_NAME)).isNull();
        assertThat(england.get(TribunalAppealRateSource.LA_CODE)).isNull();
        assertThat(england.get("source_row")).isEqualTo(174L);
        assertThat(area("England Total", 2014).get(TribunalAppealRateSource.APPEALS_REGISTERED))
                .isEqualTo(4_108L);
    }

    @Test
    void stripsFootnoteDigitsFromNames() {
        // "Cumberland8", "Bournemouth, Christchurch and Poole5", "Westmorland and Furness8".
        assertThat(area("Cumberland", 2023).get(TribunalAppealRateSource.LA_CODE))
                .isEqualTo("E06000063");
        assertThat(area("Bournemouth, Christchurch and Poole", 2019).get(TribunalAppealRateSource.LA_CODE))
                .isEqualTo("E06000058");
        assertThat(area("Westmorland and Furness", 2024).get(TribunalAppealRateSource.LA_CODE))
                .isEqualTo("E06000064");
    }

    @Test
    void matchesBournemouthByNameBecauseTheTableGivesNoNumber() {
        // Line 158: Bournemouth5,,10,727,1.40%,...
        Map<String, Object> bournemouth = area("Bournemouth", 2014);
        assertThat(bournemouth.get(TribunalAppealRateSource.OLD_LA_CODE)).isNull();
        assertThat(bournemouth.get(TribunalAppealRateSource.LA_CODE)).isEqualTo("E06000028");
        assertThat(bournemouth.get(TribunalAppealRateSource.APPEALS_REGISTERED)).isEqualTo(10L);
    }

    @Test
    void resolvesPredecessorsForTheYearsTheyExisted() {
        // Cumbria (909, to March 2023) 2022 on line 27; Northamptonshire's successors from 2021.
        assertThat(area("Cumbria", 2022).get(TribunalAppealRateSource.LA_CODE)).isEqualTo("E10000006");
        assertThat(area("Cumbria", 2022).get(TribunalAppealRateSource.APPEALABLE_DECISIONS))
                .isEqualTo(4_626L);
        assertThat(area("North Northamptonshire", 2021).get(TribunalAppealRateSource.LA_CODE))
                .isEqualTo("E06000061");
        assertThat(AcceptedRecords.matching(table, Map.of(TribunalAppealRateSource.LA_NAME, "Cumbria")))
                .hasSize(9);
    }

    @Test
    void placesInnerAndOuterLondonBoroughsInLondon() {
        // Camden (line 102) sits under INNER LONDON, Barnet (line 118) under OUTER LONDON.
        assertThat(area("Camden", 2024).get(TribunalAppealRateSource.REGION_NAME))
                .isEqualTo("London");
        assertThat(area("Barnet", 2024).get(TribunalAppealRateSource.REGION_NAME))
                .isEqualTo("London");
    }

    @Test
    void spellsRegionsAsTheLaRegisterDoes() {
        // York (line 60) sits under the banner YORKSHIRE AND THE HUMBER.
        assertThat(area("York", 2024).get(TribunalAppealRateSource.REGION_NAME)).isEqualTo("Yorkshire and The Humber");
    }

    @Test
    void keepsDfesXInTheInDevelopmentColumnsAsNotAvailable() {
        // Line 21: Blackpool ...,21,"1,787",1.20%, x ,x
        Map<String, Object> blackpool = area("Blackpool", 2024);
        assertThat(blackpool.get(TribunalAppealRateSource.APPEALS_REGISTERED)).isEqualTo(21L);
        assertThat(blackpool.get(TribunalAppealRateSource.APPEALABLE_DECISIONS_IN_DEVELOPMENT))
                .isNull();
        assertThat(AcceptedRecords.reason(blackpool, TribunalAppealRateSource.APPEALABLE_DECISIONS_IN_DEVELOPMENT))
                .isEqualTo("not available (x)");
    }

    @Test
    void recordsABlankCellAsMissing() {
        // Line 165: Isles of Scilly 2023 is ",20,0.00%": no appeals figure.
        Map<String, Object> scilly = area("Isles of Scilly", 2023);
        assertThat(scilly.get(TribunalAppealRateSource.APPEALS_REGISTERED)).isNull();
        assertThat(AcceptedRecords.reason(scilly, TribunalAppealRateSource.APPEALS_REGISTERED))
                .isEqualTo("blank in the published table");
        assertThat(scilly.get(TribunalAppealRateSource.APPEALABLE_DECISIONS)).isEqualTo(20L);
    }

    @Test
    void isTheOnlySourceInTheCatalogThatHandlesTheTable() {
        assertThat(SourceCatalog.all().stream()
                        .filter(source -> source.handles(FILE))
                        .map(Source::id))
                .containsExactly("moj.tribunal_appeal_rate");
    }
}

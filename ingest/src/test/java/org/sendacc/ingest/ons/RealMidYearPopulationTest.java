package org.sendacc.ingest.ons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendacc.contract.warehouse.WarehouseTables.MidYearPopulation;
import org.sendacc.ingest.Processed;
import org.sendacc.ingest.nhs.AcceptedRecords;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * The four ONS mid-year estimate files of mid-2021 to mid-2024, one in each form ONS tables are found in (.xls,
 * .xlsx and a CSV export), read through the file processor as the ingest job reads them. Expected figures are ONS's
 * England totals aged 0 to 25 (as SOURCES.md checks them) and the files' own cells.
 */
@Tag(Tiers.REAL_DATA)
class RealMidYearPopulationTest {
    private static Processed read(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(
                RealData.folder("ons-mye-population-2021-2024").resolve(file));
        return Processed.run(MidYearPopulationSource.source(), file, bytes);
    }

    private static Map<String, Object> area(Processed table, String code) {
        return AcceptedRecords.only(table, Map.of(MidYearPopulation.ONS_CODE, code));
    }

    @ParameterizedTest
    @CsvSource({
        // file, mid-year, upper-tier LAs, England aged 0-25
        "ukpopestimatesmid2021on2021geographyfinal.xls, 2021, 152, 17153473",
        "mye22final.xlsx, 2022, 153, 17372467",
        "mye23tablesew.xlsx, 2023, 153, 17544580",
        "mye24tablesew.csv, 2024, 153, 17849967"
    })
    void readsEnglandItsRegionsAndItsUpperTierLasWhateverTheForm(String file, long midYear, int las, long england0to25)
            throws IOException {
        Processed table = read(file);

        assertThat(table.rejected()).isEmpty();
        assertThat(table.fileProblems()).isEmpty();
        // England, 9 regions and the upper-tier LAs
        assertThat(table.accepted()).hasSize(1 + 9 + las);
        Map<String, Object> england = area(table, "E92000001");
        assertThat(england.get(MidYearPopulation.MID_YEAR)).isEqualTo(midYear);
        assertThat(england.get(MidYearPopulation.AGE_0_25)).isEqualTo(england0to25);
        long lasTotal = AcceptedRecords.of(table).stream()
                .filter(row -> !row.get(MidYearPopulation.GEOGRAPHY).equals("Country")
                        && !row.get(MidYearPopulation.GEOGRAPHY).equals("Region"))
                .mapToLong(row -> (Long) row.get(MidYearPopulation.AGE_0_25))
                .sum();
        assertThat(lasTotal).as("the LAs add up to England").isEqualTo(england0to25);
    }

    @Test
    void mapsCodesOfOlderBoundariesToOurCanonicalLas() throws IOException {
        Processed mid2021 = read("ukpopestimatesmid2021on2021geographyfinal.xls");
        // April 2021 boundaries: North Yorkshire is still the county E10000023, Cumbria still exists.
        assertThat(area(mid2021, "E10000023").get(MidYearPopulation.AREA_CODE)).isEqualTo("E06000065");
        assertThat(area(mid2021, "E10000006").get(MidYearPopulation.AREA_CODE)).isEqualTo("E10000006");
        // The .xls gives West Northamptonshire's name with a trailing no-break space, and stores counts as floats.
        assertThat(area(mid2021, "E06000062").get(MidYearPopulation.NAME)).isEqualTo("West Northamptonshire");
        // mid-2022 is on April 2023 boundaries: Cumberland, created in 2023, is there and accepted.
        Processed mid2022 = read("mye22final.xlsx");
        assertThat(area(mid2022, "E06000063").get(MidYearPopulation.AREA_CODE)).isEqualTo("E06000063");
    }
}

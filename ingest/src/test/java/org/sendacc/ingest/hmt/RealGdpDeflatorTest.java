package org.sendacc.ingest.hmt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendacc.contract.warehouse.WarehouseTables.GdpDeflator;
import org.sendacc.ingest.Processed;
import org.sendacc.ingest.nhs.AcceptedRecords;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * HM Treasury's GDP deflators by financial year (March 2026, 2024-25 = 100), read through the file processor, and
 * cross-checked against ONS's own quarterly series YBGB (June 2025 vintage, 2022 = 100) beside it: the two must agree
 * on how much prices rose from 2019-20 to 2024-25, which is what real terms rest on.
 */
@Tag(Tiers.REAL_DATA)
class RealGdpDeflatorTest {
    private static final Path FOLDER = RealData.folder("hmt-gdp-deflators");

    private static Processed hmt() throws IOException {
        String file = "uk_cost_indices_hmt_march2026.csv";
        return Processed.run(GdpDeflatorSource.source(), file, Files.readAllBytes(FOLDER.resolve(file)));
    }

    private static double deflator(Processed table, String fiscalYear) {
        return (Double) AcceptedRecords.only(table, Map.of(GdpDeflator.FISCAL_YEAR, fiscalYear))
                .get(GdpDeflator.GDP_DEFLATOR);
    }

    @Test
    void readsEveryFinancialYearWithItsDeflator() throws IOException {
        Processed table = hmt();

        // 2000-01 to 2030-31; the years from 2025-26 are the file maker's forecast, without CPI or CPIH
        assertThat(table.accepted()).hasSize(31);
        assertThat(table.rejected()).isEmpty();
        assertThat(deflator(table, "2024-25")).isEqualTo(100.0);
        assertThat(deflator(table, "2019-20")).isEqualTo(80.8738);
        Map<String, Object> forecast = AcceptedRecords.only(table, Map.of(GdpDeflator.FISCAL_YEAR, "2026-27"));
        assertThat(forecast.get(GdpDeflator.IS_FORECAST)).isEqualTo("true");
        assertThat(forecast.get(GdpDeflator.CPI_INDEX)).isNull();
    }

    @Test
    void agreesWithOnsQuarterlySeriesOnPricesSince2019To20() throws IOException {
        // ONS YBGB by quarter; a financial year is the mean of its April-June ... January-March quarters.
        Map<String, Double> quarters = new HashMap<>();
        List<String> lines = Files.readAllLines(FOLDER.resolve("ons_ybgb_gdp_deflator_2025-06-30.csv"));
        for (String line : lines) {
            String[] cells = line.replace("\"", "").split(",");
            if (cells.length == 2 && cells[0].matches("\\d{4} Q[1-4]")) {
                quarters.put(cells[0], Double.parseDouble(cells[1]));
            }
        }
        double ons1920 =
                (quarters.get("2019 Q2") + quarters.get("2019 Q3") + quarters.get("2019 Q4") + quarters.get("2020 Q1"))
                        / 4;
        double ons2425 =
                (quarters.get("2024 Q2") + quarters.get("2024 Q3") + quarters.get("2024 Q4") + quarters.get("2025 Q1"))
                        / 4;
        // 112.375 / 90.95 = 1.2356 against HM Treasury's 100 / 80.8738 = 1.2365: within 0.1%.
        Processed table = hmt();
        double hmtRise = deflator(table, "2024-25") / deflator(table, "2019-20");
        assertThat(ons2425 / ons1920).isCloseTo(hmtRise, within(hmtRise * 0.002));
    }
}

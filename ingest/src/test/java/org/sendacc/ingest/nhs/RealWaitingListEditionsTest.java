package org.sendacc.ingest.nhs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendacc.ingest.Processed;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * NHS England's community health waiting-list editions of early 2023, in the layouts before codes: January and April
 * 2023 with the organisation type in merged cells of column B and names only in column C; July 2023 with type and
 * name columns but still no codes. England's children's speech and language therapy waiting list is the file's own
 * cell (Table 4), read separately from the XML; regions and ICBs get their codes from the reference tables by name.
 */
@Tag(Tiers.REAL_DATA)
class RealWaitingListEditionsTest {
    private static Processed read(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(
                RealData.folder("nhs-community-health-editions").resolve(file));
        return Processed.run(CommunityWaitingListSource.source(), file, bytes);
    }

    @ParameterizedTest
    @CsvSource({
        // file, month, the service as the edition spells it, England's children waiting, rows whose bands pass the
        // total
        "community_health_2023-03-01.xlsx, 2023-01-01, speech and language, 67774, 0",
        "community_health_2023-06-01.xlsx, 2023-04-01, speech and language, 72776, 0",
        "community_health_2023-09-01.xlsx, 2023-07-01, Speech and language, 68352, 3"
    })
    void readsEditionsWithoutCodesByNames(String file, String month, String slt, long englandSlt, int bandsOverTotal)
            throws IOException {
        Processed table = read(file);

        assertThat(table.fileProblems()).isEmpty();
        // only rows whose weeks bands add up to more than their total are rejected
        assertThat(table.rejected()).hasSize(bandsOverTotal);
        assertThat(table.rules()).allMatch(rule -> rule.endsWith(":cross.bands_exceed_total"));
        Map<String, Object> england = AcceptedRecords.only(
                table,
                Map.of(
                        CommunityWaitingListSource.ORG_LEVEL, "England",
                        CommunityWaitingListSource.AGE_GROUP, "children",
                        CommunityWaitingListSource.SERVICE, "Therapy interventions: " + slt,
                        CommunityWaitingListSource.WEEKS_BAND, "total"));
        assertThat(england.get(CommunityWaitingListSource.WAITING)).isEqualTo(englandSlt);
        assertThat(england.get(CommunityWaitingListSource.PERIOD)).hasToString(month);
        Set<Object> icbs = AcceptedRecords.of(table).stream()
                .filter(row -> "ICB".equals(row.get(CommunityWaitingListSource.ORG_LEVEL)))
                .map(row -> row.get(CommunityWaitingListSource.ICB_ODS_CODE))
                .collect(Collectors.toSet());
        assertThat(icbs).hasSize(42).allMatch(code -> code.toString().matches("Q[A-Z0-9]{2}"));
        Set<Object> regions = AcceptedRecords.of(table).stream()
                .filter(row -> "Region".equals(row.get(CommunityWaitingListSource.ORG_LEVEL)))
                .map(row -> row.get(CommunityWaitingListSource.ORG_CODE))
                .collect(Collectors.toSet());
        assertThat(regions).containsExactlyInAnyOrder("Y56", "Y58", "Y59", "Y60", "Y61", "Y62", "Y63");
    }
}

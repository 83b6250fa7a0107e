package org.sendacc.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * Every ICB in the reference tables is one ONS knows: its ODS code and its July-2022 GSS code appear together in the
 * ONS sub-ICB location lookup, so ICB figures from NHS England (keyed by ODS code) and from ONS (keyed by E54) both
 * join.
 */
@Tag(Tiers.REAL_DATA)
class IcbLookupTest {

    private static final ReferenceData DATA = ReferenceData.bundled();
    private static final Map<String, String> JULY_2022_CODE_BY_ODS_CODE = new HashMap<>();
    private static final Map<String, String> NHS_REGION_BY_ODS_CODE = new HashMap<>();

    @BeforeAll
    static void readOnsLookup() {
        for (Map<String, String> row :
                ReferenceFiles.rows(RealData.root().resolve("ons-lookups/SICBL22_ICB22_NHSER22_EN_LU.csv"))) {
            JULY_2022_CODE_BY_ODS_CODE.put(row.get("ICB22CDH"), row.get("ICB22CD"));
            NHS_REGION_BY_ODS_CODE.put(
                    row.get("ICB22CDH"),
                    row.get("NHSER22CD") + " " + row.get("NHSER22CDH") + " " + row.get("NHSER22NM"));
        }
    }

    private static String july2022Code(Icb icb) {
        return icb.previousCode() == null ? icb.code() : icb.previousCode();
    }

    @Test
    void onsLookupHas42Icbs() {
        assertThat(JULY_2022_CODE_BY_ODS_CODE).hasSize(42);
    }

    @Test
    void everyIcbOdsCodeIsInTheOnsLookup() {
        assertThat(DATA.icbs())
                .extracting(Icb::odsCode)
                .containsExactlyInAnyOrderElementsOf(JULY_2022_CODE_BY_ODS_CODE.keySet());
    }

    @Test
    void everyIcbJuly2022CodeIsTheOnsCodeForItsOdsCode() {
        assertThat(DATA.icbs())
                .allSatisfy(icb -> assertThat(july2022Code(icb))
                        .as(icb.odsCode())
                        .isEqualTo(JULY_2022_CODE_BY_ODS_CODE.get(icb.odsCode())));
    }

    @Test
    void everyIcbNhsRegionIsTheOnsRegion() {
        assertThat(DATA.icbs())
                .allSatisfy(icb -> assertThat(
                                icb.nhsRegionCode() + " " + icb.nhsRegionOdsCode() + " " + icb.nhsRegionName())
                        .as(icb.odsCode())
                        .isEqualTo(NHS_REGION_BY_ODS_CODE.get(icb.odsCode())));
    }

    @Test
    void everyMembershipIcbIsInTheOnsLookupByOdsAndCode() {
        assertThat(DATA.memberships()).allSatisfy(membership -> {
            assertThat(JULY_2022_CODE_BY_ODS_CODE).containsKey(membership.icbOdsCode());
            Icb icb = DATA.icbByOdsCode(membership.icbOdsCode()).orElseThrow();
            assertThat(JULY_2022_CODE_BY_ODS_CODE.get(membership.icbOdsCode())).isEqualTo(july2022Code(icb));
        });
    }

    @Test
    void everyIcbHasAtLeastOneMemberLocalAuthority() {
        assertThat(DATA.memberships())
                .extracting(IcbMembership::icbOdsCode)
                .containsAll(JULY_2022_CODE_BY_ODS_CODE.keySet());
    }

    /**
     * Each Sub-ICB Location of the ONS July-2022 lookup resolves, by its ODS code and by its July-2022 GSS code, to the
     * ICB the lookup puts it in; Surrey Heartlands' 92A also by its April-2024 code E38000264 (ONS's 2024 lookup).
     */
    @Test
    void everySubIcbLocationResolvesByEitherCodeToItsOnsIcb() {
        java.util.List<Map<String, String>> rows =
                ReferenceFiles.rows(RealData.root().resolve("ons-lookups/SICBL22_ICB22_NHSER22_EN_LU.csv"));
        assertThat(rows).hasSize(106);
        assertThat(DATA.subIcbLocations()).hasSize(106);
        assertThat(rows).allSatisfy(row -> {
            assertThat(DATA.subIcbLocation(row.get("SICBL22CDH")).orElseThrow().icbOdsCode())
                    .as(row.get("SICBL22CDH"))
                    .isEqualTo(row.get("ICB22CDH"));
            assertThat(DATA.subIcbLocation(row.get("SICBL22CD")).orElseThrow().odsCode())
                    .isEqualTo(row.get("SICBL22CDH"));
        });
        assertThat(DATA.subIcbLocation("E38000264").orElseThrow().odsCode()).isEqualTo("92A");
        assertThat(DATA.subIcbLocation("E38000246").orElseThrow().odsCode()).isEqualTo("92A");
        assertThat(DATA.subIcbLocation("UNKNOWN")).isEmpty();
    }
}

package org.sendacc.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled reference tables as a whole: their sizes, the lookups on them, the apportionment rule, and that they
 * travel intact to Spark executors.
 */
class ReferenceDataTest {

    private static final ReferenceData DATA = ReferenceData.bundled();

    @Test
    void has153CurrentLocalAuthorities() {
        assertThat(DATA.currentLocalAuthorities()).hasSize(153);
    }

    @Test
    void keepsTheFivePredecessorsWithTheirEndDates() {
        Map<String, LocalDate> ended = new TreeMap<>();
        for (LocalAuthority authority : DATA.localAuthorities()) {
            if (!authority.isCurrent()) {
                ended.put(authority.code(), authority.validTo());
            }
        }
        assertThat(ended)
                .containsExactlyEntriesOf(new TreeMap<>(Map.of(
                        "E06000028", LocalDate.of(2019, 3, 31),
                        "E06000029", LocalDate.of(2019, 3, 31),
                        "E10000006", LocalDate.of(2023, 3, 31),
                        "E10000009", LocalDate.of(2019, 3, 31),
                        "E10000021", LocalDate.of(2021, 3, 31))));
    }

    @Test
    void successorsStartOnTheirChangeDate() {
        Map<String, LocalDate> started = new TreeMap<>();
        for (LocalAuthority authority : DATA.localAuthorities()) {
            if (authority.validFrom() != null) {
                started.put(authority.code(), authority.validFrom());
            }
        }
        assertThat(started)
                .containsExactlyEntriesOf(new TreeMap<>(Map.of(
                        "E06000058", LocalDate.of(2019, 4, 1),
                        "E06000059", LocalDate.of(2019, 4, 1),
                        "E06000061", LocalDate.of(2021, 4, 1),
                        "E06000062", LocalDate.of(2021, 4, 1),
                        "E06000063", LocalDate.of(2023, 4, 1),
                        "E06000064", LocalDate.of(2023, 4, 1))));
    }

    @Test
    void usesTheLatestOnsCodesAsCanonicalCodes() {
        assertThat(DATA.localAuthority("E06000065"))
                .map(LocalAuthority::oldLaCode)
                .contains("815");
        assertThat(DATA.localAuthority("E06000066"))
                .map(LocalAuthority::oldLaCode)
                .contains("933");
        assertThat(DATA.localAuthority("E06000060"))
                .map(LocalAuthority::oldLaCode)
                .contains("825");
        assertThat(DATA.localAuthority("E08000038"))
                .map(LocalAuthority::oldLaCode)
                .contains("370");
        assertThat(DATA.localAuthority("E08000039"))
                .map(LocalAuthority::oldLaCode)
                .contains("373");
        assertThat(DATA.localAuthority("E10000023")).isEmpty();
    }

    @Test
    void usesDfeNames() {
        assertThat(DATA.localAuthority("E06000023")).map(LocalAuthority::name).contains("Bristol, City of");
    }

    @Test
    void hasNineRegions() {
        Set<String> regions = new HashSet<>();
        for (LocalAuthority authority : DATA.localAuthorities()) {
            regions.add(authority.regionCode() + " " + authority.regionName());
        }
        assertThat(regions)
                .containsExactlyInAnyOrder(
                        "E12000001 North East",
                        "E12000002 North West",
                        "E12000003 Yorkshire and The Humber",
                        "E12000004 East Midlands",
                        "E12000005 West Midlands",
                        "E12000006 East of England",
                        "E12000007 London",
                        "E12000008 South East",
                        "E12000009 South West");
    }

    @Test
    void localAuthoritiesAreSortedByCode() {
        assertThat(DATA.localAuthorities())
                .extracting(LocalAuthority::code)
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void has42Icbs() {
        assertThat(DATA.icbs()).hasSize(42).extracting(Icb::odsCode).doesNotHaveDuplicates();
    }

    @Test
    void findsAnIcbByItsCurrentOrPreviousCode() {
        Icb sussex = DATA.icbByOdsCode("QNX").orElseThrow();

        assertThat(sussex.code()).isEqualTo("E54000064");
        assertThat(sussex.previousCode()).isEqualTo("E54000053");
        assertThat(DATA.icbByCode("E54000064")).contains(sussex);
        assertThat(DATA.icbByCode("E54000053")).contains(sussex);
    }

    @Test
    void onlySussexAndSurreyHeartlandsChangedTheirCode() {
        Map<String, String> previousCodes = new TreeMap<>();
        for (Icb icb : DATA.icbs()) {
            if (icb.previousCode() != null) {
                previousCodes.put(icb.odsCode(), icb.previousCode() + "->" + icb.code());
            }
        }
        assertThat(previousCodes)
                .containsExactlyEntriesOf(
                        new TreeMap<>(Map.of("QNX", "E54000053->E54000064", "QXU", "E54000052->E54000063")));
    }

    @Test
    void everyCurrentLocalAuthorityBelongsToAtLeastOneIcb() {
        Set<String> members = new HashSet<>();
        for (IcbMembership membership : DATA.memberships()) {
            members.add(membership.laCode());
        }
        assertThat(members)
                .containsExactlyInAnyOrderElementsOf(DATA.currentLocalAuthorities().stream()
                        .map(LocalAuthority::code)
                        .toList());
    }

    @Test
    void membershipSharesOfEachLocalAuthoritySumToOne() {
        Map<String, Double> sums = new TreeMap<>();
        for (IcbMembership membership : DATA.memberships()) {
            sums.merge(membership.laCode(), membership.share0to25(), Double::sum);
        }
        assertThat(sums).hasSize(153);
        sums.forEach((laCode, sum) -> assertThat(sum).as(laCode).isCloseTo(1.0, within(1e-6)));
    }

    @Test
    void straddlingLocalAuthoritiesBelongToSeveralIcbs() {
        assertThat(icbsOf("E10000014")).containsExactlyInAnyOrder("QNQ", "QRL");
        assertThat(icbsOf("E06000065")).containsExactlyInAnyOrder("QE1", "QOQ", "QWO");
    }

    @Test
    void membershipPopulationsAddUpToTheLocalAuthorityPopulation() {
        Map<String, Long> sums = new HashMap<>();
        for (IcbMembership membership : DATA.memberships()) {
            sums.merge(membership.laCode(), membership.population0to25(), Long::sum);
        }
        for (Population population : DATA.populations()) {
            assertThat(sums.get(population.laCode())).as(population.laCode()).isEqualTo(population.age0to25());
        }
    }

    @Test
    void hasOneMid2020PopulationPerCurrentLocalAuthority() {
        assertThat(DATA.populations())
                .hasSize(153)
                .allSatisfy(population -> assertThat(population.midYear()).isEqualTo(2020))
                .extracting(Population::laCode)
                .containsExactlyInAnyOrderElementsOf(DATA.currentLocalAuthorities().stream()
                        .map(LocalAuthority::code)
                        .toList());
    }

    @Test
    void englandPopulationAged0To25MatchesTheFigureInSources() {
        long england = 0;
        for (Population population : DATA.populations()) {
            england += population.age0to25();
        }
        assertThat(england).isEqualTo(17_527_988L);
    }

    @Test
    void hasTenStatisticalNeighboursPerCurrentLocalAuthority() {
        Map<String, Integer> counts = new TreeMap<>();
        for (StatisticalNeighbour neighbour : DATA.statisticalNeighbours()) {
            counts.merge(neighbour.laCode(), 1, Integer::sum);
        }
        assertThat(counts)
                .hasSize(153)
                .allSatisfy((laCode, count) -> assertThat(count).as(laCode).isEqualTo(10));
    }

    @Test
    void bundledIsLoadedOnce() {
        assertThat(ReferenceData.bundled()).isSameAs(DATA);
    }

    @Test
    void loadingTheCommittedFolderGivesTheBundledTables() {
        ReferenceData loaded = ReferenceData.load(ReferenceFiles.committedTables());

        assertThat(loaded.localAuthorities()).isEqualTo(DATA.localAuthorities());
        assertThat(loaded.codeChanges()).isEqualTo(DATA.codeChanges());
        assertThat(loaded.icbs()).isEqualTo(DATA.icbs());
        assertThat(loaded.memberships()).isEqualTo(DATA.memberships());
        assertThat(loaded.statisticalNeighbours()).isEqualTo(DATA.statisticalNeighbours());
        assertThat(loaded.populations()).isEqualTo(DATA.populations());
    }

    @Test
    void loadingAMissingFolderFailsNamingIt(@TempDir Path temporary) {
        Path missing = temporary.resolve("nowhere");

        assertThatThrownBy(() -> ReferenceData.load(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reference table folder " + missing + " does not exist");
    }

    @Test
    void loadingATableWithAnUnexpectedHeaderFailsNamingTheFile(@TempDir Path temporary) throws IOException {
        copyCommittedTables(temporary);
        Files.writeString(temporary.resolve("icbs.csv"), "ods,code\nQNX,E54000064\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ReferenceData.load(temporary))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("icbs.csv: header is [ods, code] but expected [icb_ods_code,");
    }

    @Test
    void loadingARowWithABadNumberFailsNamingTheFileAndRecord(@TempDir Path temporary) throws IOException {
        copyCommittedTables(temporary);
        Files.writeString(
                temporary.resolve("la_icb_membership.csv"),
                "la_code,icb_ods_code,share_0_25,population_0_25\nE06000001,QHM,one,28368\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ReferenceData.load(temporary))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("la_icb_membership.csv record 2: has share_0_25 'one', not a decimal number");
    }

    @Test
    void membershipOfAnUnknownLocalAuthorityIsRejected() {
        List<IcbMembership> memberships = List.of(new IcbMembership("E06000099", "QHM", 1.0, 10));

        assertThatThrownBy(() -> new ReferenceData(
                        DATA.localAuthorities(),
                        DATA.codeChanges(),
                        DATA.icbs(),
                        DATA.subIcbLocations(),
                        memberships,
                        List.of(),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("membership row names unknown LA code 'E06000099'");
    }

    @Test
    void survivesJavaSerialization() throws IOException, ClassNotFoundException {
        ReferenceData copy = roundTrip(DATA);

        assertThat(copy.localAuthorities()).isEqualTo(DATA.localAuthorities());
        assertThat(copy.memberships()).isEqualTo(DATA.memberships());
        assertThat(copy.icbByCode("E54000052")).isEqualTo(DATA.icbByCode("E54000052"));
        assertThat(copy.laCodeResolver().resolve("E10000023", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .isEqualTo(new LaResolution.Resolved(
                        DATA.localAuthority("E06000065").orElseThrow(), true));
    }

    private static List<String> icbsOf(String laCode) {
        return DATA.memberships().stream()
                .filter(membership -> membership.laCode().equals(laCode))
                .map(IcbMembership::icbOdsCode)
                .toList();
    }

    private static void copyCommittedTables(Path target) throws IOException {
        for (ReferenceTable table : ReferenceTable.values()) {
            Files.copy(ReferenceFiles.committedTables().resolve(table.fileName()), target.resolve(table.fileName()));
        }
    }

    private static ReferenceData roundTrip(ReferenceData data) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(data);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ReferenceData) in.readObject();
        }
    }
}

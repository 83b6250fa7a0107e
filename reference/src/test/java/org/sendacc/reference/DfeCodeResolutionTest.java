package org.sendacc.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * Every LA code in DfE's real EHC plans release resolves to one canonical authority for the period it is published
 * for, including the codes DfE keeps after ONS changed them (North Yorkshire, Somerset, Buckinghamshire).
 *
 * <p>This is the join the dashboard depends on: a code that does not resolve would silently drop an LA from a chart.
 */
@Tag(Tiers.REAL_DATA)
class DfeCodeResolutionTest {

    private static final List<String> FILES =
            List.of("timeliness_20_week.csv", "requests.csv", "assessments.csv", "caseload.csv");
    private static final LaCodeResolver RESOLVER = ReferenceData.bundled().laCodeResolver();

    /** One LA row: file, time_period, new_la_code, old_la_code. */
    private record Published(String file, String timePeriod, String code, String number) {
        LocalDate start() {
            int year = Integer.parseInt(timePeriod.substring(0, 4));
            return timePeriod.length() == 4 ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 9, 1);
        }

        LocalDate end() {
            int year = Integer.parseInt(timePeriod.substring(0, 4));
            return timePeriod.length() == 4 ? LocalDate.of(year, 12, 31) : LocalDate.of(year + 1, 8, 31);
        }

        LaResolution resolve() {
            return RESOLVER.resolve(code, start(), end());
        }
    }

    private static List<Published> publishedLaRows() {
        Path release = RealData.root().resolve("dfe-ehcp-2025");
        Set<Published> distinct = new LinkedHashSet<>();
        for (String file : FILES) {
            for (Map<String, String> row : ReferenceFiles.rows(release.resolve(file))) {
                if (row.get("geographic_level").equals("Local authority")) {
                    distinct.add(new Published(
                            file, row.get("time_period"), row.get("new_la_code"), row.get("old_la_code")));
                }
            }
        }
        return new ArrayList<>(distinct);
    }

    private static List<Published> publishedIn2024() {
        return publishedLaRows().stream()
                .filter(row -> row.file().equals("caseload.csv")
                        ? row.timePeriod().equals("202425")
                        : row.timePeriod().equals("2024"))
                .toList();
    }

    private static String canonicalCode(Published row) {
        LaResolution resolution = row.resolve();
        assertThat(resolution).as("%s", row).isInstanceOf(LaResolution.Resolved.class);
        return ((LaResolution.Resolved) resolution).localAuthority().code();
    }

    @Test
    void everyLaCodeIn2024ResolvesForItsPeriod() {
        List<Published> rows = publishedIn2024();

        assertThat(rows).isNotEmpty();
        assertThat(rows)
                .allSatisfy(row -> assertThat(row.resolve()).as("%s", row).isInstanceOf(LaResolution.Resolved.class));
    }

    @Test
    void the2024CodesOfEachFileResolveToExactlyTheCurrentAuthorities() {
        Map<String, Set<String>> canonicalByFile = new TreeMap<>();
        for (Published row : publishedIn2024()) {
            canonicalByFile.computeIfAbsent(row.file(), file -> new TreeSet<>()).add(canonicalCode(row));
        }
        Set<String> current = new TreeSet<>();
        for (LocalAuthority authority : ReferenceData.bundled().currentLocalAuthorities()) {
            current.add(authority.code());
        }
        assertThat(canonicalByFile).hasSize(FILES.size());
        canonicalByFile.forEach((file, codes) -> assertThat(codes).as(file).isEqualTo(current));
    }

    @Test
    void everyLaCodeInEveryPeriodResolvesForItsPeriod() {
        assertThat(publishedLaRows())
                .allSatisfy(row -> assertThat(row.resolve()).as("%s", row).isInstanceOf(LaResolution.Resolved.class));
    }

    @Test
    void everyOldNumberInEveryPeriodResolvesToTheSameAuthorityAsItsCode() {
        assertThat(publishedLaRows())
                .allSatisfy(row -> assertThat(RESOLVER.resolveOldNumber(row.number(), row.start(), row.end()))
                        .as("%s", row)
                        .isEqualTo(new LaResolution.Resolved(
                                ((LaResolution.Resolved) row.resolve()).localAuthority(), false)));
    }

    @Test
    void northYorkshireSomersetAndBuckinghamshireEachLandOnOneCanonicalCode() {
        Map<String, Set<String>> canonicalByNumber = new TreeMap<>();
        for (Published row : publishedLaRows()) {
            if (Set.of("815", "933", "825").contains(row.number())) {
                canonicalByNumber
                        .computeIfAbsent(row.number(), number -> new TreeSet<>())
                        .add(canonicalCode(row));
            }
        }
        assertThat(canonicalByNumber)
                .containsExactlyEntriesOf(new TreeMap<>(Map.of(
                        "815", Set.of("E06000065"),
                        "825", Set.of("E06000060"),
                        "933", Set.of("E06000066"))));
    }

    @Test
    void dfePublishesBothBuckinghamshireCodes() {
        Set<String> codes = new TreeSet<>();
        for (Published row : publishedLaRows()) {
            if (row.number().equals("825")) {
                codes.add(row.code());
            }
        }
        assertThat(codes).containsExactly("E06000060", "E10000002");
    }
}

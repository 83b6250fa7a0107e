package org.sendacc.reference.tool;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sendacc.reference.Icb;
import org.sendacc.reference.IcbMembership;
import org.sendacc.reference.LaChangeType;
import org.sendacc.reference.LaCodeChange;
import org.sendacc.reference.LaCodeResolver;
import org.sendacc.reference.LaResolution;
import org.sendacc.reference.LocalAuthority;
import org.sendacc.reference.Population;
import org.sendacc.reference.ReferenceData;
import org.sendacc.reference.StatisticalNeighbour;
import org.sendacc.reference.SubIcbLocation;

/**
 * Builds the reference tables from the public files in the shared real-data folder (see its SOURCES.md).
 *
 * <p>Each table is derived, never typed in, so that it can be checked against its source and regenerated when a source
 * is refreshed. Anything in the sources that does not fit (an unmappable code, shares that do not sum to one) is
 * either fatal, when the table would be wrong, or returned as a warning for the README, when the table is still
 * usable.
 *
 * <p>Over 400 lines on purpose: one short method per reference table, in the order the README lists them.
 */
final class ReferenceTablesBuilder {

    static final String DFE_RELEASE = "dfe-ehcp-2025";
    static final String ONS_CHANGES = "ons-uk-topojson/changes.csv";
    static final String ONS_SUB_ICB_LOOKUP = "ons-lookups/SICBL22_ICB22_NHSER22_EN_LU.csv";
    static final String ONS_ICB24_OVERLAP = "ons-icb-lookups/lad24_sicbl24_icb24_overlap.csv";
    static final String ONS_UTLA_ICB_OVERLAP = "ons-icb-lookups/utla23_icb22_overlap.csv";
    static final String STATISTICAL_NEIGHBOURS = "dfe-statistical-neighbours/sn_may_2025.xlsx";
    static final String POPULATION = "ons-mye-population/population20_utla23_age0_25.csv";

    /** The first day of the span of DfE's EHC plans release the LA table is built from (calendar 2018). */
    private static final LocalDate RELEASE_START = LocalDate.of(2018, 1, 1);

    /** The ONS upper-tier files use April 2023 codes; codes are resolved as at that date. */
    private static final LocalDate UTLA23_DATE = LocalDate.of(2023, 4, 1);

    /** The statistical neighbours workbook is DfE's May 2025 edition; its LA numbers are resolved as at then. */
    private static final LocalDate NEIGHBOURS_START = LocalDate.of(2025, 5, 1);

    private static final LocalDate NEIGHBOURS_END = LocalDate.of(2025, 5, 31);
    private static final int POPULATION_MID_YEAR = 2020;
    private static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.000001");

    /** The tables and what did not fit. */
    record Built(ReferenceData data, List<String> warnings) {
        Built {
            requireNonNull(data, "data is null");
            warnings = List.copyOf(warnings);
        }
    }

    private final Path realdata;
    private final List<String> warnings = new ArrayList<>();

    private ReferenceTablesBuilder(Path realdata) {
        this.realdata = realdata;
    }

    static Built build(Path realdata) {
        requireNonNull(realdata, "realdata is null");
        if (!Files.isDirectory(realdata)) {
            throw new IllegalArgumentException("real-data folder " + realdata.toAbsolutePath() + " does not exist");
        }
        return new ReferenceTablesBuilder(realdata).build();
    }

    private Built build() {
        DfePublishedAuthorities published = DfePublishedAuthorities.read(realdata.resolve(DFE_RELEASE));
        List<String> notes = DeclaredCodeChanges.notesCheckedAgainstOns(realdata.resolve(ONS_CHANGES));
        List<LocalAuthority> authorities = localAuthorities(published);
        List<LaCodeChange> changes = codeChanges(published, authorities, notes);
        LaCodeResolver resolver = new LaCodeResolver(authorities, changes);
        List<LocalAuthority> current = new ArrayList<>();
        for (LocalAuthority authority : authorities) {
            if (authority.isCurrent()) {
                current.add(authority);
            }
        }
        List<Icb> icbs = icbs();
        List<SubIcbLocation> locations = subIcbLocations(icbs);
        List<IcbMembership> memberships = memberships(resolver, icbs, current);
        List<StatisticalNeighbour> neighbours = statisticalNeighbours(resolver, current);
        List<Population> populations = populations(resolver, current);
        ReferenceData data =
                new ReferenceData(authorities, changes, icbs, locations, memberships, neighbours, populations);
        return new Built(data, warnings);
    }

    private static Map<String, String> recodes() {
        Map<String, String> recodes = new HashMap<>();
        for (DeclaredCodeChanges.Declared declared : DeclaredCodeChanges.ALL) {
            if (declared.type() == LaChangeType.RECODE) {
                recodes.put(declared.oldCode(), declared.newCode());
            }
        }
        return recodes;
    }

    private static String canonical(String code, Map<String, String> recodes) {
        String canonical = code;
        Set<String> seen = new HashSet<>();
        while (recodes.containsKey(canonical) && seen.add(canonical)) {
            canonical = recodes.get(canonical);
        }
        return canonical;
    }

    private List<LocalAuthority> localAuthorities(DfePublishedAuthorities published) {
        Map<String, String> recodes = recodes();
        Map<String, List<DfePublishedAuthorities.PublishedAuthority>> byCanonicalCode = new TreeMap<>();
        for (DfePublishedAuthorities.PublishedAuthority authority : published.all()) {
            byCanonicalCode
                    .computeIfAbsent(canonical(authority.code(), recodes), code -> new ArrayList<>())
                    .add(authority);
        }
        Set<String> declaredEnded = new TreeSet<>();
        for (DeclaredCodeChanges.Declared declared : DeclaredCodeChanges.ALL) {
            if (declared.type() != LaChangeType.RECODE) {
                declaredEnded.add(declared.oldCode());
            }
        }
        List<LocalAuthority> authorities = new ArrayList<>();
        for (Map.Entry<String, List<DfePublishedAuthorities.PublishedAuthority>> entry : byCanonicalCode.entrySet()) {
            authorities.add(localAuthority(entry.getKey(), entry.getValue(), declaredEnded));
        }
        Set<String> codes = new HashSet<>();
        for (LocalAuthority authority : authorities) {
            codes.add(authority.code());
        }
        for (DeclaredCodeChanges.Declared declared : DeclaredCodeChanges.ALL) {
            String newCode = canonical(declared.newCode(), recodes);
            if (!codes.contains(newCode)) {
                throw new IllegalArgumentException(
                        "declared change " + declared + " leads to " + newCode + ", which DfE does not publish");
            }
        }
        return List.copyOf(authorities);
    }

    private static LocalAuthority localAuthority(
            String canonicalCode, List<DfePublishedAuthorities.PublishedAuthority> aliases, Set<String> declaredEnded) {
        DfePublishedAuthorities.PublishedAuthority first = aliases.get(0);
        boolean current = false;
        for (DfePublishedAuthorities.PublishedAuthority alias : aliases) {
            boolean sameDescription = alias.oldLaCode().equals(first.oldLaCode())
                    && alias.name().equals(first.name())
                    && alias.regionCode().equals(first.regionCode())
                    && alias.regionName().equals(first.regionName());
            if (!sameDescription) {
                throw new IllegalArgumentException("DfE describes recoded LA " + canonicalCode + " differently under "
                        + first.code() + " and " + alias.code() + ": " + first + " / " + alias);
            }
            current = current || alias.inLatestPeriod();
        }
        if (current == declaredEnded.contains(canonicalCode)) {
            throw new IllegalArgumentException("LA " + canonicalCode + " (" + first.name() + ") is "
                    + (current
                            ? "still published by DfE although a change declares it ended"
                            : "no longer published by DfE but no change declares it ended"));
        }
        return new LocalAuthority(
                canonicalCode,
                first.oldLaCode(),
                first.name(),
                first.regionCode(),
                first.regionName(),
                changeDate(canonicalCode, false),
                current ? null : changeDate(canonicalCode, true).minusDays(1));
    }

    /** The one date on which a non-recode change ended ({@code asOldCode}) or created the code, or null if none. */
    private static LocalDate changeDate(String code, boolean asOldCode) {
        Set<LocalDate> dates = new TreeSet<>();
        for (DeclaredCodeChanges.Declared declared : DeclaredCodeChanges.ALL) {
            String side = asOldCode ? declared.oldCode() : declared.newCode();
            if (declared.type() != LaChangeType.RECODE && side.equals(code)) {
                dates.add(declared.effectiveDate());
            }
        }
        if (dates.size() > 1) {
            throw new IllegalArgumentException("declared changes give LA " + code + " several dates: " + dates);
        }
        return dates.isEmpty() ? null : dates.iterator().next();
    }

    private static List<LaCodeChange> codeChanges(
            DfePublishedAuthorities published, List<LocalAuthority> authorities, List<String> notes) {
        Map<String, String> recodes = recodes();
        Map<String, LocalAuthority> byCode = new HashMap<>();
        for (LocalAuthority authority : authorities) {
            byCode.put(authority.code(), authority);
        }
        List<LaCodeChange> changes = new ArrayList<>();
        for (int index = 0; index < DeclaredCodeChanges.ALL.size(); index++) {
            DeclaredCodeChanges.Declared declared = DeclaredCodeChanges.ALL.get(index);
            String newName = byCode.get(canonical(declared.newCode(), recodes)).name();
            // a recode older than the release (Gateshead's and Northumberland's of 2013) keeps the authority's name
            boolean olderRecode = declared.type() == LaChangeType.RECODE
                    && declared.effectiveDate().isBefore(RELEASE_START);
            String oldName = published
                    .byCode(declared.oldCode())
                    .map(DfePublishedAuthorities.PublishedAuthority::name)
                    .orElseGet(() -> {
                        if (olderRecode) {
                            return newName;
                        }
                        throw new IllegalArgumentException(
                                "DfE never publishes " + declared.oldCode() + ", the old code of " + declared);
                    });
            changes.add(new LaCodeChange(
                    declared.oldCode(),
                    oldName,
                    declared.newCode(),
                    newName,
                    declared.effectiveDate(),
                    declared.type(),
                    notes.get(index)));
        }
        changes.sort(Comparator.comparing(LaCodeChange::effectiveDate)
                .thenComparing(LaCodeChange::oldCode)
                .thenComparing(LaCodeChange::newCode));
        return List.copyOf(changes);
    }

    private record IcbVersion(String code, String name, String regionCode, String regionOdsCode, String regionName) {}

    private List<Icb> icbs() {
        Map<String, IcbVersion> july2022 = icbVersions(realdata.resolve(ONS_SUB_ICB_LOOKUP), "ICB22", true);
        Map<String, IcbVersion> april2024 = icbVersions(realdata.resolve(ONS_ICB24_OVERLAP), "ICB24", false);
        if (!july2022.keySet().equals(april2024.keySet())) {
            throw new IllegalArgumentException("the July-2022 and April-2024 ICB lookups list different ODS codes: "
                    + july2022.keySet() + " / " + april2024.keySet());
        }
        List<Icb> icbs = new ArrayList<>();
        for (Map.Entry<String, IcbVersion> entry : july2022.entrySet()) {
            IcbVersion previous = entry.getValue();
            IcbVersion latest = april2024.get(entry.getKey());
            icbs.add(new Icb(
                    entry.getKey(),
                    latest.code(),
                    previous.code().equals(latest.code()) ? null : previous.code(),
                    latest.name(),
                    previous.regionCode(),
                    previous.regionOdsCode(),
                    previous.regionName()));
        }
        return List.copyOf(icbs);
    }

    /**
     * ICB versions by ODS code from a lookup with one row per sub-ICB (or LAD) location, whose ICB columns are
     * {@code prefix} + CD / CDH / NM; only the July-2022 lookup also names the NHS England region.
     */
    private static Map<String, IcbVersion> icbVersions(Path file, String prefix, boolean hasRegion) {
        List<String> columns = new ArrayList<>(List.of(prefix + "CD", prefix + "CDH", prefix + "NM"));
        if (hasRegion) {
            columns.addAll(List.of("NHSER22CD", "NHSER22CDH", "NHSER22NM"));
        }
        Map<String, IcbVersion> byOdsCode = new TreeMap<>();
        for (SourceCsv.Row row : SourceCsv.read(file, columns)) {
            IcbVersion version = new IcbVersion(
                    row.get(prefix + "CD"),
                    row.get(prefix + "NM"),
                    hasRegion ? row.get("NHSER22CD") : "",
                    hasRegion ? row.get("NHSER22CDH") : "",
                    hasRegion ? row.get("NHSER22NM") : "");
            IcbVersion known = byOdsCode.putIfAbsent(row.get(prefix + "CDH"), version);
            if (known != null && !known.equals(version)) {
                throw new IllegalArgumentException(file + " record " + row.recordNumber() + ": ICB "
                        + row.get(prefix + "CDH") + " is " + version + " but earlier " + known);
            }
        }
        return byOdsCode;
    }

    private record LocationVersion(String code, String name, String icbOdsCode) {}

    /**
     * The Sub-ICB Locations of July 2022 and April 2024, joined on their ODS code: both lookups must list the same
     * locations in the same ICBs (they do: 106, with new GSS codes for 92A and 70F only), and each ICB must be known.
     */
    private List<SubIcbLocation> subIcbLocations(List<Icb> icbs) {
        Map<String, LocationVersion> july2022 = locationVersions(realdata.resolve(ONS_SUB_ICB_LOOKUP), "22");
        Map<String, LocationVersion> april2024 = locationVersions(realdata.resolve(ONS_ICB24_OVERLAP), "24");
        if (!july2022.keySet().equals(april2024.keySet())) {
            throw new IllegalArgumentException("the July-2022 and April-2024 lookups list different Sub-ICB Locations: "
                    + july2022.keySet() + " / " + april2024.keySet());
        }
        Set<String> known = new HashSet<>();
        for (Icb icb : icbs) {
            known.add(icb.odsCode());
        }
        List<SubIcbLocation> locations = new ArrayList<>();
        for (Map.Entry<String, LocationVersion> entry : april2024.entrySet()) {
            LocationVersion latest = entry.getValue();
            LocationVersion previous = july2022.get(entry.getKey());
            if (!previous.icbOdsCode().equals(latest.icbOdsCode()) || !known.contains(latest.icbOdsCode())) {
                throw new IllegalArgumentException("Sub-ICB Location " + entry.getKey() + " is in ICB "
                        + previous.icbOdsCode() + " in July 2022 and " + latest.icbOdsCode() + " in April 2024");
            }
            locations.add(new SubIcbLocation(
                    entry.getKey(),
                    latest.code(),
                    previous.code().equals(latest.code()) ? null : previous.code(),
                    latest.name(),
                    latest.icbOdsCode()));
        }
        return List.copyOf(locations);
    }

    private static Map<String, LocationVersion> locationVersions(Path file, String year) {
        String prefix = "SICBL" + year;
        List<String> columns = List.of(prefix + "CD", prefix + "CDH", prefix + "NM", "ICB" + year + "CDH");
        Map<String, LocationVersion> byOdsCode = new TreeMap<>();
        for (SourceCsv.Row row : SourceCsv.read(file, columns)) {
            LocationVersion version =
                    new LocationVersion(row.get(prefix + "CD"), row.get(prefix + "NM"), row.get("ICB" + year + "CDH"));
            LocationVersion known = byOdsCode.putIfAbsent(row.get(prefix + "CDH"), version);
            if (known != null && !known.equals(version)) {
                throw new IllegalArgumentException(file + " record " + row.recordNumber() + ": Sub-ICB Location "
                        + row.get(prefix + "CDH") + " is " + version + " but earlier " + known);
            }
        }
        return byOdsCode;
    }

    private List<IcbMembership> memberships(LaCodeResolver resolver, List<Icb> icbs, List<LocalAuthority> current) {
        Path file = realdata.resolve(ONS_UTLA_ICB_OVERLAP);
        Map<String, Icb> byOdsCode = new HashMap<>();
        for (Icb icb : icbs) {
            byOdsCode.put(icb.odsCode(), icb);
        }
        Map<String, IcbMembership> byKey = new TreeMap<>();
        Map<String, BigDecimal> shareSums = new TreeMap<>();
        List<String> columns = List.of("UTLA23CD", "ICB22CD", "ICB22CDH", "share_of_utla_pop2020_0_25", "pop2020_0_25");
        for (SourceCsv.Row row : SourceCsv.read(file, columns)) {
            LocalAuthority authority = currentAuthority(resolver, row.get("UTLA23CD"), UTLA23_DATE, row);
            Icb icb = byOdsCode.get(row.get("ICB22CDH"));
            if (icb == null) {
                throw new IllegalArgumentException(
                        file + " record " + row.recordNumber() + ": unknown ICB ODS code " + row.get("ICB22CDH"));
            }
            String july2022Code = icb.previousCode() == null ? icb.code() : icb.previousCode();
            if (!july2022Code.equals(row.get("ICB22CD"))) {
                throw new IllegalArgumentException(file + " record " + row.recordNumber() + ": ICB " + icb.odsCode()
                        + " has code " + row.get("ICB22CD") + ", the ICB lookup says " + july2022Code);
            }
            BigDecimal share = new BigDecimal(row.get("share_of_utla_pop2020_0_25"));
            IcbMembership membership = new IcbMembership(
                    authority.code(), icb.odsCode(), share.doubleValue(), Long.parseLong(row.get("pop2020_0_25")));
            if (byKey.put(authority.code() + "/" + icb.odsCode(), membership) != null) {
                throw new IllegalArgumentException(file + " record " + row.recordNumber() + ": LA " + authority.code()
                        + " appears twice with ICB " + icb.odsCode());
            }
            shareSums.merge(authority.code(), share, BigDecimal::add);
        }
        for (LocalAuthority authority : current) {
            BigDecimal sum = shareSums.get(authority.code());
            if (sum == null) {
                throw new IllegalArgumentException(
                        file + " has no ICB for LA " + authority.code() + " (" + authority.name() + ")");
            }
            if (sum.subtract(BigDecimal.ONE).abs().compareTo(SHARE_TOLERANCE) > 0) {
                warnings.add("ICB shares of LA " + authority.code() + " (" + authority.name() + ") sum to "
                        + sum.toPlainString() + ", not 1");
            }
        }
        return List.copyOf(byKey.values());
    }

    private List<StatisticalNeighbour> statisticalNeighbours(LaCodeResolver resolver, List<LocalAuthority> current) {
        Path file = realdata.resolve(STATISTICAL_NEIGHBOURS);
        Map<String, List<StatisticalNeighbour>> byLa = new TreeMap<>();
        for (StatisticalNeighbourWorkbook.Group group : StatisticalNeighbourWorkbook.read(file)) {
            LaResolution resolution = resolver.resolveOldNumber(group.laNumber(), NEIGHBOURS_START, NEIGHBOURS_END);
            if (resolution instanceof LaResolution.Unresolved unresolved) {
                warnings.add("statistical neighbours: sheet row " + group.sheetRow() + " (" + group.laName()
                        + ") is left out: " + unresolved.reason());
                continue;
            }
            String laCode =
                    ((LaResolution.Resolved) resolution).localAuthority().code();
            List<StatisticalNeighbour> neighbours = new ArrayList<>();
            for (int index = 0; index < group.neighbours().size(); index++) {
                StatisticalNeighbourWorkbook.Neighbour neighbour =
                        group.neighbours().get(index);
                LaResolution neighbourResolution =
                        resolver.resolveOldNumber(neighbour.laNumber(), NEIGHBOURS_START, NEIGHBOURS_END);
                if (neighbourResolution instanceof LaResolution.Resolved resolved) {
                    neighbours.add(new StatisticalNeighbour(
                            laCode, index + 1, resolved.localAuthority().code(), neighbour.closeness()));
                } else {
                    warnings.add("statistical neighbours: neighbour " + (index + 1) + " of " + laCode + " (sheet row "
                            + group.sheetRow() + ") is left out: "
                            + ((LaResolution.Unresolved) neighbourResolution).reason());
                }
            }
            if (byLa.put(laCode, neighbours) != null) {
                throw new IllegalArgumentException(file + " has two groups for LA " + laCode);
            }
        }
        for (LocalAuthority authority : current) {
            if (!byLa.containsKey(authority.code())) {
                warnings.add("statistical neighbours: LA " + authority.code() + " (" + authority.name()
                        + ") has no group in " + file.getFileName());
            }
        }
        List<StatisticalNeighbour> all = new ArrayList<>();
        byLa.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    private List<Population> populations(LaCodeResolver resolver, List<LocalAuthority> current) {
        Path file = realdata.resolve(POPULATION);
        List<String> columns =
                List.of("UTLA23CD", "age_0_25", "age_0_4", "age_5_10", "age_11_15", "age_16_17", "age_18_25");
        Map<String, Population> byLa = new TreeMap<>();
        for (SourceCsv.Row row : SourceCsv.read(file, columns)) {
            if (!row.get("UTLA23CD").startsWith("E")) {
                continue;
            }
            LocalAuthority authority = currentAuthority(resolver, row.get("UTLA23CD"), UTLA23_DATE, row);
            Population population = new Population(
                    authority.code(),
                    POPULATION_MID_YEAR,
                    Long.parseLong(row.get("age_0_25")),
                    Long.parseLong(row.get("age_0_4")),
                    Long.parseLong(row.get("age_5_10")),
                    Long.parseLong(row.get("age_11_15")),
                    Long.parseLong(row.get("age_16_17")),
                    Long.parseLong(row.get("age_18_25")));
            if (byLa.put(authority.code(), population) != null) {
                throw new IllegalArgumentException(
                        file + " record " + row.recordNumber() + ": LA " + authority.code() + " appears twice");
            }
        }
        for (LocalAuthority authority : current) {
            if (!byLa.containsKey(authority.code())) {
                throw new IllegalArgumentException(
                        file + " has no row for LA " + authority.code() + " (" + authority.name() + ")");
            }
        }
        return List.copyOf(byLa.values());
    }

    private static LocalAuthority currentAuthority(
            LaCodeResolver resolver, String code, LocalDate date, SourceCsv.Row row) {
        LaResolution resolution = resolver.resolve(code, date, date);
        if (resolution instanceof LaResolution.Resolved resolved
                && resolved.localAuthority().isCurrent()) {
            return resolved.localAuthority();
        }
        String why = resolution instanceof LaResolution.Unresolved unresolved
                ? unresolved.reason()
                : "it is no longer a current LA";
        throw new IllegalArgumentException(
                row.file() + " record " + row.recordNumber() + ": cannot use LA code '" + code + "': " + why);
    }
}

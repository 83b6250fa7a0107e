package org.sendacc.reference;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The reference tables (LAs, code changes, ICBs, LA-ICB memberships, statistical neighbours, population) as one
 * checked, immutable value.
 *
 * <p>It is serializable because jobs ship it to Spark executors. Loading checks that the tables agree with each other
 * (every membership, neighbour and population row names a known LA and ICB), so a table edited by hand or generated
 * from mismatched sources fails at start-up rather than as silently missing joins.
 */
public final class ReferenceData implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<LocalAuthority> localAuthorities;
    private final List<LocalAuthority> currentLocalAuthorities;
    private final List<LaCodeChange> codeChanges;
    private final List<Icb> icbs;
    private final List<SubIcbLocation> subIcbLocations;
    private final List<IcbMembership> memberships;
    private final List<StatisticalNeighbour> statisticalNeighbours;
    private final List<Population> populations;
    private final Map<String, LocalAuthority> authoritiesByCode;
    private final Map<String, Icb> icbsByOdsCode;
    private final Map<String, Icb> icbsByCode;
    private final Map<String, SubIcbLocation> subIcbLocationsByCode;
    private final LaCodeResolver laCodeResolver;

    /**
     * Builds the reference data from its tables, checking that they agree.
     *
     * @throws IllegalArgumentException if codes repeat or a row names an LA or ICB that is not in its table
     */
    public ReferenceData(
            List<LocalAuthority> localAuthorities,
            List<LaCodeChange> codeChanges,
            List<Icb> icbs,
            List<SubIcbLocation> subIcbLocations,
            List<IcbMembership> memberships,
            List<StatisticalNeighbour> statisticalNeighbours,
            List<Population> populations) {
        this.localAuthorities = List.copyOf(requireNonNull(localAuthorities, "localAuthorities is null"));
        this.codeChanges = List.copyOf(requireNonNull(codeChanges, "codeChanges is null"));
        this.icbs = List.copyOf(requireNonNull(icbs, "icbs is null"));
        this.subIcbLocations = List.copyOf(requireNonNull(subIcbLocations, "subIcbLocations is null"));
        this.memberships = List.copyOf(requireNonNull(memberships, "memberships is null"));
        this.statisticalNeighbours =
                List.copyOf(requireNonNull(statisticalNeighbours, "statisticalNeighbours is null"));
        this.populations = List.copyOf(requireNonNull(populations, "populations is null"));
        this.laCodeResolver = new LaCodeResolver(this.localAuthorities, this.codeChanges);
        Map<String, LocalAuthority> byCode = new HashMap<>();
        List<LocalAuthority> current = new ArrayList<>();
        for (LocalAuthority authority : this.localAuthorities) {
            byCode.put(authority.code(), authority);
            if (authority.isCurrent()) {
                current.add(authority);
            }
        }
        this.authoritiesByCode = Map.copyOf(byCode);
        this.currentLocalAuthorities = List.copyOf(current);
        Map<String, Icb> byOdsCode = new HashMap<>();
        Map<String, Icb> byIcbCode = new HashMap<>();
        for (Icb icb : this.icbs) {
            putUnique(byOdsCode, icb.odsCode(), icb, "ICB ODS code");
            putUnique(byIcbCode, icb.code(), icb, "ICB code");
            if (icb.previousCode() != null) {
                putUnique(byIcbCode, icb.previousCode(), icb, "ICB code");
            }
        }
        this.icbsByOdsCode = Map.copyOf(byOdsCode);
        this.icbsByCode = Map.copyOf(byIcbCode);
        Map<String, SubIcbLocation> locations = new HashMap<>();
        for (SubIcbLocation location : this.subIcbLocations) {
            putUnique(locations, location.odsCode(), location, "Sub-ICB Location code");
            putUnique(locations, location.code(), location, "Sub-ICB Location code");
            if (location.previousCode() != null) {
                putUnique(locations, location.previousCode(), location, "Sub-ICB Location code");
            }
        }
        this.subIcbLocationsByCode = Map.copyOf(locations);
        checkReferences();
    }

    private static <T> void putUnique(Map<String, T> map, String key, T value, String what) {
        if (map.putIfAbsent(key, value) != null) {
            throw new IllegalArgumentException(what + " '" + key + "' appears twice");
        }
    }

    private void checkReferences() {
        for (SubIcbLocation location : subIcbLocations) {
            if (!icbsByOdsCode.containsKey(location.icbOdsCode())) {
                throw new IllegalArgumentException(
                        "Sub-ICB Location " + location.odsCode() + " names unknown ICB " + location.icbOdsCode());
            }
        }
        for (IcbMembership membership : memberships) {
            requireKnownLa(membership.laCode(), "membership");
            if (!icbsByOdsCode.containsKey(membership.icbOdsCode())) {
                throw new IllegalArgumentException(
                        "membership of LA " + membership.laCode() + " names unknown ICB " + membership.icbOdsCode());
            }
        }
        for (StatisticalNeighbour neighbour : statisticalNeighbours) {
            requireKnownLa(neighbour.laCode(), "statistical neighbour");
            requireKnownLa(neighbour.neighbourLaCode(), "statistical neighbour");
        }
        Set<String> populationKeys = new HashSet<>();
        for (Population population : populations) {
            requireKnownLa(population.laCode(), "population");
            if (!populationKeys.add(population.laCode() + "/" + population.midYear())) {
                throw new IllegalArgumentException(
                        "population of LA " + population.laCode() + " in " + population.midYear() + " appears twice");
            }
        }
    }

    private void requireKnownLa(String code, String what) {
        if (!authoritiesByCode.containsKey(code)) {
            throw new IllegalArgumentException(what + " row names unknown LA code '" + code + "'");
        }
    }

    /** The tables built into this module (sample-data/reference at build time), loaded once. */
    public static ReferenceData bundled() {
        return Bundled.INSTANCE;
    }

    /** Loads the tables from a folder holding the same CSV files as sample-data/reference. */
    public static ReferenceData load(Path directory) {
        requireNonNull(directory, "directory is null");
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("reference table folder " + directory + " does not exist");
        }
        return read(table -> {
            Path file = directory.resolve(table.fileName());
            try {
                return Files.newBufferedReader(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open reference table " + file, e);
            }
        });
    }

    private static ReferenceData fromClasspath() {
        ClassLoader loader = ReferenceData.class.getClassLoader();
        return read(table -> {
            String resource = ReferenceTable.CLASSPATH_FOLDER + table.fileName();
            InputStream stream = loader.getResourceAsStream(resource);
            if (stream == null) {
                throw new IllegalStateException("reference table " + resource + " is not on the classpath");
            }
            return new InputStreamReader(stream, StandardCharsets.UTF_8);
        });
    }

    private static ReferenceData read(Function<ReferenceTable, Reader> opener) {
        return new ReferenceData(
                readTable(opener, ReferenceTable.LOCAL_AUTHORITIES, ReferenceData::localAuthority),
                readTable(opener, ReferenceTable.LA_CODE_CHANGES, ReferenceData::codeChange),
                readTable(opener, ReferenceTable.ICBS, ReferenceData::icb),
                readTable(opener, ReferenceTable.SUB_ICB_LOCATIONS, ReferenceData::subIcbLocation),
                readTable(opener, ReferenceTable.LA_ICB_MEMBERSHIP, ReferenceData::membership),
                readTable(opener, ReferenceTable.STATISTICAL_NEIGHBOURS, ReferenceData::neighbour),
                readTable(opener, ReferenceTable.POPULATION_0_25, ReferenceData::population));
    }

    private static <T> List<T> readTable(
            Function<ReferenceTable, Reader> opener, ReferenceTable table, Function<TableReader.Row, T> mapper) {
        try (Reader reader = opener.apply(table)) {
            return TableReader.read(table, reader, table.fileName(), mapper);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close reference table " + table.fileName(), e);
        }
    }

    private static LocalAuthority localAuthority(TableReader.Row row) {
        return new LocalAuthority(
                row.text("la_code"),
                row.text("old_la_code"),
                row.text("la_name"),
                row.text("region_code"),
                row.text("region_name"),
                row.optionalDate("valid_from"),
                row.optionalDate("valid_to"));
    }

    private static LaCodeChange codeChange(TableReader.Row row) {
        return new LaCodeChange(
                row.text("old_code"),
                row.text("old_name"),
                row.text("new_code"),
                row.text("new_name"),
                row.date("effective_date"),
                row.constant("change_type", LaChangeType.class),
                row.text("note"));
    }

    private static Icb icb(TableReader.Row row) {
        return new Icb(
                row.text("icb_ods_code"),
                row.text("icb_code"),
                row.optionalText("previous_icb_code"),
                row.text("icb_name"),
                row.text("nhs_region_code"),
                row.text("nhs_region_ods_code"),
                row.text("nhs_region_name"));
    }

    private static SubIcbLocation subIcbLocation(TableReader.Row row) {
        return new SubIcbLocation(
                row.text("sicbl_ods_code"),
                row.text("sicbl_code"),
                row.optionalText("previous_sicbl_code"),
                row.text("sicbl_name"),
                row.text("icb_ods_code"));
    }

    private static IcbMembership membership(TableReader.Row row) {
        return new IcbMembership(
                row.text("la_code"),
                row.text("icb_ods_code"),
                row.decimal("share_0_25"),
                row.wholeNumber("population_0_25"));
    }

    private static StatisticalNeighbour neighbour(TableReader.Row row) {
        return new StatisticalNeighbour(
                row.text("la_code"), row.integer("rank"), row.text("neighbour_la_code"), row.text("closeness"));
    }

    private static Population population(TableReader.Row row) {
        return new Population(
                row.text("la_code"),
                row.integer("mid_year"),
                row.wholeNumber("age_0_25"),
                row.wholeNumber("age_0_4"),
                row.wholeNumber("age_5_10"),
                row.wholeNumber("age_11_15"),
                row.wholeNumber("age_16_17"),
                row.wholeNumber("age_18_25"));
    }

    /** Every LA in the tables, predecessors included, in la_code order. */
    public List<LocalAuthority> localAuthorities() {
        return localAuthorities;
    }

    /** The LAs that exist today (no end date): the 153 with education duties. */
    public List<LocalAuthority> currentLocalAuthorities() {
        return currentLocalAuthorities;
    }

    /** The LA with exactly this canonical code (current or predecessor); recoded aliases are not followed. */
    public Optional<LocalAuthority> localAuthority(String code) {
        requireNonNull(code, "code is null");
        return Optional.ofNullable(authoritiesByCode.get(code));
    }

    public List<LaCodeChange> codeChanges() {
        return codeChanges;
    }

    public List<Icb> icbs() {
        return icbs;
    }

    /** The ICB with this ODS code, e.g. QWE. */
    public Optional<Icb> icbByOdsCode(String ods) {
        requireNonNull(ods, "ods is null");
        return Optional.ofNullable(icbsByOdsCode.get(ods));
    }

    /** The ICB with this GSS code (E54), matching its current code or its July-2022 code. */
    public Optional<Icb> icbByCode(String e54) {
        requireNonNull(e54, "e54 is null");
        return Optional.ofNullable(icbsByCode.get(e54));
    }

    public List<SubIcbLocation> subIcbLocations() {
        return subIcbLocations;
    }

    /**
     * The Sub-ICB Location with this ODS code (00L) or GSS code (E38, April-2024 or July-2022), so that files on
     * either boundaries resolve.
     */
    public Optional<SubIcbLocation> subIcbLocation(String code) {
        requireNonNull(code, "code is null");
        return Optional.ofNullable(subIcbLocationsByCode.get(code));
    }

    public List<IcbMembership> memberships() {
        return memberships;
    }

    public List<StatisticalNeighbour> statisticalNeighbours() {
        return statisticalNeighbours;
    }

    public List<Population> populations() {
        return populations;
    }

    public LaCodeResolver laCodeResolver() {
        return laCodeResolver;
    }

    /** Holder idiom: the bundled tables are read on first use, once, thread-safely. */
    private static final class Bundled {
        private static final ReferenceData INSTANCE = fromClasspath();
    }
}

package org.sendacc.reference.tool;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendacc.reference.LaChangeType;

/**
 * The LA code changes between 2018 and 2025 that matter for DfE SEND data, declared here and checked against the ONS
 * change log.
 *
 * <p>ONS's log describes changes district by district (districts "merge" into a new unitary, the county is
 * "terminated"), which does not say directly whether the upper-tier footprint kept its shape. Whether an old code may
 * be followed silently (a recode) or marks a break in series is a judgement, so it is declared here, one row per
 * old-to-new pair, and the tool refuses to run if the ONS log has no record of a declared change in its year.
 */
final class DeclaredCodeChanges {

    private static final List<String> ONS_COLUMNS = List.of("oldcd", "oldnm", "newcd", "newnm", "type", "start");

    /** A change as declared: codes, first day of the new code, type, and why. */
    record Declared(String oldCode, String newCode, LocalDate effectiveDate, LaChangeType type, String explanation) {
        Declared {
            requireNonNull(oldCode, "oldCode is null");
            requireNonNull(newCode, "newCode is null");
            requireNonNull(effectiveDate, "effectiveDate is null");
            requireNonNull(type, "type is null");
            requireNonNull(explanation, "explanation is null");
        }
    }

    private static final LocalDate APRIL_2013 = LocalDate.of(2013, 4, 1);
    private static final LocalDate APRIL_2019 = LocalDate.of(2019, 4, 1);
    private static final LocalDate APRIL_2020 = LocalDate.of(2020, 4, 1);
    private static final LocalDate APRIL_2021 = LocalDate.of(2021, 4, 1);
    private static final LocalDate APRIL_2023 = LocalDate.of(2023, 4, 1);
    private static final LocalDate APRIL_2025 = LocalDate.of(2025, 4, 1);

    static final List<Declared> ALL = List.of(
            new Declared(
                    "E08000020",
                    "E08000037",
                    APRIL_2013,
                    LaChangeType.RECODE,
                    "Gateshead: new ONS code after a minor boundary change with Northumberland (a few addresses);"
                            + " the same authority for statistics. DfE's AP census still uses E08000020 to 2022/23."),
            new Declared(
                    "E06000048",
                    "E06000057",
                    APRIL_2013,
                    LaChangeType.RECODE,
                    "Northumberland: new ONS code after a minor boundary change with Gateshead (a few addresses);"
                            + " the same authority for statistics. DfE's AP census still uses E06000048 to 2022/23."),
            new Declared(
                    "E06000028",
                    "E06000058",
                    APRIL_2019,
                    LaChangeType.MERGER,
                    "Bournemouth, Poole and Christchurch (a district of Dorset county) merged into one unitary council."),
            new Declared(
                    "E06000029",
                    "E06000058",
                    APRIL_2019,
                    LaChangeType.MERGER,
                    "Bournemouth, Poole and Christchurch (a district of Dorset county) merged into one unitary council."),
            new Declared(
                    "E10000009",
                    "E06000058",
                    APRIL_2019,
                    LaChangeType.BOUNDARY_CHANGE,
                    "Christchurch district left Dorset county for Bournemouth, Christchurch and Poole."),
            new Declared(
                    "E10000009",
                    "E06000059",
                    APRIL_2019,
                    LaChangeType.BOUNDARY_CHANGE,
                    "Dorset county and its remaining five districts became the Dorset unitary council;"
                            + " the footprint lost Christchurch to BCP."),
            new Declared(
                    "E10000002",
                    "E06000060",
                    APRIL_2020,
                    LaChangeType.RECODE,
                    "Same footprint: the county and its four districts became one unitary council."
                            + " DfE files still use E10000002 for 2019 and 2023-2024 and E06000060 for 2020-2022."),
            new Declared(
                    "E10000021",
                    "E06000061",
                    APRIL_2021,
                    LaChangeType.SPLIT,
                    "Northamptonshire county was split into North Northamptonshire and West Northamptonshire."),
            new Declared(
                    "E10000021",
                    "E06000062",
                    APRIL_2021,
                    LaChangeType.SPLIT,
                    "Northamptonshire county was split into North Northamptonshire and West Northamptonshire."),
            new Declared(
                    "E10000006",
                    "E06000063",
                    APRIL_2023,
                    LaChangeType.SPLIT,
                    "Cumbria county was split into Cumberland and Westmorland and Furness."),
            new Declared(
                    "E10000006",
                    "E06000064",
                    APRIL_2023,
                    LaChangeType.SPLIT,
                    "Cumbria county was split into Cumberland and Westmorland and Furness."),
            new Declared(
                    "E10000023",
                    "E06000065",
                    APRIL_2023,
                    LaChangeType.RECODE,
                    "Same footprint: the county and its seven districts became one unitary council."
                            + " DfE files keep E10000023 for 2023-2024."),
            new Declared(
                    "E10000027",
                    "E06000066",
                    APRIL_2023,
                    LaChangeType.RECODE,
                    "Same footprint: the county and its four districts became one unitary council."
                            + " DfE files keep E10000027 for 2023-2024."),
            new Declared(
                    "E08000016",
                    "E08000038",
                    APRIL_2025,
                    LaChangeType.RECODE,
                    "Same authority, new ONS code. DfE files up to 2024/25 use E08000016."),
            new Declared(
                    "E08000019",
                    "E08000039",
                    APRIL_2025,
                    LaChangeType.RECODE,
                    "Same authority, new ONS code. DfE files up to 2024/25 use E08000019."));

    private DeclaredCodeChanges() {}

    /**
     * Checks each declared change against the ONS change log and returns its note: the explanation followed by what
     * the log records for the change's year.
     *
     * @throws IllegalArgumentException if the log has no row for the old code in the year of the change, or records
     *     the old code as merging into a different code
     */
    static List<String> notesCheckedAgainstOns(Path onsChangesCsv) {
        requireNonNull(onsChangesCsv, "onsChangesCsv is null");
        List<SourceCsv.Row> onsRows = SourceCsv.read(onsChangesCsv, ONS_COLUMNS);
        List<String> notes = new ArrayList<>();
        for (Declared declared : ALL) {
            notes.add(noteFor(declared, onsRows, onsChangesCsv));
        }
        return List.copyOf(notes);
    }

    private static String noteFor(Declared declared, List<SourceCsv.Row> onsRows, Path onsChangesCsv) {
        String year = Integer.toString(declared.effectiveDate().getYear());
        int firstLogged = onsRows.stream()
                .mapToInt(row -> Integer.parseInt(row.get("start")))
                .min()
                .orElse(Integer.MIN_VALUE); // an empty log confirms nothing
        if (declared.effectiveDate().getYear() < firstLogged) {
            // the log starts later: such a change is declared from ONS's Code History Database, and says so
            return declared.explanation() + " Before ONS changes.csv's first year (" + firstLogged + "); ONS Code"
                    + " History Database: " + declared.oldCode() + " replaced by " + declared.newCode() + " in " + year
                    + ".";
        }
        List<String> evidence = new ArrayList<>();
        boolean oldCodeRecorded = false;
        for (SourceCsv.Row row : onsRows) {
            if (!row.get("start").equals(year)) {
                continue;
            }
            boolean aboutOldCode = row.get("oldcd").equals(declared.oldCode());
            boolean intoNewCode = row.get("newcd").equals(declared.newCode());
            if (aboutOldCode) {
                boolean ended = row.get("type").equals("termination");
                if (!ended && !intoNewCode) {
                    throw new IllegalArgumentException(onsChangesCsv + " records " + declared.oldCode() + " as "
                            + row.get("type") + " into " + row.get("newcd") + " in " + year + ", but the declared"
                            + " change is to " + declared.newCode());
                }
                oldCodeRecorded = true;
            }
            if (aboutOldCode || intoNewCode) {
                evidence.add(describe(row));
            }
        }
        if (!oldCodeRecorded) {
            throw new IllegalArgumentException(onsChangesCsv + " has no " + year + " row for " + declared.oldCode()
                    + ", so the declared change " + declared + " is not confirmed");
        }
        return declared.explanation() + " ONS changes.csv (" + year + "): " + String.join("; ", evidence) + ".";
    }

    private static String describe(SourceCsv.Row row) {
        String into = row.get("newcd").isEmpty() ? "" : " -> " + row.get("newcd");
        return row.get("oldcd") + " " + row.get("oldnm") + " " + row.get("type") + into;
    }
}

package org.sendacc.reference;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The committed reference tables: file name and exact header of each.
 *
 * <p>The generating tool and the loader share this one definition so that a column cannot be renamed on one side
 * only.
 */
public enum ReferenceTable {
    LOCAL_AUTHORITIES(
            "local_authorities.csv",
            List.of("la_code", "old_la_code", "la_name", "region_code", "region_name", "valid_from", "valid_to")),
    LA_CODE_CHANGES(
            "la_code_changes.csv",
            List.of("old_code", "old_name", "new_code", "new_name", "effective_date", "change_type", "note")),
    ICBS(
            "icbs.csv",
            List.of(
                    "icb_ods_code",
                    "icb_code",
                    "previous_icb_code",
                    "icb_name",
                    "nhs_region_code",
                    "nhs_region_ods_code",
                    "nhs_region_name")),
    SUB_ICB_LOCATIONS(
            "sub_icb_locations.csv",
            List.of("sicbl_ods_code", "sicbl_code", "previous_sicbl_code", "sicbl_name", "icb_ods_code")),
    LA_ICB_MEMBERSHIP("la_icb_membership.csv", List.of("la_code", "icb_ods_code", "share_0_25", "population_0_25")),
    STATISTICAL_NEIGHBOURS("statistical_neighbours.csv", List.of("la_code", "rank", "neighbour_la_code", "closeness")),
    POPULATION_0_25(
            "population_0_25.csv",
            List.of("la_code", "mid_year", "age_0_25", "age_0_4", "age_5_10", "age_11_15", "age_16_17", "age_18_25"));

    /** Where the tables sit on the classpath (the build copies sample-data/reference there). */
    public static final String CLASSPATH_FOLDER = "org/sendacc/reference/tables/";

    private final String fileName;

    @SuppressWarnings("ImmutableEnumChecker") // List.copyOf: unmodifiable
    private final List<String> header;

    ReferenceTable(String fileName, List<String> header) {
        this.fileName = requireNonNull(fileName, "fileName is null");
        this.header = List.copyOf(header);
    }

    public String fileName() {
        return fileName;
    }

    public List<String> header() {
        return header;
    }
}

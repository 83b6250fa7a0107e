package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The plan for the deliberately bad rows and the register of where they landed.
 *
 * <p>Each bad row breaks a different rule and sits in a fixed place that does not depend on the seed: an extra row
 * after a fixed data row of a fixed area's return, or a fixed LA and year of a published table. Extra rows in the
 * returns are not counted in the published tables, so once an ingest rejects them the area's own figures still
 * match DfE's. The register is filled as files are written and printed in the output README.
 */
final class PlantedDefects {

    /** An extra bad row to write after the given data row of an area's return. */
    record PlantedRow(int afterDataRow, PlantedDefect.Rule rule) {
        PlantedRow {
            requireNonNull(rule, "rule is null");
            if (afterDataRow < 1) {
                throw new IllegalArgumentException("afterDataRow must be 1 or more");
            }
        }
    }

    static final String DECISION_BEFORE_REQUEST_LA = "E08000035";
    static final String UNKNOWN_LA_CODE_LA = "E06000052";
    static final String FUTURE_REQUEST_DATE_LA = "E10000014";
    static final String DUPLICATE_RECORD_ID_LA = "E08000025";
    static final String UNKNOWN_ICB_CODE_LA = "E10000012";
    static final String CONTACT_AFTER_CENSUS_ICB = "QOP";
    static final String NUMERATOR_ABOVE_DENOMINATOR_LA = "E10000008";
    static final String TEXT_IN_COUNT_LA = "E10000020";
    static final String NEGATIVE_COUNT_ICB = "QWE";
    static final String PERCENT_ABOVE_100_LA = "E10000029";

    static final String UNKNOWN_LA_CODE = "E06000999";
    static final String UNKNOWN_ICB_CODE = "Q99";
    static final String FUTURE_DATE = "2099-03-15";

    private final List<PlantedDefect> planted = new ArrayList<>();

    /** The extra rows planted in an LA's EHC assessment records. */
    static List<PlantedRow> inAssessmentRecords(String laCode) {
        return switch (laCode) {
            case DECISION_BEFORE_REQUEST_LA -> List.of(new PlantedRow(40, PlantedDefect.Rule.DECISION_BEFORE_REQUEST));
            case UNKNOWN_LA_CODE_LA -> List.of(new PlantedRow(60, PlantedDefect.Rule.UNKNOWN_LA_CODE));
            case FUTURE_REQUEST_DATE_LA -> List.of(new PlantedRow(80, PlantedDefect.Rule.FUTURE_REQUEST_DATE));
            case DUPLICATE_RECORD_ID_LA -> List.of(new PlantedRow(100, PlantedDefect.Rule.DUPLICATE_RECORD_ID));
            default -> List.of();
        };
    }

    /** The extra rows planted in an LA's health advice requests. */
    static List<PlantedRow> inHealthAdviceRequests(String laCode) {
        return laCode.equals(UNKNOWN_ICB_CODE_LA)
                ? List.of(new PlantedRow(50, PlantedDefect.Rule.UNKNOWN_ICB_CODE))
                : List.of();
    }

    /** The extra rows planted in an ICB's therapy referrals. */
    static List<PlantedRow> inTherapyReferrals(String icbOdsCode) {
        return icbOdsCode.equals(CONTACT_AFTER_CENSUS_ICB)
                ? List.of(new PlantedRow(30, PlantedDefect.Rule.CONTACT_AFTER_CENSUS))
                : List.of();
    }

    synchronized void register(PlantedDefect defect) {
        planted.add(requireNonNull(defect, "defect is null"));
    }

    /** Every planted row, by file and line. */
    synchronized List<PlantedDefect> all() {
        List<PlantedDefect> sorted = new ArrayList<>(planted);
        sorted.sort(Comparator.comparing(PlantedDefect::file).thenComparingLong(PlantedDefect::line));
        return sorted;
    }
}

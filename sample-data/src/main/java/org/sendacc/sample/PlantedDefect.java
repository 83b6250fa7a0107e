package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

/**
 * One deliberately bad row, where it is and which rule it breaks, so that a test can find it and an ingest can be
 * checked to reject it.
 *
 * @param file path under the output folder, with forward slashes
 * @param line physical line number in the file (the header is line 1)
 * @param column the column holding the bad value
 * @param rule which rule the value breaks
 * @param value the bad value exactly as written
 */
record PlantedDefect(String file, long line, String column, PlantedDefect.Rule rule, String value) {

    /** The rules the planted rows break, one row each. */
    enum Rule {
        DECISION_BEFORE_REQUEST("decision_date is before request_date"),
        UNKNOWN_LA_CODE("la_code is not a known LA code"),
        FUTURE_REQUEST_DATE("request_date lies in the future"),
        DUPLICATE_RECORD_ID("record_id repeats an earlier row's record_id"),
        UNKNOWN_ICB_CODE("icb_ods_code is not a known ICB"),
        CONTACT_AFTER_CENSUS("first_contact_date is after census_date"),
        NUMERATOR_ABOVE_DENOMINATOR("plans issued within 20 weeks exceed plans issued"),
        TEXT_IN_COUNT("a count holds text"),
        NEGATIVE_COUNT("a count is negative"),
        PERCENT_ABOVE_100("a percentage is above 100");

        private final String description;

        Rule(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    PlantedDefect {
        requireNonNull(file, "file is null");
        requireNonNull(column, "column is null");
        requireNonNull(rule, "rule is null");
        requireNonNull(value, "value is null");
        if (line < 2) {
            throw new IllegalArgumentException("a planted row cannot be on line " + line + " (the header is line 1)");
        }
    }
}

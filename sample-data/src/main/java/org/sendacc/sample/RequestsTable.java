package org.sendacc.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code ees/requests.csv}: requests for EHC needs assessment received in each calendar year, their outcome
 * as at the snapshot, and whether the decision came within 6 weeks, in DfE's exact layout (headline breakdown only).
 *
 * <p>Counted from the person-level records like {@link TimelinessTable}, and written by the same
 * {@link CountedFromRecordsTable}; this class holds only the columns and how they are counted. Relevant youth accommodation, mediation and
 * tribunal columns are not in the local return template, so they are {@code x}. One LA row carries a planted text
 * value in a count.
 */
final class RequestsTable {

    static final String FILE = "ees/requests.csv";
    static final String BREAKDOWN = "All requests for EHC needs assessments";
    static final String PLANTED_TEXT_PREFIX = "approx. ";

    static final List<String> HEADER = EesTidyCsvWriter.header(
            "breakdown_topic",
            "breakdown",
            "requests_received_in_year",
            "requests_rya",
            "requests_decided_to_assess",
            "requests_decided_not_to_assess",
            "requests_decision_not_made",
            "requests_withdrawn",
            "request_assess_pc",
            "request_not_assess_pc",
            "request_outstanding_pc",
            "request_withdrawn_pc",
            "request_outcome_six_weeks",
            "request_outcome_over_6_weeks",
            "request_outcome_six_weeks_pc",
            "request_outcome_over_6_weeks_pc",
            "mediation_related_request",
            "tribunal_related_request",
            "tribunal_after_mediation_request");

    private static final CountedFromRecordsTable TABLE = new CountedFromRecordsTable(
            FILE,
            HEADER,
            RequestsTable::values,
            new CountedFromRecordsTable.PlantedFigures(
                    PlantedDefects.TEXT_IN_COUNT_LA,
                    "requests_received_in_year",
                    PlantedDefect.Rule.TEXT_IN_COUNT,
                    RequestsTable::plantedValues));

    private RequestsTable() {}

    /** Writes the file; returns the number of records written, header included. */
    static long write(
            Path outputFolder,
            SampleGeography geography,
            AreaTallies tallies,
            GeneratorOptions options,
            PlantedDefects register) {
        return TABLE.write(outputFolder, geography, tallies, options, register);
    }

    /** The values with the count of requests received turned into text. */
    private static List<String> plantedValues(EhcTally tally, int year) {
        List<String> values = new ArrayList<>(values(tally, year));
        values.set(2, PLANTED_TEXT_PREFIX + values.get(2));
        return values;
    }

    private static List<String> values(EhcTally tally, int year) {
        long received = tally.get(year, EhcMeasure.REQUESTS_RECEIVED);
        long assess = tally.get(year, EhcMeasure.DECIDED_TO_ASSESS);
        long notAssess = tally.get(year, EhcMeasure.DECIDED_NOT_TO_ASSESS);
        long notMade = tally.get(year, EhcMeasure.DECISION_NOT_MADE);
        long withdrawn = tally.get(year, EhcMeasure.WITHDRAWN);
        long withinSixWeeks = tally.get(year, EhcMeasure.DECISION_WITHIN_6_WEEKS);
        long overSixWeeks = tally.get(year, EhcMeasure.DECISION_OVER_6_WEEKS);
        long decided = withinSixWeeks + overSixWeeks;
        return List.of(
                BREAKDOWN,
                BREAKDOWN,
                DfeNumbers.count(received),
                DfeNumbers.NOT_AVAILABLE,
                DfeNumbers.count(assess),
                DfeNumbers.count(notAssess),
                DfeNumbers.count(notMade),
                DfeNumbers.count(withdrawn),
                DfeNumbers.percent(assess, received),
                DfeNumbers.percent(notAssess, received),
                DfeNumbers.percent(notMade, received),
                DfeNumbers.percent(withdrawn, received),
                DfeNumbers.count(withinSixWeeks),
                DfeNumbers.count(overSixWeeks),
                DfeNumbers.percent(withinSixWeeks, decided),
                DfeNumbers.percent(overSixWeeks, decided),
                DfeNumbers.NOT_AVAILABLE,
                DfeNumbers.NOT_AVAILABLE,
                DfeNumbers.NOT_AVAILABLE);
    }
}

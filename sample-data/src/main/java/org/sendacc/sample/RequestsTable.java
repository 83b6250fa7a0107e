package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sendacc.reference.LocalAuthority;

/**
 * Writes {@code ees/requests.csv}: requests for EHC needs assessment received in each calendar year, their outcome
 * as at the snapshot, and whether the decision came within 6 weeks, in DfE's exact layout (headline breakdown only).
 *
 * <p>Counted from the person-level records like {@link TimelinessTable}. Relevant youth accommodation, mediation and
 * tribunal columns are not in the local return template, so they are {@code x}. One LA row carries a planted text
 * value in a count.
 */
final class RequestsTable {

    static final String FILE = "ees/requests.csv";
    static final String BREAKDOWN = "All requests for EHC needs assessments";
    static final String TIME_IDENTIFIER = "Calendar year";
    static final String PLANTED_TEXT_PREFIX = "approx. ";

    static final List<String> HEADER = List.of(
            "time_period",
            "time_identifier",
            "geographic_level",
            "country_code",
            "country_name",
            "region_code",
            "region_name",
            "new_la_code",
            "old_la_code",
            "la_name",
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

    private RequestsTable() {}

    static long write(
            Path outputFolder,
            SampleGeography geography,
            AreaTallies tallies,
            GeneratorOptions options,
            PlantedDefects register) {
        requireNonNull(register, "register is null");
        try (EesTidyCsvWriter writer = new EesTidyCsvWriter(outputFolder, FILE, HEADER)) {
            for (int year = options.fromYear(); year <= options.toYear(); year++) {
                String period = Integer.toString(year);
                LocalDate referenceDay = DfeCodeConvention.calendarYearReferenceDay(year);
                Map<LocalAuthority, EhcTally> byLa = tallies.ofEach(geography.authoritiesOn(referenceDay));
                EhcTally england = tallies.sum(new ArrayList<>(byLa.values()));
                writer.write(EesTidyCsvWriter.national(period, TIME_IDENTIFIER), values(england, year));
                for (SampleGeography.Region region : geography.regions()) {
                    List<EhcTally> inRegion = AreaTallies.inRegion(byLa, region);
                    if (!inRegion.isEmpty()) {
                        writer.write(
                                EesTidyCsvWriter.regional(period, TIME_IDENTIFIER, region),
                                values(tallies.sum(inRegion), year));
                    }
                }
                for (Map.Entry<LocalAuthority, EhcTally> entry : byLa.entrySet()) {
                    LocalAuthority authority = entry.getKey();
                    String code = DfeCodeConvention.publishedCode(
                            authority, DfeCodeConvention.Publication.CALENDAR_YEAR, referenceDay);
                    List<String> geographyColumns =
                            EesTidyCsvWriter.localAuthority(period, TIME_IDENTIFIER, authority, code);
                    List<String> values = values(entry.getValue(), year);
                    boolean planted =
                            year == options.toYear() && authority.code().equals(PlantedDefects.TEXT_IN_COUNT_LA);
                    if (planted) {
                        List<String> bad = new ArrayList<>(values);
                        bad.set(2, PLANTED_TEXT_PREFIX + values.get(2));
                        long line = writer.write(geographyColumns, bad);
                        register.register(new PlantedDefect(
                                FILE, line, "requests_received_in_year", PlantedDefect.Rule.TEXT_IN_COUNT, bad.get(2)));
                    } else {
                        writer.write(geographyColumns, values);
                    }
                }
            }
            return writer.records();
        }
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

package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes one ICB's {@code therapy_referrals_<icb_ods>.csv} in the local return template (UTF-8, LF), planting the
 * bad rows the plan gives it.
 */
final class TherapyReferralsWriter extends LocalReturnWriter<TherapyReferral> {

    static final List<String> HEADER =
            List.of("referral_id", "icb_ods_code", "service", "referral_date", "first_contact_date", "census_date");

    TherapyReferralsWriter(
            Path outputFolder,
            String icbOdsCode,
            List<PlantedDefects.PlantedRow> plantedRows,
            PlantedDefects register,
            long seed) {
        super(
                outputFolder,
                "returns/" + fileName(requireNonNull(icbOdsCode, "icbOdsCode is null")),
                false,
                CsvLineWriter.UNIX_LINE_END,
                HEADER,
                plantedRows,
                register,
                new PseudonymousIds(seed, icbOdsCode, "planted-therapy-referral"));
    }

    static String fileName(String icbOdsCode) {
        return "therapy_referrals_" + icbOdsCode + ".csv";
    }

    void write(TherapyReferral referral) {
        requireNonNull(referral, "referral is null");
        writeDataRow(
                referral,
                referral.referralId(),
                referral.icbOdsCode(),
                referral.service().templateCode(),
                IsoDates.text(referral.referralDate()),
                IsoDates.text(referral.firstContactDate()),
                IsoDates.text(referral.censusDate()));
    }

    @Override
    void plant(PlantedDefect.Rule rule, TherapyReferral previous) {
        if (rule != PlantedDefect.Rule.CONTACT_AFTER_CENSUS) {
            throw new IllegalArgumentException("rule " + rule + " cannot be planted in therapy referrals");
        }
        String value = IsoDates.text(previous.censusDate() + 12);
        writePlantedRow(
                rule,
                "first_contact_date",
                value,
                nextPlantedId(),
                previous.icbOdsCode(),
                previous.service().templateCode(),
                IsoDates.text(previous.referralDate()),
                value,
                IsoDates.text(previous.censusDate()));
    }
}

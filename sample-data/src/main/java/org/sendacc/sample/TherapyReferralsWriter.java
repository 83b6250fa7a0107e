package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one ICB's {@code therapy_referrals_<icb_ods>.csv} in the local return template (UTF-8, LF), planting the
 * bad rows the plan gives it.
 */
final class TherapyReferralsWriter implements Closeable {

    static final List<String> HEADER =
            List.of("referral_id", "icb_ods_code", "service", "referral_date", "first_contact_date", "census_date");

    private final CsvLineWriter writer;
    private final String relativeName;
    private final List<PlantedDefects.PlantedRow> plantedRows;
    private final PlantedDefects register;
    private final PseudonymousIds plantedIds;
    private final StringBuilder line = new StringBuilder(96);
    private int dataRows;
    private int plantedCount;

    TherapyReferralsWriter(
            Path outputFolder,
            String icbOdsCode,
            List<PlantedDefects.PlantedRow> plantedRows,
            PlantedDefects register,
            long seed) {
        requireNonNull(outputFolder, "outputFolder is null");
        requireNonNull(icbOdsCode, "icbOdsCode is null");
        this.relativeName = "returns/" + fileName(icbOdsCode);
        this.writer = CsvLineWriter.open(outputFolder.resolve(relativeName), false, CsvLineWriter.UNIX_LINE_END);
        this.plantedRows = List.copyOf(requireNonNull(plantedRows, "plantedRows is null"));
        this.register = requireNonNull(register, "register is null");
        this.plantedIds = new PseudonymousIds(seed, icbOdsCode, "planted-therapy-referral");
        writer.write(HEADER);
    }

    static String fileName(String icbOdsCode) {
        return "therapy_referrals_" + icbOdsCode + ".csv";
    }

    void write(TherapyReferral referral) {
        requireNonNull(referral, "referral is null");
        writeFields(
                referral.referralId(),
                referral.icbOdsCode(),
                referral.service().templateCode(),
                IsoDates.text(referral.referralDate()),
                IsoDates.text(referral.firstContactDate()),
                IsoDates.text(referral.censusDate()));
        dataRows++;
        for (PlantedDefects.PlantedRow planted : plantedRows) {
            if (planted.afterDataRow() == dataRows) {
                plant(planted.rule(), referral);
            }
        }
    }

    private void plant(PlantedDefect.Rule rule, TherapyReferral previous) {
        if (rule != PlantedDefect.Rule.CONTACT_AFTER_CENSUS) {
            throw new IllegalArgumentException("rule " + rule + " cannot be planted in therapy referrals");
        }
        String value = IsoDates.text(previous.censusDate() + 12);
        writeFields(
                plantedIds.token(0, 0, 0, plantedCount++),
                previous.icbOdsCode(),
                previous.service().templateCode(),
                IsoDates.text(previous.referralDate()),
                value,
                IsoDates.text(previous.censusDate()));
        register.register(new PlantedDefect(relativeName, writer.records(), "first_contact_date", rule, value));
    }

    private void writeFields(String... fields) {
        line.setLength(0);
        for (int index = 0; index < fields.length; index++) {
            if (index > 0) {
                line.append(',');
            }
            line.append(fields[index]);
        }
        writer.writeLine(line);
    }

    long records() {
        return writer.records();
    }

    String relativeName() {
        return relativeName;
    }

    @Override
    public void close() {
        writer.close();
    }
}

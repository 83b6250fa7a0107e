package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sendacc.reference.Icb;
import org.sendacc.reference.LocalAuthority;
import org.sendacc.reference.ReferenceData;

/**
 * One generation run, in the order the data depend on each other.
 *
 * <p>Person-level returns come first, area by area, each file streamed to disk while its scale-1 records are counted
 * into a small tally; the published tables are then written from the tallies, so memory stays flat however large
 * {@code --scale} is. The ICBs' therapy returns are independent of the LAs' records and are written on a second
 * thread at the same time (each file has its own random streams, so the bytes do not depend on timing). Workbooks,
 * the tribunal table, workforce returns and the README follow.
 */
final class SampleRun {

    /** The sub-folders the generator owns; stale files it would write there are removed before a run. */
    private static final List<String> OWNED_FOLDERS = List.of("ees", "nhs", "moj", "returns", "esfa", "hmt", "ofsted");

    private final GeneratorOptions options;
    private final SampleGeography geography;
    private final ReferenceData reference;
    private final MissingReturns missing;
    private final PlantedDefects planted = new PlantedDefects();
    private final GenerationSummary summary = new GenerationSummary();

    SampleRun(GeneratorOptions options, ReferenceData reference) {
        this.options = requireNonNull(options, "options is null");
        this.reference = reference;
        this.geography = new SampleGeography(requireNonNull(reference, "reference is null"));
        this.missing = new MissingReturns(options);
    }

    GenerationSummary run() {
        Path out = options.outputFolder();
        removeStaleOutput(out);
        Map<String, LaProfile> laProfiles = LaProfiles.build(geography, options.seed(), options.toYear());
        Map<String, IcbProfile> icbProfiles = IcbProfiles.build(geography, options.seed(), options.toYear());
        AreaTallies tallies = new AreaTallies(geography, options.firstRequestYear(), options.toYear());

        ExecutorService therapyThread = Executors.newSingleThreadExecutor();
        try {
            Future<?> therapy = therapyThread.submit(() -> writeTherapyReturns(out, icbProfiles));
            writeAssessmentReturns(out, laProfiles, icbProfiles, tallies);
            awaitCompletion(therapy);
        } finally {
            therapyThread.shutdownNow();
        }

        CaseloadModel caseload = CaseloadModel.build(
                geography, laProfiles, tallies, options.seed(), options.fromYear(), options.toYear());
        summary.add(TimelinessTable.FILE, TimelinessTable.write(out, geography, tallies, options, planted) - 1);
        summary.add(RequestsTable.FILE, RequestsTable.write(out, geography, tallies, options, planted) - 1);
        summary.add(CaseloadTable.FILE, CaseloadTable.write(out, geography, caseload, options) - 1);
        summary.add(DmoDcoTable.FILE, DmoDcoTable.write(out, geography, options, missing) - 1);
        summary.add(PersonalBudgetsTable.FILE, PersonalBudgetsTable.write(out, geography, caseload, options) - 1);
        summary.add(DsgAllocationsWorkbook.FILE, DsgAllocationsWorkbook.write(out, geography, options));
        summary.add(GdpDeflatorTable.FILE, GdpDeflatorTable.write(out));
        summary.add(DsgBalanceWorkbook.FILE, DsgBalanceWorkbook.write(out, geography, options));
        summary.add(AttendanceJsonWriter.FILE, AttendanceJsonWriter.write(out, geography, options));
        summary.add(Ks4Table.FILE, Ks4Table.write(out, geography, options));
        summary.add(Sen2OlderReleaseTable.FILE, Sen2OlderReleaseTable.write(out, geography, options));
        summary.add(ApCensusWriter.FILE, ApCensusWriter.write(out, geography, options));
        for (int year = options.fromYear(); year <= options.toYear(); year++) {
            summary.add(NeetTable.fileName(year), NeetTable.write(out, geography, options, year));
        }
        summary.add(AreaSendInspectionsWorkbook.FILE, AreaSendInspectionsWorkbook.write(out, geography, options));
        summary.add(InspectionsScrapeWorkbook.FILE, InspectionsScrapeWorkbook.write(out, geography, options));
        summary.add(InspectionsMiTable.FILE, InspectionsMiTable.write(out, geography, options));
        summary.add(ComparisonGroupsTable.FILE, ComparisonGroupsTable.write(out));

        for (int year = options.fromYear(); year <= options.toYear(); year++) {
            summary.add(AutismStatsWriter.fileName(year), AutismStatsWriter.write(out, reference, options, year));
            summary.add(
                    WaitingListWorkbookWriter.fileName(year),
                    WaitingListWorkbookWriter.write(out, year, icbProfiles, missing, options.seed()));
        }
        summary.add(ProviderListWriter.FILE, ProviderListWriter.write(out, icbProfiles));
        summary.add(
                TribunalTableWriter.fileName(options),
                TribunalTableWriter.write(out, geography, tallies, caseload, laProfiles, options));
        summary.add(EpWorkforceWriter.FILE, EpWorkforceWriter.write(out, geography, options, missing, planted) - 1);
        summary.add(SltWorkforceWriter.FILE, SltWorkforceWriter.write(out, icbProfiles, options, missing, planted) - 1);

        SampleReadmeWriter.write(out, options, summary, planted, missing);
        return summary;
    }

    /** Waits for a task, rethrowing its failure unchanged where possible. */
    private static void awaitCompletion(Future<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing therapy returns", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("therapy returns failed", cause);
        }
    }

    private void writeAssessmentReturns(
            Path out, Map<String, LaProfile> laProfiles, Map<String, IcbProfile> icbProfiles, AreaTallies tallies) {
        EhcAssessmentSimulator simulator =
                new EhcAssessmentSimulator(options.seed(), options.snapshotDate(), geography, icbProfiles);
        for (LaProfile profile : laProfiles.values()) {
            LocalAuthority authority = profile.authority();
            String code = authority.code();
            EhcTally tally = tallies.forCurrent(authority);
            AssessmentRecordsWriter records = missing.noAssessmentRecords(code)
                    ? null
                    : new AssessmentRecordsWriter(
                            out, code, PlantedDefects.inAssessmentRecords(code), planted, options.seed());
            HealthAdviceRequestsWriter advice = missing.noHealthAdvice(code)
                    ? null
                    : new HealthAdviceRequestsWriter(
                            out, code, PlantedDefects.inHealthAdviceRequests(code), planted, options.seed());
            try {
                simulator.simulate(
                        profile,
                        options.firstRequestYear(),
                        options.toYear(),
                        options.scale(),
                        (record, request, replicate) -> {
                            if (replicate == 0) {
                                tally.count(record);
                            }
                            if (records != null
                                    && !missing.assessmentYearMissing(code, IsoDates.year(record.requestDate()))) {
                                records.write(record);
                            }
                            if (advice != null && request != null) {
                                advice.write(request);
                            }
                        });
            } finally {
                if (records != null) {
                    records.close();
                    summary.add(records.relativeName(), records.records() - 1);
                }
                if (advice != null) {
                    advice.close();
                    summary.add(advice.relativeName(), advice.records() - 1);
                }
            }
        }
    }

    private void writeTherapyReturns(Path out, Map<String, IcbProfile> icbProfiles) {
        TherapyReferralSimulator simulator =
                new TherapyReferralSimulator(options.seed(), options.fromYear(), options.toYear());
        for (IcbProfile profile : icbProfiles.values()) {
            Icb icb = profile.icb();
            if (missing.noTherapyReturn(icb.odsCode())) {
                continue;
            }
            try (TherapyReferralsWriter writer = new TherapyReferralsWriter(
                    out, icb.odsCode(), PlantedDefects.inTherapyReferrals(icb.odsCode()), planted, options.seed())) {
                simulator.simulate(profile, options.scale(), (referral, replicate) -> writer.write(referral));
                summary.add(writer.relativeName(), writer.records() - 1);
            }
        }
    }

    /** Removes files a previous run left in the generator's own sub-folders, so no stale area lingers. */
    private static void removeStaleOutput(Path out) {
        try {
            Files.createDirectories(out);
            for (String folder : OWNED_FOLDERS) {
                Path directory = out.resolve(folder);
                if (!Files.isDirectory(directory)) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
                    for (Path file : files) {
                        if (Files.isRegularFile(file)
                                && isGenerated(file.getFileName().toString())) {
                            Files.delete(file);
                        }
                    }
                }
            }
            Files.deleteIfExists(out.resolve(SampleReadmeWriter.README));
            Files.deleteIfExists(out.resolve(SampleReadmeWriter.MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare output folder " + out, e);
        }
    }

    private static boolean isGenerated(String name) {
        return name.endsWith(".csv") || name.endsWith(".xlsx");
    }
}

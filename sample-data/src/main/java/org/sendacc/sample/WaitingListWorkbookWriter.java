package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.sendacc.reference.Icb;

/**
 * Writes {@code nhs/community_health_YYYY-03-01.xlsx} in the layout of NHS England's "Community health services
 * waiting lists" workbook: cover page, contents, Table 1 (non-submitters) and Tables 4 and 4a-4g (waiting list by
 * service, total and by weeks-waited band).
 *
 * <p>As in the real workbook each table sheet has notes rows above the header and rows for England, NHS regions
 * (Y56..Y63), ICBs (ODS Qxx) and providers, all service columns of the real file, and blanks where no organisation
 * submitted. Only the four children's services the dashboard uses are filled; providers add up to their ICB, ICBs to
 * their region and regions to England. The March edition reports January.
 */
final class WaitingListWorkbookWriter {

    /** The service columns of the real workbook, in order. */
    static final List<String> SERVICE_COLUMNS = List.of(
            "(A) Adult safeguarding",
            "(A) Audiology",
            "(A) Clinical support to social care, care homes and domiciliary care",
            "(A) Community nursing services",
            "(A) Home oxygen assessment services",
            "(A) Intermediate care and reablement",
            "(A) Musculoskeletal service",
            "(A) Neurorehabilitation (multi-disciplinary)",
            "(A) Nursing and Therapy support for LTCs: Continence/ colostomy",
            "(A) Nursing and Therapy support for LTCs: Diabetes",
            "(A) Nursing and Therapy support for LTCs: Falls",
            "(A) Nursing and Therapy support for LTCs: Heart failure",
            "(A) Nursing and Therapy support for LTCs: Lymphoedema",
            "(A) Nursing and Therapy support for LTCs: MND",
            "(A) Nursing and Therapy support for LTCs: MS",
            "(A) Nursing and Therapy support for LTCs: Respiratory/COPD",
            "(A) Nursing and Therapy support for LTCs: Stroke",
            "(A) Nursing and Therapy support for LTCs: TB",
            "(A) Nursing and Therapy support for LTCs: Tissue viability",
            "(A) Podiatry and podiatric surgery",
            "(A) Rehabilitation bed-based care",
            "(A) Rehabilitation services (integrated)",
            "(A) Therapy interventions: Dietetics",
            "(A) Therapy interventions: Occupational therapy",
            "(A) Therapy interventions: Orthotics",
            "(A) Therapy interventions: Physiotherapy",
            "(A) Therapy interventions: Speech and language",
            "(A) Urgent Community Response/Rapid Response team",
            "(A) Weight management and obesity services",
            "(A) Wheelchair, orthotics, prosthetics and equipment",
            "(CYP) Antenatal, new-born and children screening and immunisation services",
            "(CYP) Audiology",
            "(CYP) Child health information service",
            "(CYP) Community nursing services (planned care and rapid response teams)",
            "(CYP) Community paediatric service",
            "(CYP) Looked after children teams",
            "(CYP) New-born hearing screening",
            "(CYP) Nursing and Therapy teams support for long term conditions",
            "(CYP) Rapid Response Services",
            "(CYP) Safeguarding",
            "(CYP) Therapy interventions: Dietetics",
            "(CYP) Therapy interventions: Occupational therapy",
            "(CYP) Therapy interventions: Orthotics",
            "(CYP) Therapy interventions: Physiotherapy",
            "(CYP) Therapy interventions: Speech and language",
            "(CYP) Vision screening",
            "(CYP) Wheelchair, orthotics, prosthetics and equipment");

    static final String TOTAL_SHEET = "Table 4";
    static final String TOTAL_TITLE = "Total waiting list by service";
    static final String NON_SUBMITTERS_SHEET = "Table 1";
    static final List<String> HEADER_START = List.of("Organisation Type", "Organisation Code", "Organisation Name");
    static final int HEADER_ROW_INDEX = 4;

    /** Table 1 months reported by the March edition: April to January. */
    private static final int REPORTED_MONTHS = 10;

    private static final String BLANKS_NOTE = "Blanks indicate no organisation submitted for the service line.";
    private static final String AGGREGATION_NOTE = "Data is submitted at provider level and aggregated up to national,"
            + " regional and ICB level. Therefore variation in the number of providers submitting each month could"
            + " cause variation in the reported waiting list so this should be taken into account if comparing across"
            + " months - see Table 1 for more detail.";
    private static final String SAFEGUARDING_NOTE = "* Data for adult safeguarding, looked after children teams and"
            + " children and young people's safeguarding is only published at national level and for total waiting"
            + " list to prevent risk of disclosing sensitive information.";

    /** One row of a table sheet; a service missing from {@code counts} is a blank (no submission). */
    private record Organisation(
            String type, String code, String name, Map<TherapyService, Map<WaitingBand, Long>> counts) {
        Organisation {
            requireNonNull(type, "type is null");
            requireNonNull(code, "code is null");
            requireNonNull(name, "name is null");
            requireNonNull(counts, "counts is null");
        }
    }

    private WaitingListWorkbookWriter() {}

    static String fileName(int editionYear) {
        return "nhs/community_health_" + editionYear + "-03-01.xlsx";
    }

    /** The month the March edition reports: January of the same year. */
    static LocalDate dataDay(int editionYear) {
        return LocalDate.of(editionYear, 1, 31);
    }

    /** Writes the edition; returns the number of organisation rows per table sheet. */
    static int write(
            Path outputFolder,
            int editionYear,
            Map<String, IcbProfile> icbProfiles,
            MissingReturns missing,
            long seed) {
        requireNonNull(outputFolder, "outputFolder is null");
        requireNonNull(icbProfiles, "icbProfiles is null");
        requireNonNull(missing, "missing is null");
        int day = IsoDates.day(dataDay(editionYear));
        String silentIcb = missing.nonSubmittingProviderIcb(editionYear);
        List<Organisation> providers = new ArrayList<>();
        List<Organisation> icbs = new ArrayList<>();
        Map<String, Map<TherapyService, Map<WaitingBand, Long>>> byRegion = new TreeMap<>();
        Map<String, String> regionNames = new TreeMap<>();
        Map<String, Integer> silentByIcb = new TreeMap<>();
        for (IcbProfile profile : icbProfiles.values()) {
            Icb icb = profile.icb();
            Map<TherapyService, Map<WaitingBand, Double>> expected = new EnumMap<>(TherapyService.class);
            for (TherapyService service : TherapyService.values()) {
                expected.put(service, WaitingListModel.expected(profile, service, day));
            }
            Map<TherapyService, Map<WaitingBand, Long>> icbCounts = new EnumMap<>(TherapyService.class);
            for (int position = 0; position < profile.providers().size(); position++) {
                SyntheticProvider provider = profile.providers().get(position);
                boolean silent = position == 0 && icb.odsCode().equals(silentIcb);
                Map<TherapyService, Map<WaitingBand, Long>> counts = new EnumMap<>(TherapyService.class);
                if (silent) {
                    silentByIcb.merge(icb.odsCode(), 1, Integer::sum);
                } else {
                    for (TherapyService service : TherapyService.values()) {
                        if (provider.provides(service)) {
                            SplittableRandom random = AreaRandom.of(
                                    seed, provider.code(), "waiting-list", editionYear, service.ordinal());
                            Map<WaitingBand, Long> reported =
                                    WaitingListModel.reported(expected.get(service), provider.share(service), random);
                            counts.put(service, reported);
                            add(icbCounts, service, reported);
                        }
                    }
                }
                providers.add(new Organisation("Provider", provider.code(), provider.name(), counts));
            }
            icbs.add(new Organisation(
                    "ICB", icb.odsCode(), IcbProfiles.shortName(icb).toUpperCase(Locale.ROOT), icbCounts));
            Map<TherapyService, Map<WaitingBand, Long>> region =
                    byRegion.computeIfAbsent(icb.nhsRegionOdsCode(), code -> new EnumMap<>(TherapyService.class));
            icbCounts.forEach((service, counts) -> add(region, service, counts));
            regionNames.put(icb.nhsRegionOdsCode(), icb.nhsRegionName());
        }
        List<Organisation> regions = new ArrayList<>();
        Map<TherapyService, Map<WaitingBand, Long>> england = new EnumMap<>(TherapyService.class);
        byRegion.forEach((code, counts) -> {
            regions.add(new Organisation("Region", code, regionNames.get(code).toUpperCase(Locale.ROOT), counts));
            counts.forEach((service, bands) -> add(england, service, bands));
        });
        Comparator<Organisation> byName = Comparator.comparing(Organisation::name);
        regions.sort(byName);
        icbs.sort(byName);
        providers.sort(byName.thenComparing(Organisation::code));
        List<Organisation> rows = new ArrayList<>();
        rows.add(new Organisation("National", "", "England", england));
        rows.addAll(regions);
        rows.addAll(icbs);
        rows.addAll(providers);

        String month = monthLabel(dataDay(editionYear));
        XlsxWorkbook workbook =
                new XlsxWorkbook("SYNTHETIC SAMPLE - not real figures", LocalDate.of(editionYear, 3, 1));
        coverPage(workbook, editionYear);
        contents(workbook, month);
        nonSubmitters(workbook, editionYear, icbProfiles, silentByIcb, regionNames);
        table(workbook, TOTAL_SHEET, TOTAL_TITLE + ", " + month, rows, Optional.empty());
        for (WaitingBand band : WaitingBand.values()) {
            table(workbook, band.sheetName(), band.title() + ", " + month, rows, Optional.of(band));
        }
        workbook.write(outputFolder.resolve(fileName(editionYear)));
        return rows.size();
    }

    private static void add(
            Map<TherapyService, Map<WaitingBand, Long>> total, TherapyService service, Map<WaitingBand, Long> counts) {
        Map<WaitingBand, Long> bands = total.computeIfAbsent(service, key -> new EnumMap<>(WaitingBand.class));
        counts.forEach((band, count) -> bands.merge(band, count, Long::sum));
    }

    static String monthLabel(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + day.getYear();
    }

    private static void coverPage(XlsxWorkbook workbook, int editionYear) {
        XlsxWorkbook.Sheet sheet = workbook.sheet("Cover page");
        String[][] lines = {
            {"Title:", "Community Health Services Waiting Times"},
            {
                "Summary:",
                "SYNTHETIC SAMPLE - not real figures. Made up in the layout of NHS England's Community Health Services"
                        + " (CHS) SitRep publication on waiting lists and waiting times in community health services."
            },
            {"", "Generated by the sendacc sample generator."},
            {"Period:", "01 April " + (editionYear - 1) + " - 31 March " + editionYear},
            {"Source:", "Synthetic (sendacc sample generator), in the layout of the CHS SitRep"},
            {"Basis:", "Provider"},
            {"Published:", "14/03/" + editionYear},
            {"Revised:", "-"},
            {"Status:", "Synthetic"},
            {"Contact:", "not applicable (synthetic data)"}
        };
        for (int index = 0; index < lines.length; index++) {
            sheet.text(index, 0, lines[index][0]).text(index, 1, lines[index][1]);
        }
        sheet.width(0, 12).width(1, 100);
    }

    private static void contents(XlsxWorkbook workbook, String month) {
        XlsxWorkbook.Sheet sheet = workbook.sheet("Contents");
        List<String> lines = new ArrayList<>();
        lines.add("Contents");
        lines.add("Table 1: Number of organisations that did not submit data by month");
        lines.add("Table 4: " + TOTAL_TITLE + ", " + month);
        for (WaitingBand band : WaitingBand.values()) {
            lines.add(band.sheetName() + ": " + band.title() + ", " + month);
        }
        for (int index = 0; index < lines.size(); index++) {
            sheet.text(index, 0, lines.get(index));
        }
        sheet.width(0, 100);
    }

    private static void nonSubmitters(
            XlsxWorkbook workbook,
            int editionYear,
            Map<String, IcbProfile> icbProfiles,
            Map<String, Integer> silentByIcb,
            Map<String, String> regionNames) {
        XlsxWorkbook.Sheet sheet = workbook.sheet(NON_SUBMITTERS_SHEET);
        int providerCount = 0;
        for (IcbProfile profile : icbProfiles.values()) {
            providerCount += profile.providers().size();
        }
        sheet.text(
                0,
                0,
                "Number of organisations of " + providerCount
                        + " providers in scope that did not submit data at national, regional and ICB level",
                XlsxWorkbook.Style.BOLD);
        sheet.text(1, 0, "Synthetic sample: one provider did not submit in the data month.");
        sheet.text(2, 0, "Organisation Type", XlsxWorkbook.Style.HEADER);
        sheet.text(2, 1, "Organisation Name", XlsxWorkbook.Style.HEADER);
        LocalDate firstMonth = LocalDate.of(editionYear - 1, 4, 1);
        for (int month = 0; month < 12; month++) {
            LocalDate start = firstMonth.plusMonths(month);
            sheet.text(
                    2,
                    2 + month,
                    start.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + "-"
                            + String.format(Locale.ROOT, "%02d", start.getYear() % 100),
                    XlsxWorkbook.Style.HEADER);
        }
        int englandSilent = 0;
        Map<String, Integer> silentByRegion = new TreeMap<>();
        List<Icb> icbsByName = new ArrayList<>();
        for (IcbProfile profile : icbProfiles.values()) {
            int silent = silentByIcb.getOrDefault(profile.odsCode(), 0);
            englandSilent += silent;
            icbsByName.add(profile.icb());
            silentByRegion.merge(profile.icb().nhsRegionOdsCode(), silent, Integer::sum);
        }
        int rowIndex = countRow(sheet, 3, "", "England", englandSilent);
        List<Map.Entry<String, String>> regions = new ArrayList<>(regionNames.entrySet());
        regions.sort(Map.Entry.comparingByValue());
        for (Map.Entry<String, String> region : regions) {
            rowIndex = countRow(
                    sheet,
                    rowIndex,
                    "Region",
                    titleCase(region.getValue()),
                    silentByRegion.getOrDefault(region.getKey(), 0));
        }
        icbsByName.sort(Comparator.comparing(IcbProfiles::shortName));
        for (Icb icb : icbsByName) {
            rowIndex = countRow(
                    sheet, rowIndex, "ICB", IcbProfiles.shortName(icb), silentByIcb.getOrDefault(icb.odsCode(), 0));
        }
        sheet.width(0, 12).width(1, 60);
    }

    /** A Table 1 row: zero non-submitters from April to December, then the data month's count (January). */
    private static int countRow(XlsxWorkbook.Sheet sheet, int rowIndex, String type, String name, int silent) {
        if (!type.isEmpty()) {
            sheet.text(rowIndex, 0, type);
        }
        sheet.text(rowIndex, 1, name);
        for (int month = 0; month < REPORTED_MONTHS; month++) {
            sheet.number(rowIndex, 2 + month, month == REPORTED_MONTHS - 1 ? silent : 0);
        }
        return rowIndex + 1;
    }

    private static String titleCase(String name) {
        StringBuilder builder = new StringBuilder();
        for (String word : name.toLowerCase(Locale.ROOT).split(" ")) {
            if (!builder.isEmpty()) {
                builder.append(' ');
            }
            if (!word.isEmpty()) {
                builder.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return builder.toString();
    }

    private static void table(
            XlsxWorkbook workbook,
            String sheetName,
            String title,
            List<Organisation> rows,
            Optional<WaitingBand> band) {
        XlsxWorkbook.Sheet sheet = workbook.sheet(sheetName);
        sheet.text(0, 0, title, XlsxWorkbook.Style.BOLD);
        sheet.text(1, 0, BLANKS_NOTE);
        sheet.text(2, 0, AGGREGATION_NOTE);
        sheet.text(3, 0, SAFEGUARDING_NOTE);
        List<String> headings = new ArrayList<>(HEADER_START);
        headings.addAll(SERVICE_COLUMNS);
        for (int column = 0; column < headings.size(); column++) {
            sheet.text(HEADER_ROW_INDEX, column, headings.get(column), XlsxWorkbook.Style.HEADER);
        }
        Map<TherapyService, Integer> columns = new EnumMap<>(TherapyService.class);
        for (TherapyService service : TherapyService.values()) {
            columns.put(service, HEADER_START.size() + SERVICE_COLUMNS.indexOf(service.workbookColumn()));
        }
        int rowIndex = HEADER_ROW_INDEX + 1;
        for (Organisation organisation : rows) {
            int row = rowIndex++;
            sheet.text(row, 0, organisation.type());
            if (!organisation.code().isEmpty()) {
                sheet.text(row, 1, organisation.code());
            }
            sheet.text(row, 2, organisation.name());
            organisation.counts().forEach((service, bands) -> {
                long value = band.map(bands::get).orElseGet(() -> total(bands));
                sheet.number(row, columns.get(service), (double) value);
            });
        }
        sheet.width(0, 17).width(1, 17).width(2, 58);
        for (int column = HEADER_START.size(); column < headings.size(); column++) {
            sheet.width(column, 25);
        }
    }

    private static long total(Map<WaitingBand, Long> bands) {
        long total = 0;
        for (long count : bands.values()) {
            total += count;
        }
        return total;
    }
}

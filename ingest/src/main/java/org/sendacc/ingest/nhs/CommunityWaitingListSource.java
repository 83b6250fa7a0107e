package org.sendacc.ingest.nhs;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sendacc.contract.warehouse.WarehouseTables.CommunityWaitingList;
import org.sendacc.reference.Icb;
import org.sendacc.rules.contract.Column;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.contract.IcbCodes;
import org.sendacc.rules.contract.MissingValueLegend;
import org.sendacc.rules.contract.RowRule;
import org.sendacc.rules.contract.Rules;
import org.sendacc.rules.source.Source;

/**
 * NHS England's community health services waiting lists: how many people wait for each community service, by weeks
 * waited, for England, each NHS region, each ICB and each provider. Children's therapy and community paediatric
 * waits are the health side of the SEND joint accountability picture; NHS England never publishes them by LA, so
 * they join to LAs only through the ICB.
 *
 * <p>A blank cell means no organisation submitted that service, and is kept as a missing value with that reason;
 * for the three services NHS England publishes only as an England total (see {@link #NATIONAL_TOTAL_ONLY}) a blank
 * is disclosure control instead. A weeks band's count may not exceed the total waiting list: in the October 2023
 * workbook the seven bands never add up to more than the total, but they add up to less in 101 of the 3,583
 * organisation-service totals (providers that returned a total without a full breakdown; RNN returned zero in every
 * band), so the bands are checked against the total as an upper bound, not for equality.
 */
public final class CommunityWaitingListSource {
    public static final String PERIOD = CommunityWaitingList.PERIOD;
    public static final String SHEET = CommunityWaitingList.SHEET;
    public static final String ORG_LEVEL = CommunityWaitingList.ORG_LEVEL;
    public static final String ORG_CODE = CommunityWaitingList.ORG_CODE;
    public static final String ORG_NAME = CommunityWaitingList.ORG_NAME;
    public static final String ICB_ODS_CODE = CommunityWaitingList.ICB_ODS_CODE;
    public static final String AGE_GROUP = CommunityWaitingList.AGE_GROUP;
    public static final String SERVICE = CommunityWaitingList.SERVICE;
    public static final String WEEKS_BAND = CommunityWaitingList.WEEKS_BAND;
    public static final String WAITING = CommunityWaitingList.WAITING;

    static final String CODE_DOES_NOT_FIT_LEVEL = "org.code_level_mismatch";
    static final String UNKNOWN_NHS_REGION = "nhs_region.unknown";
    static final String BANDS_EXCEED_TOTAL = "cross.bands_exceed_total";

    static final String NO_SUBMISSION = "no submission (blank)";
    static final String NATIONAL_TOTAL_ONLY_REASON =
            "published only as an England total, to prevent disclosure (blank, *)";

    /**
     * The services (age group and name) NHS England publishes only at national level and only as a total, per the
     * note marked "*" above every waiting-list table.
     */
    static final Set<String> NATIONAL_TOTAL_ONLY =
            Set.of("adult/Adult safeguarding", "children/Looked after children teams", "children/Safeguarding");

    private static final Map<String, Pattern> CODE_BY_LEVEL = Map.of(
            "Region", Pattern.compile("Y\\d{2}"),
            "ICB", Pattern.compile(IcbCodes.PATTERN),
            "Provider", Pattern.compile("[A-Z0-9]{3,5}"));

    private CommunityWaitingListSource() {}

    public static Source source() {
        return new Source(
                "nhs.community_waiting_list",
                CommunityWaitingList.TABLE,
                "NHS England",
                "Community health services waiting list by service and weeks waited, for England, NHS regions, ICBs"
                        + " and providers (monthly)",
                Pattern.compile("(?i)community[_ -]health.*\\.xlsx"),
                new WaitingListWorkbookReader(),
                contract());
    }

    static Contract contract() {
        return Contract.builder("nhs.community_waiting_list", MissingValueLegend.NHS)
                .column(Column.date(PERIOD).required())
                .column(Column.text(SHEET).required())
                .column(Column.text(ORG_LEVEL).required().oneOf("England", "Region", "ICB", "Provider"))
                .column(Column.text(ORG_CODE).matching("[A-Z0-9]{3,5}"))
                .column(Column.text(ORG_NAME).required())
                .column(Column.text(ICB_ODS_CODE).matching(IcbCodes.PATTERN))
                .column(Column.text(AGE_GROUP).required().oneOf("adult", "children"))
                .column(Column.text(SERVICE).required())
                .column(Column.text(WEEKS_BAND)
                        .required()
                        .oneOf("0-1", "1-2", "2-4", "4-12", "12-18", "18-52", "52+", "52-104", "104+", "total"))
                .column(Column.count(WAITING).symbolsAllowed())
                .rule(Rules.notInFuture(PERIOD))
                .rule(codeFromName())
                .rule(codeFitsLevel())
                .rule(Rules.knownIcb(ICB_ODS_CODE))
                .rule(knownNhsRegion())
                .rule(blankMeansNotSubmitted())
                .rule(bandsWithinTotal())
                .build();
    }

    /**
     * The editions of early 2023 name organisations without codes ("Bath and North East Somerset, Swindon and
     * Wiltshire", "NORTH EAST AND YORKSHIRE"): a region or ICB without a code gets the code of the one the reference
     * tables name so (without "NHS", "Integrated Care Board" and case); an unknown name is rejected. Providers keep
     * no code: no indicator reads them.
     */
    static RowRule codeFromName() {
        return (row, context) -> {
            Optional<String> level = row.value(ORG_LEVEL);
            Optional<String> name = row.value(ORG_NAME);
            if (row.text(ORG_CODE).isPresent()
                    || level.isEmpty()
                    || name.isEmpty()
                    || !(level.get().equals("Region") || level.get().equals("ICB"))) {
                return;
            }
            Map<String, String> codes = context.fileState("organisation codes by name", () -> {
                Map<String, String> byName = new HashMap<>();
                for (Icb icb : context.reference().icbs()) {
                    byName.put("ICB " + plainName(icb.name()), icb.odsCode());
                    byName.put("Region " + plainName(icb.nhsRegionName()), icb.nhsRegionOdsCode());
                }
                return byName;
            });
            String code = codes.get(level.get() + " " + plainName(name.get()));
            if (code == null) {
                row.reject(
                        ORG_NAME,
                        level.get().equals("ICB") ? Rules.UNKNOWN_ICB : UNKNOWN_NHS_REGION,
                        name.get(),
                        "no " + level.get() + " is named '" + name.get() + "' in the reference tables, and the"
                                + " edition gives no code");
                return;
            }
            row.set(ORG_CODE, code);
            if (level.get().equals("ICB")) {
                row.set(ICB_ODS_CODE, code);
            }
        };
    }

    /** A name without "NHS", "Integrated Care Board", case, "&" or runs of spaces. */
    static String plainName(String name) {
        return name.toLowerCase(Locale.UK)
                .replace('\u00a0', ' ')
                .replace("&", "and")
                .replaceFirst("^nhs ", "")
                .replaceFirst(" integrated care board$", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /**
     * Every organisation but England has a code, shaped as its level's codes are (Y56, QWE, RBS); a provider of an
     * edition without codes has none.
     */
    static RowRule codeFitsLevel() {
        return (row, context) -> {
            Optional<String> level = row.value(ORG_LEVEL);
            if (level.isEmpty() || level.get().equals("England") || row.hasProblem(ORG_CODE)) {
                return;
            }
            Optional<String> code = row.value(ORG_CODE);
            if (code.isEmpty() && level.get().equals("Provider")) {
                return;
            }
            Pattern expected = CODE_BY_LEVEL.get(level.get());
            if (code.isEmpty() || !expected.matcher(code.get()).matches()) {
                row.reject(
                        ORG_CODE,
                        CODE_DOES_NOT_FIT_LEVEL,
                        code.orElse(""),
                        "org_code '" + code.orElse("") + "' is not the code of a " + level.get() + " (expected "
                                + expected.pattern() + ")");
            }
        };
    }

    /** A region row names one of NHS England's seven regions, as the ICB reference table lists them. */
    static RowRule knownNhsRegion() {
        return (row, context) -> {
            Optional<String> level = row.value(ORG_LEVEL);
            Optional<String> code = row.value(ORG_CODE);
            if (level.isEmpty() || !level.get().equals("Region") || code.isEmpty() || row.hasProblem(ORG_CODE)) {
                return;
            }
            Set<String> regions = context.fileState(
                    "nhs regions",
                    () -> context.reference().icbs().stream()
                            .map(Icb::nhsRegionOdsCode)
                            .collect(Collectors.toUnmodifiableSet()));
            if (!regions.contains(code.get())) {
                row.reject(
                        ORG_CODE,
                        UNKNOWN_NHS_REGION,
                        code.get(),
                        "unknown NHS region code '" + code.get() + "' (the regions are "
                                + regions.stream().sorted().toList() + ")");
            }
        };
    }

    /** A blank count is a missing value with its reason: no submission, or disclosure control for three services. */
    static RowRule blankMeansNotSubmitted() {
        return (row, context) -> {
            if (row.text(WAITING).isPresent()) {
                return;
            }
            String service = row.<String>value(AGE_GROUP).orElse("") + "/"
                    + row.<String>value(SERVICE).orElse("");
            row.missing(WAITING, NATIONAL_TOTAL_ONLY.contains(service) ? NATIONAL_TOTAL_ONLY_REASON : NO_SUBMISSION);
        };
    }

    /**
     * The weeks bands of one organisation's service cannot add up to more than its total waiting list. The rule
     * keeps, per organisation and service, the sum of the bands accepted so far and the total, so the row at which
     * the bands would pass the total is rejected (and not counted), whichever order the tables come in.
     */
    static RowRule bandsWithinTotal() {
        return (row, context) -> {
            Optional<Long> waiting = row.value(WAITING);
            Optional<String> band = row.value(WEEKS_BAND);
            if (waiting.isEmpty() || band.isEmpty() || row.hasProblems()) {
                return;
            }
            String organisation = row.<String>value(ORG_LEVEL).orElse("") + " "
                    + row.<String>value(ORG_CODE)
                            .orElse(row.<String>value(ORG_NAME).orElse(""));
            String service = row.<String>value(AGE_GROUP).orElse("") + " service '"
                    + row.<String>value(SERVICE).orElse("") + "'";
            Map<String, BandSum> sums = context.fileState("weeks band sums", HashMap::new);
            BandSum sum = sums.computeIfAbsent(organisation + " / " + service, ignored -> new BandSum());
            boolean isTotal = band.get().equals(WaitingListWorkbookReader.TOTAL_BAND);
            long bands = isTotal ? sum.bands : sum.bands + waiting.get();
            long total = isTotal ? waiting.get() : sum.total;
            if (total >= 0 && bands > total) {
                row.reject(
                        WAITING,
                        BANDS_EXCEED_TOTAL,
                        waiting.get().toString(),
                        "the weeks bands of the " + service + " of " + organisation + " add up to " + bands
                                + ", more than its total waiting list of " + total);
                return;
            }
            sum.bands = bands;
            sum.total = total;
        };
    }

    /** The running sum of one organisation's service's weeks bands, and its total (-1 until read). */
    private static final class BandSum {
        private long bands;
        private long total = -1;
    }
}

package org.sendacc.analytics.input;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sendacc.contract.warehouse.WarehouseTables;
import org.sendacc.contract.warehouse.WarehouseTables.AssessmentRecords;
import org.sendacc.contract.warehouse.WarehouseTables.CommunityWaitingList;
import org.sendacc.contract.warehouse.WarehouseTables.HealthAdviceRequests;
import org.sendacc.contract.warehouse.WarehouseTables.TherapyReferrals;
import org.sendacc.parquet.ColumnCursor;

/**
 * The tables that grow with rows, each reduced to counts by the facts the recipes need ({@link TableScans} runs them):
 * the person-level returns and NHS England's waiting lists. Dates are days since 1970-01-01, as Parquet stores them;
 * a duration is the difference of two, as Spark's {@code datediff}.
 */
final class CountedTables {
    /** The statutory clocks, as DfE counts them: a plan within 20 weeks (140 days) of the request... */
    static final int TWENTY_WEEKS_IN_DAYS = 140;
    /** ...the decision to assess, and health advice, within 6 weeks (42 days). */
    static final int SIX_WEEKS_IN_DAYS = 42;

    private CountedTables() {}

    private static Integer year(ColumnCursor row, int column) {
        return row.isNull(column) ? null : LocalDate.ofEpochDay(row.day(column)).getYear();
    }

    /** Whether both dates are there and the second came at most {@code days} after the first. */
    private static boolean within(ColumnCursor row, int from, int to, int days) {
        return !row.isNull(from) && !row.isNull(to) && row.day(to) - row.day(from) <= days;
    }

    /** The cells whose keys are cells of no rows, each with its count. */
    private static <C> List<C> counted(
            Map<C, TableScans.Totals> counts, java.util.function.BiFunction<C, Long, C> count) {
        List<C> cells = new ArrayList<>();
        counts.forEach((key, totals) -> cells.add(count.apply(key, totals.rows())));
        return cells;
    }

    /** EHC needs assessment records by LA, year of request and of issue, exception, decision and the two clocks. */
    record Assessments() implements TableReduction<AssessmentCell> {
        private static final int LA = 0, REQUEST = 1, ISSUED = 2, EXCEPTION = 3, DECISION = 4, DECIDED = 5;

        @Override
        public String table() {
            return AssessmentRecords.TABLE;
        }

        @Override
        public List<String> columns() {
            return List.of(
                    AssessmentRecords.LA_CODE,
                    AssessmentRecords.REQUEST_DATE,
                    AssessmentRecords.PLAN_ISSUE_DATE,
                    AssessmentRecords.EXCEPTION,
                    AssessmentRecords.DECISION,
                    AssessmentRecords.DECISION_DATE);
        }

        @Override
        public AssessmentCell key(ColumnCursor row) {
            return new AssessmentCell(
                    row.text(LA),
                    year(row, REQUEST),
                    year(row, ISSUED),
                    row.flag(EXCEPTION),
                    row.text(DECISION),
                    within(row, REQUEST, ISSUED, TWENTY_WEEKS_IN_DAYS),
                    within(row, REQUEST, DECIDED, SIX_WEEKS_IN_DAYS),
                    0);
        }

        static List<AssessmentCell> cells(Map<AssessmentCell, TableScans.Totals> counts) {
            return counted(counts, AssessmentCell::counted);
        }
    }

    /** Health advice requests by LA, ICB, year of request, exception, and whether answered within 6 weeks. */
    record HealthAdvice() implements TableReduction<HealthAdviceCell> {
        private static final int LA = 0, ICB = 1, REQUEST = 2, EXCEPTION = 3, RESPONSE = 4;

        @Override
        public String table() {
            return HealthAdviceRequests.TABLE;
        }

        @Override
        public List<String> columns() {
            return List.of(
                    HealthAdviceRequests.LA_CODE,
                    HealthAdviceRequests.ICB_ODS_CODE,
                    HealthAdviceRequests.REQUEST_DATE,
                    HealthAdviceRequests.EXCEPTION,
                    HealthAdviceRequests.RESPONSE_DATE);
        }

        @Override
        public HealthAdviceCell key(ColumnCursor row) {
            return new HealthAdviceCell(
                    row.text(LA),
                    row.text(ICB),
                    year(row, REQUEST),
                    row.flag(EXCEPTION),
                    within(row, REQUEST, RESPONSE, SIX_WEEKS_IN_DAYS),
                    0);
        }

        static List<HealthAdviceCell> cells(Map<HealthAdviceCell, TableScans.Totals> counts) {
            return counted(counts, HealthAdviceCell::counted);
        }
    }

    /**
     * Therapy referrals by ICB, census, service, whether the child was still waiting at the census (referred by then
     * and not yet seen), and how many of the thresholds (days, ascending) the wait to the census exceeded (0 when not
     * waiting). A referral without a census or referral date (the contract requires both) cannot be placed and is left
     * out.
     */
    record Therapy(List<Integer> thresholds) implements TableReduction<Therapy.Key> {
        record Key(String icbOdsCode, int censusDay, String service, boolean stillWaiting, int thresholdsExceeded)
                implements Serializable {}

        private static final int ICB = 0, CENSUS = 1, SERVICE = 2, REFERRED = 3, SEEN = 4;

        Therapy {
            thresholds = List.copyOf(thresholds);
        }

        @Override
        public String table() {
            return TherapyReferrals.TABLE;
        }

        @Override
        public List<String> columns() {
            return List.of(
                    TherapyReferrals.ICB_ODS_CODE,
                    TherapyReferrals.CENSUS_DATE,
                    TherapyReferrals.SERVICE,
                    TherapyReferrals.REFERRAL_DATE,
                    TherapyReferrals.FIRST_CONTACT_DATE);
        }

        @Override
        public Key key(ColumnCursor row) {
            if (row.isNull(CENSUS) || row.isNull(REFERRED)) {
                return null;
            }
            int census = row.day(CENSUS);
            int referred = row.day(REFERRED);
            boolean stillWaiting = referred <= census && (row.isNull(SEEN) || row.day(SEEN) > census);
            int exceeded = 0;
            if (stillWaiting) {
                for (int threshold : thresholds) {
                    if (census - referred > threshold) {
                        exceeded++;
                    }
                }
            }
            return new Key(row.text(ICB), census, row.text(SERVICE), stillWaiting, exceeded);
        }

        /** The cells of each ICB's latest census in each year: an ICB that returned twice in a year counts once. */
        static List<TherapyCell> cells(Map<Key, TableScans.Totals> counts) {
            List<TherapyCell> cells = new ArrayList<>();
            counts.forEach((key, totals) -> cells.add(new TherapyCell(
                    key.icbOdsCode(),
                    LocalDate.ofEpochDay(key.censusDay()),
                    key.service(),
                    key.stillWaiting(),
                    key.thresholdsExceeded(),
                    totals.rows())));
            Map<String, LocalDate> latest = new java.util.HashMap<>();
            for (TherapyCell cell : cells) {
                latest.merge(latestKey(cell), cell.censusDate(), (a, b) -> a.isAfter(b) ? a : b);
            }
            return cells.stream()
                    .filter(cell -> cell.censusDate().equals(latest.get(latestKey(cell))))
                    .toList();
        }

        private static String latestKey(TherapyCell cell) {
            return cell.icbOdsCode() + "\u0000" + cell.censusDate().getYear();
        }
    }

    /**
     * England's and the ICBs' waiting-list rows of the age groups and services asked for (a service whatever its case:
     * NHS England's editions spell "speech and language" and "Speech and language"), by organisation, month, age
     * group, service and band. A row's count is blank or not; the blank ones keep their reason in the key, and
     * {@link #cells} folds them into one cell with the first reason.
     */
    record WaitingList(Set<String> ageGroups, Set<String> services) implements TableReduction<WaitingList.Key> {
        record Key(
                String orgLevel,
                String icbOdsCode,
                int monthDay,
                String ageGroup,
                String service,
                String band,
                boolean blank,
                String blankReason)
                implements Serializable {
            Key withoutBlank() {
                return new Key(orgLevel, icbOdsCode, monthDay, ageGroup, service, band, false, null);
            }
        }

        private static final int LEVEL = 0,
                ICB = 1,
                PERIOD = 2,
                AGE = 3,
                SERVICE = 4,
                BAND = 5,
                WAITING = 6,
                REASONS = 7;

        WaitingList {
            ageGroups = Set.copyOf(ageGroups);
            services = services.stream()
                    .map(service -> service.toLowerCase(Locale.ROOT))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }

        @Override
        public String table() {
            return CommunityWaitingList.TABLE;
        }

        @Override
        public List<String> columns() {
            return List.of(
                    CommunityWaitingList.ORG_LEVEL,
                    CommunityWaitingList.ICB_ODS_CODE,
                    CommunityWaitingList.PERIOD,
                    CommunityWaitingList.AGE_GROUP,
                    CommunityWaitingList.SERVICE,
                    CommunityWaitingList.WEEKS_BAND,
                    CommunityWaitingList.WAITING,
                    WarehouseTables.MISSING_REASONS);
        }

        @Override
        public Key key(ColumnCursor row) {
            String level = row.text(LEVEL);
            String icb = row.text(ICB);
            String age = row.text(AGE);
            String service = row.text(SERVICE);
            if (row.isNull(PERIOD)
                    || age == null
                    || !ageGroups.contains(age)
                    || service == null
                    || !services.contains(service = service.toLowerCase(Locale.ROOT))
                    || !(CommunityWaitingList.ENGLAND_LEVEL.equals(level)
                            || (CommunityWaitingList.ICB_LEVEL.equals(level) && icb != null))) {
                return null;
            }
            int month = (int)
                    LocalDate.ofEpochDay(row.day(PERIOD)).withDayOfMonth(1).toEpochDay();
            boolean blank = row.isNull(WAITING);
            return new Key(
                    level,
                    icb,
                    month,
                    age,
                    service,
                    row.text(BAND),
                    blank,
                    blank ? row.mapValue(REASONS, CommunityWaitingList.WAITING) : null);
        }

        @Override
        public double measure(ColumnCursor row) {
            return row.isNull(WAITING) ? 0 : row.number(WAITING);
        }

        /** One cell per organisation, month, age group, service and band: rows, blanks, the sum, the first reason. */
        static List<WaitingListCell> cells(Map<Key, TableScans.Totals> counts) {
            record Folded(long[] rows, double[] waiting, String[] reason) {}
            Map<Key, Folded> folded = new LinkedHashMap<>();
            counts.forEach((key, totals) -> {
                Folded cell = folded.computeIfAbsent(
                        key.withoutBlank(), k -> new Folded(new long[2], new double[] {Double.NaN}, new String[1]));
                cell.rows()[0] += totals.rows();
                if (key.blank()) {
                    cell.rows()[1] += totals.rows();
                    if (key.blankReason() != null
                            && (cell.reason()[0] == null || key.blankReason().compareTo(cell.reason()[0]) < 0)) {
                        cell.reason()[0] = key.blankReason();
                    }
                } else {
                    cell.waiting()[0] =
                            Double.isNaN(cell.waiting()[0]) ? totals.sum() : cell.waiting()[0] + totals.sum();
                }
            });
            List<WaitingListCell> cells = new ArrayList<>();
            folded.forEach((key, cell) -> cells.add(new WaitingListCell(
                    key.orgLevel(),
                    key.icbOdsCode(),
                    LocalDate.ofEpochDay(key.monthDay()),
                    key.ageGroup(),
                    key.service(),
                    key.band(),
                    cell.rows()[0],
                    cell.rows()[1],
                    Double.isNaN(cell.waiting()[0]) ? null : cell.waiting()[0],
                    cell.reason()[0])));
            return cells;
        }
    }
}

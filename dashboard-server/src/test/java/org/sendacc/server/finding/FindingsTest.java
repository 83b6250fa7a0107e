package org.sendacc.server.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendacc.contract.catalogue.Catalogue;
import org.sendacc.contract.catalogue.CiMethod;
import org.sendacc.contract.catalogue.Disclosure;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.catalogue.Partner;
import org.sendacc.contract.catalogue.Pathway;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.Change;
import org.sendacc.contract.snapshot.ChangeKind;
import org.sendacc.contract.snapshot.Comparison;
import org.sendacc.contract.snapshot.Manifest;
import org.sendacc.contract.snapshot.SnapshotChanges;
import org.sendacc.server.TestRows;
import org.sendacc.server.snapshot.Area;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.Snapshot;

/**
 * The wording rules, on hand-made rows for Hartlepool: every expected sentence is written out here from the rows, not
 * taken from the code's output. The snapshot was made on 2 January 2026, so 2024's figures (to 31 December 2024) are
 * "a year before this snapshot".
 */
class FindingsTest {
    static final String ID = "20260102T000000Z-bbbb";
    static final String ICB = "E54000050";
    static final String ICB_NAME = "NHS North East and North Cumbria Integrated Care Board";
    static final String HARTLEPOOL = "E06000001";
    static final String TIMELINESS = "ehcp_20wk_excl_exceptions";
    static final String ADVICE = "health_advice_6wk";
    static final String WAITS = "slt_waiting_over_18wk";

    static final Area LA =
            new Area(HARTLEPOOL, "Hartlepool", AreaLevel.LA, "E12000001", "North East", ICB, ICB_NAME, "805");
    static final Area FOOTPRINT = new Area(ICB, ICB_NAME, AreaLevel.ICB, null, null, null, null, null);

    static Indicator indicator(String id, String title, String partner, String pathway, String polarity) {
        return indicator(id, title, partner, pathway, polarity, null);
    }

    static Indicator indicator(
            String id, String title, String partner, String pathway, String polarity, String family) {
        return new Indicator(
                id,
                title,
                "numerator",
                "denominator",
                Unit.PERCENT,
                Polarity.fromCatalogue(polarity),
                Partner.fromCatalogue(partner),
                Pathway.fromCatalogue(pathway),
                family,
                "calendar_year",
                CiMethod.WILSON,
                Disclosure.SUPPRESS_COUNTS_1_TO_4,
                List.of(),
                List.of(),
                List.of(new IndicatorSource("dfe_ees", "ees_proportion")));
    }

    static final Catalogue CATALOGUE = new Catalogue(
            1,
            null,
            List.of(),
            List.of(
                    indicator(
                            TIMELINESS, "New EHC plans issued within 20 weeks", "LA", "assessment", "higher_is_better"),
                    indicator(ADVICE, "Health advice returned within 6 weeks", "ICB", "assessment", "higher_is_better"),
                    indicator(
                            WAITS,
                            "Children waiting over 18 weeks for therapy",
                            "ICB",
                            "health_services",
                            "lower_is_better")));

    static TestRows timeliness(String period, double value) {
        return TestRows.row(TIMELINESS, "dfe_ees", HARTLEPOOL, "Hartlepool", AreaLevel.LA, period)
                .figures(value, value / 2, 50.0)
                .snapshot(ID);
    }

    static Snapshot snapshot(List<Change> changes) {
        List<IndicatorRow> rows = new ArrayList<>();
        rows.add(timeliness("2022", 50.0).build());
        rows.add(timeliness("2023", 40.0).build());
        // 15 of 50: worse than England and the region at 99.8%, worse than the neighbours at 95% only; 140th of 150;
        // getting worse over 2022-2024
        rows.add(timeliness("2024", 30.0)
                .intervals(19.1, 43.8, 14.9, 49.9)
                .england(46.4, "worse_99.8")
                .region("E12000001", 52.0, "worse_99.8")
                .neighbours(45.0, 10L, "worse_95")
                .rank(140, 150L, 4)
                .trend(40.0, "decreasing", "getting_worse", 3)
                .build());
        // the ICB's figure shared out to Hartlepool: an estimate, published without counts, interval, comparison or
        // rank; the findings rest on the footprint's own row below, which was measured
        rows.add(TestRows.row(ADVICE, "dfe_ees", HARTLEPOOL, "Hartlepool", AreaLevel.LA, "2024")
                .catalogue("ICB", "percent", "higher_is_better")
                .figures(60.0, null, null)
                .england(75.0, "not_compared")
                .icb(ICB, 60.0, "not_compared")
                .apportioned()
                .snapshot(ID)
                .build());
        // withheld: never a finding, whatever its comparison says
        rows.add(TestRows.row(WAITS, "dfe_ees", HARTLEPOOL, "Hartlepool", AreaLevel.LA, "2024")
                .catalogue("ICB", "percent", "lower_is_better")
                .suppressed()
                .england(30.0, "worse_99.8")
                .snapshot(ID)
                .build());
        rows.add(TestRows.row(ADVICE, "dfe_ees", ICB, ICB_NAME, AreaLevel.ICB, "2024")
                .catalogue("ICB", "percent", "higher_is_better")
                .figures(60.0, 300.0, 500.0)
                .intervals(55.6, 64.2, 53.2, 66.5)
                .england(75.0, "worse_99.8")
                .snapshot(ID)
                .build());
        return snapshot(CATALOGUE, rows, changes);
    }

    static Snapshot snapshot(Catalogue catalogue, List<IndicatorRow> rows, List<Change> changes) {
        Manifest manifest = new Manifest(
                ID,
                "2026-01-02T00:00:00Z",
                "file:/w",
                1,
                false,
                List.of(),
                List.of(),
                rows.size(),
                3,
                2,
                3,
                1,
                1.0,
                Map.of(),
                "20260101T000000Z-aaaa",
                changes.size(),
                List.of());
        return new Snapshot(
                ID,
                manifest,
                catalogue,
                rows,
                List.of(FOOTPRINT, LA),
                new SnapshotChanges(ID, "20260101T000000Z-aaaa", changes),
                () -> Snapshot.indexBreakdowns(List.of()),
                List.of());
    }

    @Test
    void hartlepoolsFindingsAreWrittenByTheRulesMostSevereFirst() {
        List<Change> changes = List.of(new Change(
                HARTLEPOOL,
                "Hartlepool",
                AreaLevel.LA,
                TIMELINESS,
                "dfe_ees",
                "2023",
                "2023",
                ChangeKind.REVISED,
                38.0,
                40.0,
                Comparison.WORSE_95,
                Comparison.WORSE_99_8));
        List<Finding> findings = Findings.of(snapshot(changes), LA);

        assertThat(findings)
                .extracting(Finding::kind)
                .containsExactly(
                        "joint_pathway",
                        "worse_than_benchmark",
                        "worse_than_benchmark",
                        "getting_worse",
                        "bottom_tenth",
                        "changed");
        assertThat(findings.get(0).sentence())
                .isEqualTo("Hartlepool: in EHC needs assessment, the LA-led \u201cNew EHC plans issued within 20"
                        + " weeks\u201d (30.0% in 2024, a year before this snapshot, England 46.4%) and the ICB-led \u201cHealth advice returned"
                        + " within 6 weeks\u201d (across the " + ICB_NAME
                        + " footprint, 60.0% in 2024, a year before this snapshot, England"
                        + " 75.0%) are both worse than England: a joint problem for the local authority and the ICB.");
        assertThat(findings.get(0).partner()).isEqualTo(Partner.JOINT);
        assertThat(findings.get(0).severity()).isEqualTo(5);
        assertThat(findings.get(0).indicatorId()).isEqualTo(TIMELINESS);
        assertThat(findings.get(0).relatedIndicatorId()).isEqualTo(ADVICE);

        assertThat(findings.get(1).sentence())
                .isEqualTo(
                        "Hartlepool: New EHC plans issued within 20 weeks was 30.0% in 2024, a year before this snapshot (95% CI 19.1% to"
                                + " 43.8%), significantly worse than England (46.4%) and the region, North East (52.0%) at"
                                + " 99.8%; the local authority is accountable.");
        assertThat(findings.get(1).evidence()).isEqualTo("/area/E06000001#" + TIMELINESS);
        assertThat(findings.get(1).period()).isEqualTo("2024");
        assertThat(findings.get(1).source()).isEqualTo("dfe_ees");
        assertThat(findings.get(1).value()).isEqualTo(30.0);
        assertThat(findings.get(1).lowerCi95()).isEqualTo(19.1);

        // Hartlepool's share of the ICB's figure is an estimate: the finding is the footprint's own measured figure,
        // 300 of 500, stated across the footprint, never as Hartlepool's
        assertThat(findings.get(2).sentence())
                .isEqualTo("Across the " + ICB_NAME + " footprint: Health advice returned within 6 weeks was 60.0%"
                        + " in 2024, a year before this snapshot (95% CI 55.6% to 64.2%), significantly worse than England (75.0%) at 99.8%; the ICB"
                        + " is accountable.");
        assertThat(findings.get(2).partner()).isEqualTo(Partner.ICB);
        assertThat(findings.get(2).evidence()).isEqualTo("/icb/" + ICB + "?indicator=" + ADVICE);

        assertThat(findings.get(3).sentence())
                .isEqualTo("Hartlepool: New EHC plans issued within 20 weeks has got significantly worse over 3"
                        + " periods, from 50.0% in 2022 to 30.0% in 2024 (test for trend at 99.8%); the local authority"
                        + " is accountable.");
        assertThat(findings.get(4).sentence())
                .isEqualTo(
                        "Hartlepool: New EHC plans issued within 20 weeks ranks 140th of 150 local authorities"
                                + " (1st is best) at 30.0% in 2024, a year before this snapshot, in the worst tenth; the local authority is accountable.");
        assertThat(findings.get(4).evidence())
                .isEqualTo("/indicator/" + TIMELINESS + "?period=2024&source=dfe_ees&area=E06000001");
        assertThat(findings.get(5).sentence())
                .isEqualTo("Hartlepool: the 2023 figure for \u201cNew EHC plans issued within 20 weeks\u201d was"
                        + " revised from 38.0% to 40.0% since the previous snapshot (DfE published statistics); it is"
                        + " now worse than England (significant at 99.8%), where it was worse than England (at 95%).");
        assertThat(findings).noneMatch(finding -> finding.indicatorId().equals(WAITS));
    }

    @Test
    void findingsAboutOneMeasureMakeOneCardTheMostSevereFirst() {
        List<FindingCard> cards = Findings.cards(snapshot(List.of()), LA);
        // timeliness: the joint story (5), worse than England and the region (4), getting worse (3), worst tenth (3);
        // health advice, the footprint's figure: worse than England (4)
        assertThat(cards).extracting(FindingCard::family).containsExactly(TIMELINESS, ADVICE);
        FindingCard timeliness = cards.get(0);
        assertThat(timeliness.severity()).isEqualTo(5);
        assertThat(timeliness.partner()).isEqualTo(Partner.JOINT);
        assertThat(timeliness.title()).isEqualTo("New EHC plans issued within 20 weeks");
        assertThat(timeliness.findings())
                .extracting(Finding::kind)
                .containsExactly("joint_pathway", "worse_than_benchmark", "getting_worse", "bottom_tenth");
        assertThat(timeliness.headline()).isEqualTo(timeliness.findings().get(0).sentence());
        assertThat(timeliness.details()).hasSize(3);
        assertThat(cards.get(1).findings()).extracting(Finding::kind).containsExactly("worse_than_benchmark");
        assertThat(cards.get(1).isProblem()).isTrue();
    }

    @Test
    void indicatorsOfOneFamilyShareACard() {
        Indicator excluding = indicator(
                TIMELINESS,
                "New EHC plans within 20 weeks (excluding exceptions)",
                "LA",
                "assessment",
                "higher_is_better");
        Indicator including = indicator(
                "ehcp_20wk_incl_exceptions",
                "New EHC plans within 20 weeks (including exceptions)",
                "LA",
                "assessment",
                "higher_is_better",
                "ehcp_20wk");
        assertThat(including.family()).isEqualTo("ehcp_20wk");
        assertThat(excluding.family()).isEqualTo(TIMELINESS); // no family of its own in the catalogue: its id
        Indicator excludingInFamily =
                indicator(TIMELINESS, excluding.title(), "LA", "assessment", "higher_is_better", "ehcp_20wk");
        // both 15 of 50 (30.0%), worse than England (46.4%) at 99.8%: two findings, one card
        List<IndicatorRow> rows = new ArrayList<>();
        for (String id : List.of(TIMELINESS, "ehcp_20wk_incl_exceptions")) {
            rows.add(TestRows.row(id, "dfe_ees", HARTLEPOOL, "Hartlepool", AreaLevel.LA, "2024")
                    .figures(30.0, 15.0, 50.0)
                    .intervals(19.1, 43.8, 14.9, 49.9)
                    .england(46.4, "worse_99.8")
                    .snapshot(ID)
                    .build());
        }
        List<FindingCard> cards = Findings.cards(
                snapshot(new Catalogue(1, null, List.of(), List.of(excludingInFamily, including)), rows, List.of()),
                LA);
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).family()).isEqualTo("ehcp_20wk");
        assertThat(cards.get(0).findings())
                .extracting(Finding::indicatorId)
                .containsExactly(TIMELINESS, "ehcp_20wk_incl_exceptions");
        assertThat(cards.get(0).headline())
                .isEqualTo(
                        "Hartlepool: New EHC plans within 20 weeks (excluding exceptions) was 30.0% in 2024, a year before this snapshot (95% CI"
                                + " 19.1% to 43.8%), significantly worse than England (46.4%) at 99.8%; the local authority is"
                                + " accountable.");
    }

    /**
     * A footprint better than England overall, 600 of 1,000 (60.0%), while two of its three LAs are significantly worse:
     * the card leads with the spread, the pooled figure after it.
     */
    @Test
    void aFootprintLeadsWithItsSpread() {
        List<IndicatorRow> rows = new ArrayList<>();
        rows.add(TestRows.row(TIMELINESS, "dfe_ees", ICB, ICB_NAME, AreaLevel.ICB, "2024")
                .figures(60.0, 600.0, 1000.0)
                .intervals(56.9, 63.0, 55.2, 64.7)
                .england(46.4, "better_99.8")
                .snapshot(ID)
                .build());
        Object[][] las = {
            {"E08000035", "Leeds", 9.3, 7.4, 11.7, "worse_99.8"},
            {"E08000034", "Kirklees", 22.9, 18.0, 28.6, "worse_95"},
            {"E08000032", "Bradford", 70.0, 60.2, 78.3, "better_99.8"}
        };
        for (Object[] la : las) {
            rows.add(TestRows.row(TIMELINESS, "dfe_ees", (String) la[0], (String) la[1], AreaLevel.LA, "2024")
                    .figures((Double) la[2], null, null)
                    .intervals((Double) la[3], (Double) la[4], null, null)
                    .england(46.4, (String) la[5])
                    .icb(ICB, 60.0, "similar")
                    .snapshot(ID)
                    .build());
        }
        List<FindingCard> cards = Findings.cards(snapshot(CATALOGUE, rows, List.of()), FOOTPRINT);
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).headline())
                .isEqualTo("Across the " + ICB_NAME + " footprint: 2 of 3 local authorities are significantly worse"
                        + " than England (46.4%) on New EHC plans issued within 20 weeks in 2024, a year before this snapshot: Leeds 9.3% and"
                        + " Kirklees 22.9%; pooled across the footprint, 60.0%; the local authority is accountable.");
        assertThat(cards.get(0).findings())
                .extracting(Finding::kind)
                .containsExactly("spread", "better_than_benchmark");
    }

    @Test
    void anIcbFootprintsFindingsAreAcrossTheFootprint() {
        List<Finding> findings = Findings.of(snapshot(List.of()), FOOTPRINT);
        assertThat(findings)
                .extracting(Finding::sentence)
                .containsExactly("Across the " + ICB_NAME + " footprint: Health advice returned within 6 weeks was"
                        + " 60.0% in 2024, a year before this snapshot (95% CI 55.6% to 64.2%), significantly worse than England (75.0%) at 99.8%;"
                        + " the ICB is accountable.");
        assertThat(findings.get(0).evidence()).isEqualTo("/icb/" + ICB + "?indicator=" + ADVICE);
    }

    static final String NEET = "neet_nk_16_17_ehcp";

    static TestRows neet(String code, String name, String period, double value, double noSen) {
        return TestRows.row(NEET, "dfe_ees", code, name, AreaLevel.LA, period)
                .catalogue("LA", "percent", "lower_is_better")
                .figures(value, null, null)
                .noSen(noSen, value - noSen)
                .snapshot(ID);
    }

    /**
     * Hartlepool's NEET gap to young people with no SEN: 7.0, 8.0 and 10.0 percentage points in 2023, 2024 and 2025,
     * wider each year; in 2025 its five neighbours' gaps are 3.0 to 7.0, Darlington's 7.0 the widest of them.
     */
    @Test
    void aGapWidestAmongNeighboursOrWideningIsAFinding() {
        Catalogue catalogue = new Catalogue(
                1,
                null,
                List.of(),
                List.of(indicator(
                        NEET,
                        "16-17 year olds with an EHC plan NEET or not known",
                        "LA",
                        "outcomes",
                        "lower_is_better")));
        List<IndicatorRow> rows = new ArrayList<>();
        rows.add(neet(HARTLEPOOL, "Hartlepool", "2023", 12.0, 5.0).build());
        rows.add(neet(HARTLEPOOL, "Hartlepool", "2024", 13.0, 5.0).build());
        rows.add(neet(HARTLEPOOL, "Hartlepool", "2025", 15.0, 5.0).build());
        String[][] neighbours = {
            {"E06000005", "Darlington", "12.0"},
            {"E06000004", "Stockton-on-Tees", "11.0"},
            {"E06000003", "Redcar and Cleveland", "10.0"},
            {"E06000002", "Middlesbrough", "9.0"},
            {"E06000047", "County Durham", "8.0"}
        };
        for (String[] neighbour : neighbours) {
            rows.add(neet(neighbour[0], neighbour[1], "2025", Double.parseDouble(neighbour[2]), 5.0)
                    .build());
        }
        List<String> codes = List.of("E06000005", "E06000004", "E06000003", "E06000002", "E06000047");
        List<Finding> findings = Findings.of(snapshot(catalogue, rows, List.of()), LA, codes);
        assertThat(findings)
                .extracting(Finding::sentence)
                .containsExactly(
                        "Hartlepool: 16-17 year olds with an EHC plan NEET or not known was 15.0% against 5.0% for"
                                + " those with no SEN, a gap of 10.0 percentage points, in 2025: the widest gap among"
                                + " its 5 statistical neighbours with figures (next widest Darlington, 7.0 percentage"
                                + " points); the local authority is accountable.",
                        "Hartlepool: the gap on 16-17 year olds with an EHC plan NEET or not known to those with no"
                                + " SEN has widened over 3 periods, from 7.0 percentage points in 2023 to 15.0% against"
                                + " 5.0% for those with no SEN, a gap of 10.0 percentage points in 2025; the local"
                                + " authority is accountable.");
        assertThat(findings).extracting(Finding::kind).containsExactly("gap_widest_among_neighbours", "gap_widening");

        // without the neighbours the first is not written; with a narrower 2024 the second is not either
        rows.set(1, neet(HARTLEPOOL, "Hartlepool", "2024", 11.0, 5.0).build());
        assertThat(Findings.of(snapshot(catalogue, rows, List.of()), LA)).isEmpty();
    }

    @Test
    void ordinalsAndListsReadAsEnglish() {
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 152).stream()
                        .map(Findings::ordinal)
                        .toList())
                .containsExactly(
                        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th", "152nd");
        assertThat(Findings.list(List.of("A", "B", "C"))).isEqualTo("A, B and C");
    }
}

package org.sendacc.server.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendacc.contract.catalogue.Disclosure;
import org.sendacc.contract.catalogue.Partner;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.Benchmark;
import org.sendacc.contract.snapshot.Comparison;
import org.sendacc.contract.snapshot.TrendDirection;
import org.sendacc.contract.snapshot.TrendJudgement;
import org.sendacc.server.TestRows;

/** The words and numbers the pages show for the snapshot's codes. */
class DisplayTest {
    @Test
    void valuesAreRoundedHalfUpOnTheDecimalWrittenAndLabelledByUnit() {
        assertThat(Display.value(46.35, Unit.PERCENT)).isEqualTo("46.4%");
        assertThat(Display.value(12.25, Unit.PER_1000)).isEqualTo("12.3");
        assertThat(Display.value(1234.0, Unit.COUNT)).isEqualTo("1,234");
        assertThat(Display.value(30.6, Unit.COUNT)).isEqualTo("30.6");
        assertThat(Display.value(1.0, Unit.YES_NO)).isEqualTo("Yes");
        assertThat(Display.value(0.0, Unit.YES_NO)).isEqualTo("No");
        assertThat(Display.value(null, Unit.PERCENT)).isEmpty();
        assertThat(Display.unitSuffix(Unit.PER_10000)).isEqualTo("per 10,000");
    }

    @Test
    void comparisonsHaveAWordASymbolAndASentence() {
        ComparisonView worse = Display.comparison(Comparison.WORSE_99_8, Benchmark.ENGLAND);
        assertThat(worse.label()).isEqualTo("Worse");
        assertThat(worse.symbol()).isEqualTo("\u2717");
        assertThat(worse.description()).isEqualTo("Worse than England (significant at 99.8%)");
        assertThat(worse.cssClass()).isEqualTo("sa-cmp--worse");

        assertThat(Display.comparison(Comparison.BETTER_95, Benchmark.NEIGHBOURS)
                        .description())
                .isEqualTo("Better than statistical neighbours (at 95%)");
        assertThat(Display.comparison(Comparison.SIMILAR, Benchmark.REGION).description())
                .isEqualTo("Similar to region (not significantly different)");
        assertThat(Display.comparison(Comparison.HIGHER_95, Benchmark.ENGLAND).category())
                .isEqualTo("higher");
        assertThat(Display.comparison(Comparison.NOT_COMPARED, Benchmark.ENGLAND)
                        .compared())
                .isFalse();
        assertThat(Display.comparison(null, Benchmark.ENGLAND).category()).isEqualTo("none");
    }

    @Test
    void trendsAreJudgedByPolarity() {
        assertThat(Display.trend(TrendDirection.INCREASING, TrendJudgement.GETTING_WORSE))
                .isEqualTo(new TrendView("worse", "\u2191", "Increasing and getting worse"));
        assertThat(Display.trend(TrendDirection.DECREASING, TrendJudgement.GETTING_BETTER))
                .isEqualTo(new TrendView("better", "\u2193", "Decreasing and getting better"));
        assertThat(Display.trend(TrendDirection.NO_SIGNIFICANT_CHANGE, TrendJudgement.NO_SIGNIFICANT_CHANGE)
                        .label())
                .isEqualTo("No significant change");
        assertThat(Display.trend(TrendDirection.NOT_TESTED, TrendJudgement.NO_JUDGEMENT)
                        .judgement())
                .isEqualTo("none");
    }

    @Test
    void partnersAreSaidInWords() {
        assertThat(Display.partner(Partner.LA)).isEqualTo("Led by: Local authority");
        assertThat(Display.partner(Partner.ICB)).isEqualTo("Led by: NHS (ICB)");
        assertThat(Display.partner(Partner.JOINT)).isEqualTo("Joint");
    }

    @Test
    void showsAnInspectionOutcomeInWordsAndPoundsAsMoney() {
        assertThat(Display.value(1.0, Unit.OUTCOME)).isEqualTo("Typically positive experiences and outcomes");
        assertThat(Display.value(3.0, Unit.OUTCOME)).isEqualTo("Widespread and/or systemic failings");
        assertThat(Display.value(2.25, Unit.OUTCOME)).isEqualTo("Mean grade 2.3 (1 best, 3 worst)");
        assertThat(Display.value(442.11, Unit.POUNDS)).isEqualTo("£442");
        assertThat(Display.value(1234.5, Unit.POUNDS)).isEqualTo("£1,235");
    }

    @Test
    void anInspectionIsDatedAsGovUkWritesDatesAndLinkedOnlyToAnHttpsReport() {
        RowView report = RowView.of(inspection("https://files.ofsted.gov.uk/v1/file/50283933"));
        assertThat(report.publishedText()).isEqualTo("5 August 2025");
        assertThat(report.evidenceLink()).isEqualTo("https://files.ofsted.gov.uk/v1/file/50283933");
        // an address from a hostile or broken source is never made a link
        assertThat(RowView.of(inspection("javascript:alert(1)")).evidenceLink()).isEmpty();
        assertThat(RowView.of(inspection("http://files.ofsted.gov.uk/v1/file/1"))
                        .evidenceLink())
                .isEmpty();
        assertThat(Display.date(null)).isEmpty();
    }

    private static org.sendacc.server.snapshot.IndicatorRow inspection(String url) {
        return TestRows.row("area_send_inspection_outcome", "d2i", "E08000034", "Kirklees", AreaLevel.LA, "2025")
                .catalogue("joint", "outcome", "lower_is_better")
                .figures(2.0, 2.0, 1.0)
                .evidence(LocalDate.of(2025, 8, 5), url)
                .build();
    }

    @Test
    void anOldPeriodSaysHowOldItIs() {
        LocalDate snapshot = LocalDate.of(2026, 12, 7);
        // October 2023 ended on 31 October 2023: three years and one month before the snapshot
        assertThat(Display.periodWithAge("2023-10", "2023-10", LocalDate.of(2023, 10, 1), snapshot))
                .isEqualTo("October 2023, three years before this snapshot");
        // calendar 2024 ended on 31 December 2024: a year and 11 months, two years to the nearest
        assertThat(Display.periodWithAge("2024", "2024", LocalDate.of(2024, 1, 1), snapshot))
                .isEqualTo("2024, two years before this snapshot");
        // 2025/26 (academic year from September 2025) has not ended a year ago: its label alone
        assertThat(Display.periodWithAge("202526", "2025/26", LocalDate.of(2025, 9, 1), snapshot))
                .isEqualTo("2025/26");
        // November 2025 ended on 30 November 2025: a year and a week
        assertThat(Display.periodWithAge("2025-11", "2025-11", LocalDate.of(2025, 11, 1), snapshot))
                .isEqualTo("November 2025, a year before this snapshot");
        assertThat(Display.periodWithAge("2023-10", "2023-10", LocalDate.of(2023, 10, 1), null))
                .isEqualTo("2023-10");
    }

    @Test
    void disclosureIsSaidInWordsNotAsAToken() {
        assertThat(Display.disclosure(Disclosure.SUPPRESS_COUNTS_1_TO_4))
                .isEqualTo("Counts of 1 to 4, and figures that would reveal them, are withheld");
        assertThat(Display.disclosure(Disclosure.NONE)).isEqualTo("As the publisher released it, with its own symbols");
    }
}

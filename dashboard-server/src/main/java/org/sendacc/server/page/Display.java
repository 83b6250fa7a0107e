package org.sendacc.server.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sendacc.contract.catalogue.CiMethod;
import org.sendacc.contract.catalogue.Disclosure;
import org.sendacc.contract.catalogue.Partner;
import org.sendacc.contract.catalogue.Polarity;
import org.sendacc.contract.catalogue.SeriesSource;
import org.sendacc.contract.catalogue.Unit;
import org.sendacc.contract.snapshot.Benchmark;
import org.sendacc.contract.snapshot.Comparison;
import org.sendacc.contract.snapshot.TrendDirection;
import org.sendacc.contract.snapshot.TrendJudgement;

/**
 * The words, numbers and symbols the pages show for the snapshot's codes: values by unit, comparisons, trends,
 * partners and sources. One place, so that every page says the same thing the same way (UX.md "Words").
 */
public final class Display {
    /** What a suppressed value shows instead of a number (DfE's symbol), and why on hover. */
    public static final String SUPPRESSED = "c";

    public static final String SUPPRESSED_REASON = "Suppressed to protect confidentiality";

    private Display() {}

    /** "Led by: Local authority", "Led by: NHS (ICB)" or "Joint". */
    public static String partner(Partner partner) {
        return switch (partner) {
            case LA -> "Led by: Local authority";
            case ICB -> "Led by: NHS (ICB)";
            case JOINT -> "Joint";
        };
    }

    /** The heading of a partner's group of indicators on the scorecard. */
    public static String partnerHeading(Partner partner) {
        return switch (partner) {
            case LA -> "Local authority leads";
            case ICB -> "NHS integrated care board leads";
            case JOINT -> "Joint responsibility";
        };
    }

    /** A partner's tag on the pages: its words, and the GOV.UK tag colour that marks it. */
    public record PartnerTag(String label, String colour) {}

    public static PartnerTag partnerTag(Partner partner) {
        return switch (partner) {
            case LA -> new PartnerTag("Local authority", "blue");
            case ICB -> new PartnerTag("ICB", "turquoise");
            case JOINT -> new PartnerTag("Joint", "purple");
        };
    }

    /** Which direction is better, in words, for an indicator's definition. */
    public static String betterIs(Polarity polarity) {
        return switch (polarity) {
            case HIGHER_IS_BETTER -> "Higher";
            case LOWER_IS_BETTER -> "Lower";
            case NO_JUDGEMENT -> "Neither: higher or lower is not judged";
        };
    }

    /** How an indicator's confidence intervals are found, in words, for its definition. */
    public static String confidenceInterval(CiMethod method) {
        return switch (method) {
            case WILSON -> "Wilson score (95% and 99.8%)";
            case BYAR -> "Byar's method (95% and 99.8%)";
            case PUBLISHED -> "The publisher's own 95% interval (99.8% widened from it)";
            case NONE -> "None: no comparison is tested";
        };
    }

    /** Whether our disclosure control applies, in words, for an indicator's definition (docs/snapshot.md). */
    public static String disclosure(Disclosure disclosure) {
        return switch (disclosure) {
            case SUPPRESS_COUNTS_1_TO_4 -> "Counts of 1 to 4, and figures that would reveal them, are withheld";
            case NONE -> "As the publisher released it, with its own symbols";
        };
    }

    /** A source's name in words, e.g. "DfE published statistics" for {@code dfe_ees}. */
    public static String source(String source) {
        return Arrays.stream(SeriesSource.values())
                .filter(kind -> kind.token().equals(source))
                .map(SeriesSource::label)
                .findFirst()
                .orElse(source);
    }

    /** A benchmark's name as it follows "than", e.g. "England" or "statistical neighbours". */
    public static String benchmark(Benchmark benchmark) {
        return switch (benchmark) {
            case ENGLAND -> "England";
            case REGION -> "region";
            case NEIGHBOURS -> "statistical neighbours";
            case ICB -> "ICB";
            case GROUP -> "the group";
        };
    }

    /**
     * A value on its unit's scale as the pages show it: one decimal place for percentages, rates, ratios and scores, two
     * for a progress score (as DfE publishes Progress 8), whole numbers for counts (one place where an apportioned count
     * is fractional), Yes or No for yes/no.
     */
    public static String value(Double value, Unit unit) {
        if (value == null) {
            return "";
        }
        return switch (unit) {
            case PERCENT -> decimal(value, 1) + "%";
            case YES_NO -> value >= 0.5 ? "Yes" : "No";
            case COUNT -> count(value);
            case POUNDS -> (value < 0 ? "-£" : "£") + decimal(Math.abs(value), 0);
            case OUTCOME -> outcome(value);
            case PROGRESS_SCORE -> decimal(value, 2);
            case PER_1000, PER_10000, RATIO, SCORE -> decimal(value, 1);
        };
    }

    /**
     * An area SEND inspection's outcome (2023 framework) in Ofsted's words, never as a number; a fractional value is
     * the mean grade of several areas and says so.
     */
    static String outcome(double grade) {
        if (grade == 1) {
            return "Typically positive experiences and outcomes";
        }
        if (grade == 2) {
            return "Inconsistent experiences and outcomes";
        }
        if (grade == 3) {
            return "Widespread and/or systemic failings";
        }
        return "Mean grade " + decimal(grade, 1) + " (1 best, 3 worst)";
    }

    /**
     * A gap between two figures of one unit, as its size in words: "38.5 points" (a score), "5.2 percentage points" (a
     * percentage), "0.86 points" (a progress score); empty for none.
     */
    public static String gap(Double gap, Unit unit) {
        if (gap == null) {
            return "";
        }
        boolean percent = unit == Unit.PERCENT;
        return value(Math.abs(gap), percent ? Unit.SCORE : unit) + (percent ? " percentage points" : " points");
    }

    /** The unit as words after a value: "per 1,000", "per 10,000", "children"; empty where the value says it. */
    public static String unitSuffix(Unit unit) {
        return switch (unit) {
            case PER_1000 -> "per 1,000";
            case PER_10000 -> "per 10,000";
            case RATIO -> "per WTE";
            case POUNDS -> "per resident aged 0-25";
            case PERCENT, COUNT, YES_NO, SCORE, PROGRESS_SCORE, OUTCOME -> "";
        };
    }

    /** A count as the pages show it: whole numbers with thousands separators, one place where fractional. */
    /** A 95% interval as the pages write it, "37.7% to 62.3%"; empty without both limits. */
    public static String interval(Double lower, Double upper, Unit unit) {
        return lower == null || upper == null ? "" : value(lower, unit) + " to " + value(upper, unit);
    }

    /** A count over its denominator, "30 of 60"; empty without both. */
    public static String countOf(Double numerator, Double denominator) {
        return numerator == null || denominator == null ? "" : count(numerator) + " of " + count(denominator);
    }

    /** A day as GOV.UK writes it: 5 March 2024; empty for none. */
    public static String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    public static String count(Double count) {
        if (count == null) {
            return "";
        }
        return count == Math.rint(count) ? decimal(count, 0) : decimal(count, 1);
    }

    /** The comparison of an area with a benchmark; null reads as not compared. */
    public static ComparisonView comparison(Comparison comparison, Benchmark benchmark) {
        String against = benchmark(benchmark);
        Comparison shown = comparison == null ? Comparison.NOT_COMPARED : comparison;
        String at998 = " (significant at 99.8%)";
        String at95 = " (at 95%)";
        return switch (shown) {
            case BETTER_99_8 -> better(against, at998);
            case BETTER_95 -> better(against, at95);
            case WORSE_99_8 -> worse(against, at998);
            case WORSE_95 -> worse(against, at95);
            case HIGHER_99_8 -> higher(against, at998);
            case HIGHER_95 -> higher(against, at95);
            case LOWER_99_8 -> lower(against, at998);
            case LOWER_95 -> lower(against, at95);
            case SIMILAR ->
                new ComparisonView(
                        "similar", "Similar", "\u25cf", "Similar to " + against + " (not significantly different)");
            case NOT_COMPARED ->
                new ComparisonView(
                        ComparisonView.NOT_COMPARED, "Not compared", "\u2013", "Not compared with " + against);
        };
    }

    private static ComparisonView better(String against, String level) {
        return new ComparisonView("better", "Better", "\u2713", "Better than " + against + level);
    }

    private static ComparisonView worse(String against, String level) {
        return new ComparisonView("worse", "Worse", "\u2717", "Worse than " + against + level);
    }

    private static ComparisonView higher(String against, String level) {
        return new ComparisonView("higher", "Higher", "\u25b2", "Higher than " + against + level);
    }

    private static ComparisonView lower(String against, String level) {
        return new ComparisonView("lower", "Lower", "\u25bc", "Lower than " + against + level);
    }

    /** Why a row was not compared, for the grey cells: suppressed, no confidence interval, or no data. */
    public static String notComparedReason(boolean suppressed, Double value, Double lowerCi95, String noValueReason) {
        if (suppressed) {
            return SUPPRESSED_REASON;
        }
        if (value == null) {
            return noValueReason == null || noValueReason.isEmpty() ? "No data" : noValueReason;
        }
        return lowerCi95 == null ? "No confidence interval" : "No benchmark";
    }

    /** The trend of a row: its direction (the arrow) and its judgement by polarity (the colour and words). */
    public static TrendView trend(TrendDirection trend, TrendJudgement judgement) {
        if (trend == null || trend == TrendDirection.NOT_TESTED) {
            return new TrendView("none", "\u2013", "Trend not tested (no confidence interval)");
        }
        String arrow;
        String direction;
        switch (trend) {
            case INCREASING -> {
                arrow = "\u2191";
                direction = "Increasing";
            }
            case DECREASING -> {
                arrow = "\u2193";
                direction = "Decreasing";
            }
            case NO_SIGNIFICANT_CHANGE -> {
                return new TrendView("same", "\u2192", "No significant change");
            }
            case NOT_ENOUGH_DATA -> {
                return new TrendView("none", "\u2013", "Not enough data for a trend");
            }
            default -> throw new IllegalStateException("not a direction: " + trend); // not tested: above
        }
        if (judgement == TrendJudgement.GETTING_BETTER) {
            return new TrendView("better", arrow, direction + " and getting better");
        }
        if (judgement == TrendJudgement.GETTING_WORSE) {
            return new TrendView("worse", arrow, direction + " and getting worse");
        }
        return new TrendView("same", arrow, direction + " (no judgement: neither direction is better)");
    }

    private static final List<String> SMALL_NUMBERS = List.of(
            "",
            "a year",
            "two years",
            "three years",
            "four years",
            "five years",
            "six years",
            "seven years",
            "eight years",
            "nine years");

    /**
     * A period's label with its age where it ended a year or more before the snapshot was made, in years to the nearest:
     * "October 2023, three years before this snapshot". A period ends a month after a monthly period's start ({@code 2023-10}), a year after
     * any other's. The label alone where the period is recent or the day is unknown.
     */
    public static String periodWithAge(String period, String label, LocalDate start, LocalDate snapshotDay) {
        if (start == null || snapshotDay == null) {
            return label;
        }
        boolean monthly = isMonth(period);
        LocalDate end = (monthly ? start.plusMonths(1) : start.plusYears(1)).minusDays(1);
        long months = java.time.temporal.ChronoUnit.MONTHS.between(end, snapshotDay);
        if (months < 12) {
            return label;
        }
        int years = (int) Math.round(months / 12.0); // 1 year 11 months reads as two years
        String shown = periodName(period, label, start);
        String age = years < SMALL_NUMBERS.size() ? SMALL_NUMBERS.get(years) : years + " years";
        return shown + ", " + age + " before this snapshot";
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);

    /** A period as a sentence names it: a month in words ("October 2023" for {@code 2023-10}), otherwise its label. */
    public static String periodName(String period, String label, LocalDate start) {
        return isMonth(period) && start != null ? MONTH.format(start) : label;
    }

    private static boolean isMonth(String period) {
        return period.length() == 7 && period.charAt(4) == '-';
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st... */
    public static String ordinal(int number) {
        int lastTwo = number % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13
                ? "th"
                : switch (number % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return number + suffix;
    }

    private static String decimal(double value, int places) {
        DecimalFormat format = new DecimalFormat(
                places == 0 ? "#,##0" : "#,##0." + "0".repeat(places), DecimalFormatSymbols.getInstance(Locale.UK));
        // Half up on the decimal written, as DfE rounds: 46.35 shows 46.4, never 46.3 through binary error.
        return format.format(new BigDecimal(Double.toString(value)).setScale(places, RoundingMode.HALF_UP));
    }
}

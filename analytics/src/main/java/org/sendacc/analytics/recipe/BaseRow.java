package org.sendacc.analytics.recipe;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.sendacc.contract.snapshot.AreaLevel;

/**
 * What every recipe produces: for one indicator and source, a numerator and denominator per area and period, or why
 * the source has none ({@code missingReason}, as the publisher says it: DfE's "suppressed (c)"). Everything else in
 * the indicators table is derived from these rows. Where the source dates or links each figure (an inspection's
 * report), {@code published} and {@code link} say so; where it gives its own 95% interval (DfE's Progress 8), {@code
 * publishedLower95} and {@code publishedUpper95}; where it gives the figure for those with no SEN, {@code noSenValue};
 * otherwise they are null.
 */
public record BaseRow(
        String indicatorId,
        String source,
        String areaCode,
        AreaLevel level,
        Period period,
        Double numerator,
        Double denominator,
        boolean isApportioned,
        String missingReason,
        LocalDate published,
        String link,
        Double publishedLower95,
        Double publishedUpper95,
        Double noSenValue,
        Double publishedValue) {
    public BaseRow {
        requireNonNull(indicatorId, "indicatorId is null");
        requireNonNull(source, "source is null");
        requireNonNull(areaCode, "areaCode is null");
        requireNonNull(level, "level is null");
        requireNonNull(period, "period is null");
    }

    /** A row whose source neither dates nor links its figures. */
    public BaseRow(
            String indicatorId,
            String source,
            String areaCode,
            AreaLevel level,
            Period period,
            Double numerator,
            Double denominator,
            boolean isApportioned,
            String missingReason) {
        this(
                indicatorId,
                source,
                areaCode,
                level,
                period,
                numerator,
                denominator,
                isApportioned,
                missingReason,
                null,
                null);
    }

    /** A row whose source dates or links its figures (an inspection's report). */
    public BaseRow(
            String indicatorId,
            String source,
            String areaCode,
            AreaLevel level,
            Period period,
            Double numerator,
            Double denominator,
            boolean isApportioned,
            String missingReason,
            LocalDate published,
            String link) {
        this(
                indicatorId,
                source,
                areaCode,
                level,
                period,
                numerator,
                denominator,
                isApportioned,
                missingReason,
                published,
                link,
                null,
                null,
                null,
                null);
    }

    /** The same row with the publisher's own 95% interval, on the value's scale. */
    public BaseRow withPublishedInterval(Double lower, Double upper) {
        return new BaseRow(
                indicatorId,
                source,
                areaCode,
                level,
                period,
                numerator,
                denominator,
                isApportioned,
                missingReason,
                published,
                link,
                lower,
                upper,
                noSenValue,
                publishedValue);
    }

    /** The same row with the figure for those with no SEN in the same area and period, on the value's scale. */
    public BaseRow withNoSenValue(Double value) {
        return new BaseRow(
                indicatorId,
                source,
                areaCode,
                level,
                period,
                numerator,
                denominator,
                isApportioned,
                missingReason,
                published,
                link,
                publishedLower95,
                publishedUpper95,
                value,
                publishedValue);
    }

    /**
     * The same row with the figure as the publisher gives it, where it gives no counts behind it (an older release's
     * rate): the value, with no interval and no trend test, as no counts are there to compute them from.
     */
    public BaseRow withPublishedValue(Double value) {
        return new BaseRow(
                indicatorId,
                source,
                areaCode,
                level,
                period,
                numerator,
                denominator,
                isApportioned,
                missingReason,
                published,
                link,
                publishedLower95,
                publishedUpper95,
                noSenValue,
                value);
    }

    /** A period as the snapshot names it: its key ({@code 202425}), label ({@code 2024/25}) and first day. */
    public record Period(String key, String label, LocalDate start) {
        public Period {
            requireNonNull(key, "key is null");
            requireNonNull(label, "label is null");
            requireNonNull(start, "start is null");
        }

        /** A calendar year, labelled by itself and starting on 1 January. */
        /** True for a month ({@code 2024-03}); every other period here lasts a year. */
        public boolean isMonth() {
            return key.length() == 7 && key.charAt(4) == '-';
        }

        public static Period calendarYear(int year) {
            String key = Integer.toString(year);
            return new Period(key, key, LocalDate.of(year, 1, 1));
        }

        /** A month, keyed and labelled {@code 2023-10}, starting on its first day. */
        public static Period month(LocalDate day) {
            LocalDate first = day.withDayOfMonth(1);
            String key = String.format(java.util.Locale.ROOT, "%04d-%02d", first.getYear(), first.getMonthValue());
            return new Period(key, key, first);
        }
    }
}

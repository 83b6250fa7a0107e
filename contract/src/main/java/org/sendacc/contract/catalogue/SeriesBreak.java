package org.sendacc.contract.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A break in series an indicator's catalogue entry declares: from its first year on, the figures are not comparable
 * with the years before, so no trend or change spans it (docs/snapshot.md "Breaks in series").
 */
public enum SeriesBreak implements Token {
    /** SEN2 collected person-level records from 2023, where it had collected aggregate counts. */
    SEN2_PERSON_LEVEL_2023("sen2_person_level_2023", 2023, java.time.LocalDate.of(2022, 9, 1));

    private final String token;
    private final int firstYear;
    private final java.time.LocalDate seriesStart;

    SeriesBreak(String token, int firstYear, java.time.LocalDate seriesStart) {
        this.token = token;
        this.firstYear = firstYear;
        this.seriesStart = seriesStart;
    }

    @Override
    @JsonValue
    public String token() {
        return token;
    }

    /** The first calendar year of the new series, where the charts draw the gap. */
    public int firstYear() {
        return firstYear;
    }

    /**
     * The first day of the new series for the trend test: no test's window spans a period starting before it. For SEN2,
     * the person-level collection began with the January 2023 census, so periods from September 2022 on are "after".
     */
    public java.time.LocalDate seriesStart() {
        return seriesStart;
    }

    public static SeriesBreak fromCatalogue(String text) {
        return Token.parse(SeriesBreak.class, text);
    }
}

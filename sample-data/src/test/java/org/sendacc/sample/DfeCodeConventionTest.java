package org.sendacc.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendacc.reference.LocalAuthority;
import org.sendacc.reference.ReferenceData;

class DfeCodeConventionTest {

    private static LocalAuthority authority(String code) {
        return ReferenceData.bundled().localAuthority(code).orElseThrow();
    }

    private static String calendar(String code, int year) {
        return DfeCodeConvention.publishedCode(
                authority(code),
                DfeCodeConvention.Publication.CALENDAR_YEAR,
                DfeCodeConvention.calendarYearReferenceDay(year));
    }

    @Test
    void northYorkshireKeepsItsCountyCode() {
        assertThat(calendar("E06000065", 2024)).isEqualTo("E10000023");
    }

    @Test
    void buckinghamshireIsUnitaryOnlyFor2020To2022() {
        assertThat(calendar("E06000060", 2019)).isEqualTo("E10000002");
        assertThat(calendar("E06000060", 2021)).isEqualTo("E06000060");
        assertThat(calendar("E06000060", 2023)).isEqualTo("E10000002");
    }

    @Test
    void buckinghamshireIsAlwaysTheCountyInTheDmoDcoFile() {
        assertThat(DfeCodeConvention.publishedCode(
                        authority("E06000060"),
                        DfeCodeConvention.Publication.DMO_DCO,
                        DfeCodeConvention.januaryReferenceDay(2021)))
                .isEqualTo("E10000002");
    }

    @Test
    void barnsleyKeepsItsOldCodeUpTo2024() {
        assertThat(calendar("E08000038", 2024)).isEqualTo("E08000016");
        assertThat(calendar("E08000038", 2025)).isEqualTo("E08000038");
    }

    @Test
    void localReturnsUseTheCodeInForceOnTheDay() {
        SampleGeography geography = new SampleGeography(ReferenceData.bundled());

        assertThat(geography.codeInUseOn(authority("E08000038"), LocalDate.of(2025, 3, 31)))
                .isEqualTo("E08000016");
        assertThat(geography.codeInUseOn(authority("E08000038"), LocalDate.of(2025, 4, 1)))
                .isEqualTo("E08000038");
    }
}

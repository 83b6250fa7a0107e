package org.sendacc.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The resolution rules of {@link LaCodeResolver} on the bundled tables: recodes are followed in any period, every other
 * change is a break that only resolves while the authority existed, and every refusal says why.
 */
class LaCodeResolverTest {

    private static final LaCodeResolver RESOLVER = ReferenceData.bundled().laCodeResolver();

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    private static LaResolution inCalendarYear(String code, int year) {
        return RESOLVER.resolve(code, day(year, 1, 1), day(year, 12, 31));
    }

    private static LocalAuthority authority(String code) {
        return ReferenceData.bundled().localAuthority(code).orElseThrow();
    }

    @Test
    void unknownCodeIsUnresolvedNamingTheCode() {
        assertThat(inCalendarYear("E10000099", 2024))
                .isEqualTo(new LaResolution.Unresolved("unknown LA code 'E10000099'"));
    }

    @Test
    void abolishedCodeAfterItsEndIsUnresolvedWithTheAbolitionDate() {
        assertThat(inCalendarYear("E10000021", 2022))
                .isEqualTo(new LaResolution.Unresolved("LA code 'E10000021' (Northamptonshire) was not in use in"
                        + " 2022-01-01..2022-12-31: abolished 2021-04-01"));
    }

    @Test
    void abolishedCodeResolvesToItselfWhileItExisted() {
        assertThat(inCalendarYear("E10000021", 2020))
                .isEqualTo(new LaResolution.Resolved(authority("E10000021"), false));
    }

    @Test
    void periodThatOverlapsTheLastDayStillResolves() {
        assertThat(RESOLVER.resolve("E10000009", day(2019, 3, 31), day(2019, 8, 31)))
                .isEqualTo(new LaResolution.Resolved(authority("E10000009"), false));
    }

    @Test
    void periodStartingTheDayAfterAbolitionIsUnresolved() {
        assertThat(RESOLVER.resolve("E10000006", day(2023, 4, 1), day(2024, 3, 31)))
                .isEqualTo(new LaResolution.Unresolved("LA code 'E10000006' (Cumbria) was not in use in"
                        + " 2023-04-01..2024-03-31: abolished 2023-04-01"));
    }

    @Test
    void successorBeforeItsStartIsUnresolvedWithTheCreationDate() {
        assertThat(inCalendarYear("E06000061", 2020))
                .isEqualTo(new LaResolution.Unresolved("LA code 'E06000061' (North Northamptonshire) was not in use"
                        + " in 2020-01-01..2020-12-31: created 2021-04-01"));
    }

    @Test
    void successorResolvesToItselfFromItsStart() {
        assertThat(RESOLVER.resolve("E06000063", day(2023, 4, 1), day(2023, 4, 1)))
                .isEqualTo(new LaResolution.Resolved(authority("E06000063"), false));
    }

    @Test
    void recodedCodeResolvesToItsNewCodeInAnyPeriod() {
        for (int year : List.of(2015, 2019, 2023, 2024, 2030)) {
            assertThat(inCalendarYear("E10000023", year))
                    .as("North Yorkshire county code in %s", year)
                    .isEqualTo(new LaResolution.Resolved(authority("E06000065"), true));
        }
    }

    @Test
    void buckinghamshireCountyCodeResolvesToTheUnitaryBeforeAndAfterTheChange() {
        LaResolution.Resolved unitary = new LaResolution.Resolved(authority("E06000060"), true);
        assertThat(inCalendarYear("E10000002", 2019)).isEqualTo(unitary);
        assertThat(inCalendarYear("E10000002", 2024)).isEqualTo(unitary);
    }

    @Test
    void canonicalCodeOfARecodedAuthorityResolvesInAnyPeriodWithoutTheRecodedFlag() {
        assertThat(inCalendarYear("E06000060", 2019))
                .isEqualTo(new LaResolution.Resolved(authority("E06000060"), false));
    }

    @Test
    void barnsleyAndSheffieldOldCodesResolveToTheir2025Codes() {
        assertThat(inCalendarYear("E08000016", 2024))
                .isEqualTo(new LaResolution.Resolved(authority("E08000038"), true));
        assertThat(inCalendarYear("E08000019", 2024))
                .isEqualTo(new LaResolution.Resolved(authority("E08000039"), true));
    }

    @Test
    void publishedCodeIsTrimmed() {
        assertThat(inCalendarYear("  E10000027 ", 2024))
                .isEqualTo(new LaResolution.Resolved(authority("E06000066"), true));
    }

    @Test
    void publishedCodeIsCaseSensitive() {
        assertThat(inCalendarYear("e10000027", 2024))
                .isEqualTo(new LaResolution.Unresolved("unknown LA code 'e10000027'"));
    }

    @Test
    void oldDorsetNumberResolvesToTheCountyBeforeApril2019() {
        assertThat(RESOLVER.resolveOldNumber("835", day(2018, 9, 1), day(2019, 8, 31)))
                .isEqualTo(new LaResolution.Resolved(authority("E10000009"), false));
    }

    @Test
    void oldDorsetNumberIsUnresolvedAfterApril2019() {
        assertThat(RESOLVER.resolveOldNumber("835", day(2020, 1, 1), day(2020, 12, 31)))
                .isEqualTo(new LaResolution.Unresolved("LA number '835' (Dorset) was not in use in"
                        + " 2020-01-01..2020-12-31: abolished 2019-04-01"));
    }

    @Test
    void newDorsetNumberResolvesToTheUnitaryAfterApril2019() {
        assertThat(RESOLVER.resolveOldNumber("838", day(2020, 1, 1), day(2020, 12, 31)))
                .isEqualTo(new LaResolution.Resolved(authority("E06000059"), false));
    }

    @Test
    void newDorsetNumberIsUnresolvedBeforeApril2019() {
        assertThat(RESOLVER.resolveOldNumber("838", day(2018, 1, 1), day(2018, 12, 31)))
                .isEqualTo(new LaResolution.Unresolved(
                        "LA number '838' (Dorset) was not in use in" + " 2018-01-01..2018-12-31: created 2019-04-01"));
    }

    @Test
    void buckinghamshireNumberResolvesToTheUnitaryInAnyPeriod() {
        for (int year : List.of(2018, 2020, 2024)) {
            assertThat(RESOLVER.resolveOldNumber("825", day(year, 1, 1), day(year, 12, 31)))
                    .as("825 in %s", year)
                    .isEqualTo(new LaResolution.Resolved(authority("E06000060"), false));
        }
    }

    @Test
    void unknownNumberIsUnresolvedNamingTheNumber() {
        assertThat(RESOLVER.resolveOldNumber(" 999 ", day(2024, 1, 1), day(2024, 12, 31)))
                .isEqualTo(new LaResolution.Unresolved("unknown LA number '999'"));
    }

    @Test
    void periodEndingBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> RESOLVER.resolve("E06000001", day(2020, 1, 1), day(2019, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period end 2019-01-01 is before its start 2020-01-01");
    }

    @Test
    void nullCodeIsRejected() {
        assertThatThrownBy(() -> RESOLVER.resolve(null, day(2020, 1, 1), day(2020, 12, 31)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("publishedCode is null");
    }

    @Test
    void recodeChainsAreFollowedToTheEnd() {
        LocalAuthority target = new LocalAuthority("E06000003", "803", "C", "E12000001", "North East", null, null);
        LaCodeResolver resolver = new LaCodeResolver(
                List.of(target), List.of(recode("E06000001", "E06000002"), recode("E06000002", "E06000003")));

        assertThat(resolver.resolve("E06000001", day(2020, 1, 1), day(2020, 1, 1)))
                .isEqualTo(new LaResolution.Resolved(target, true));
    }

    @Test
    void recodeChainThatLoopsIsRejected() {
        assertThatThrownBy(() -> new LaCodeResolver(
                        List.of(), List.of(recode("E06000001", "E06000002"), recode("E06000002", "E06000001"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching("recode chain from LA code 'E0600000[12]' loops at 'E0600000[12]'");
    }

    @Test
    void recodeToAnUnknownAuthorityIsRejected() {
        assertThatThrownBy(() -> new LaCodeResolver(List.of(), List.of(recode("E06000001", "E06000002"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recode chain from LA code 'E06000001' ends at 'E06000002', which is not in the LA table");
    }

    @Test
    void numberSharedByTwoAuthoritiesInOnePeriodIsUnresolvedAsAmbiguous() {
        LocalAuthority first = new LocalAuthority("E06000001", "800", "A", "E12000001", "North East", null, null);
        LocalAuthority second = new LocalAuthority("E06000002", "800", "B", "E12000001", "North East", null, null);
        LaCodeResolver resolver = new LaCodeResolver(List.of(first, second), List.of());

        assertThat(resolver.resolveOldNumber("800", day(2020, 1, 1), day(2020, 12, 31)))
                .isEqualTo(new LaResolution.Unresolved("LA number '800' is ambiguous in 2020-01-01..2020-12-31:"
                        + " it belongs to E06000001, E06000002"));
    }

    private static LaCodeChange recode(String oldCode, String newCode) {
        return new LaCodeChange(
                oldCode, "old", newCode, "new", LocalDate.of(2020, 4, 1), LaChangeType.RECODE, "test recode");
    }
}

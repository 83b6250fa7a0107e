package org.sendacc.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The value records refuse values that would make a table wrong, and {@link LocalAuthority} answers "did it exist
 * then?" with inclusive dates.
 */
class ValueRecordsTest {

    private static final LocalAuthority NORTHAMPTONSHIRE = new LocalAuthority(
            "E10000021", "928", "Northamptonshire", "E12000004", "East Midlands", null, LocalDate.of(2021, 3, 31));
    private static final LocalAuthority NORTH_NORTHAMPTONSHIRE = new LocalAuthority(
            "E06000061", "940", "North Northamptonshire", "E12000004", "East Midlands", LocalDate.of(2021, 4, 1), null);

    @Test
    void authorityWithoutEndDateIsCurrent() {
        assertThat(NORTH_NORTHAMPTONSHIRE.isCurrent()).isTrue();
        assertThat(NORTHAMPTONSHIRE.isCurrent()).isFalse();
    }

    @Test
    void authorityIsInUseOnItsLastDay() {
        assertThat(NORTHAMPTONSHIRE.isInUseDuring(LocalDate.of(2021, 3, 31), LocalDate.of(2021, 3, 31)))
                .isTrue();
    }

    @Test
    void authorityIsNotInUseTheDayAfterItsLastDay() {
        assertThat(NORTHAMPTONSHIRE.isInUseDuring(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 12, 31)))
                .isFalse();
    }

    @Test
    void authorityIsInUseOnItsFirstDay() {
        assertThat(NORTH_NORTHAMPTONSHIRE.isInUseDuring(LocalDate.of(2020, 4, 1), LocalDate.of(2021, 4, 1)))
                .isTrue();
    }

    @Test
    void authorityIsNotInUseTheDayBeforeItsFirstDay() {
        assertThat(NORTH_NORTHAMPTONSHIRE.isInUseDuring(LocalDate.of(2020, 4, 1), LocalDate.of(2021, 3, 31)))
                .isFalse();
    }

    @Test
    void authorityWithoutDatesIsInUseAnyTime() {
        LocalAuthority hartlepool =
                new LocalAuthority("E06000001", "805", "Hartlepool", "E12000001", "North East", null, null);

        assertThat(hartlepool.isInUseDuring(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 1, 1)))
                .isTrue();
    }

    @Test
    void authorityRequiresACode() {
        assertThatThrownBy(() -> new LocalAuthority(null, "805", "Hartlepool", "E12000001", "North East", null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("code is null");
    }

    @Test
    void authorityCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new LocalAuthority(
                        "E06000001",
                        "805",
                        "Hartlepool",
                        "E12000001",
                        "North East",
                        LocalDate.of(2021, 4, 1),
                        LocalDate.of(2021, 3, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LA E06000001 has validTo 2021-03-31 before validFrom 2021-04-01");
    }

    @Test
    void codeChangeCannotMapACodeToItself() {
        assertThatThrownBy(() -> new LaCodeChange(
                        "E06000001", "A", "E06000001", "A", LocalDate.of(2020, 4, 1), LaChangeType.RECODE, "note"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("code change from E06000001 to itself");
    }

    @Test
    void icbRequiresAnOdsCode() {
        assertThatThrownBy(() -> new Icb(null, "E54000064", null, "NHS Sussex", "E40000005", "Y59", "South East"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("odsCode is null");
    }

    @Test
    void membershipShareMustBeAboveZeroAndAtMostOne() {
        assertThatThrownBy(() -> new IcbMembership("E10000014", "QRL", 1.2, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("share of LA E10000014 in ICB QRL is 1.2, not in (0, 1]");
    }

    @Test
    void neighbourRankMustBeOneToTen() {
        assertThatThrownBy(() -> new StatisticalNeighbour("E06000001", 11, "E06000003", "Close"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("neighbour rank of LA E06000001 is 11, not 1..10");
    }

    @Test
    void populationBandsMustAddUpToTheTotal() {
        assertThatThrownBy(() -> new Population("E06000001", 2020, 100, 10, 20, 30, 20, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("population bands of LA E06000001 in 2020 sum to 90, not to the 0-25 total 100");
    }

    @Test
    void unresolvedRequiresAReason() {
        assertThatThrownBy(() -> new LaResolution.Unresolved(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("reason is null");
    }
}

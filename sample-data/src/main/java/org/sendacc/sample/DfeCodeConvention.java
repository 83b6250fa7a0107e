package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Map;
import org.sendacc.reference.LocalAuthority;

/**
 * The LA code DfE itself prints in a file for a period, which is not always our canonical (latest ONS) code.
 *
 * <p>The real EHC plans release keeps the county codes of North Yorkshire and Somerset after they became unitary,
 * prints Buckinghamshire as E06000060 only for 2020-2022 (E10000002 otherwise, and always in the DMO/DCO file), and
 * keeps Barnsley's and Sheffield's pre-2025 codes. The sample writes the codes the same way so that the ingest must
 * resolve them. Beyond the real release (calendar 2025, reported in 2026) we assume DfE adopts the 2025 ONS codes
 * for Barnsley and Sheffield but keeps the county codes, so one synthetic file carries both of Barnsley's codes.
 */
final class DfeCodeConvention {

    private static final String NORTH_YORKSHIRE = "E06000065";
    private static final String SOMERSET = "E06000066";
    private static final String BUCKINGHAMSHIRE_UNITARY = "E06000060";
    private static final String BUCKINGHAMSHIRE_COUNTY = "E10000002";
    private static final Map<String, String> KEPT_COUNTY_CODES =
            Map.of(NORTH_YORKSHIRE, "E10000023", SOMERSET, "E10000027");
    private static final Map<String, String> PRE_2025_METROPOLITAN_CODES =
            Map.of("E08000038", "E08000016", "E08000039", "E08000019");
    private static final LocalDate METROPOLITAN_RECODE_ADOPTED = LocalDate.of(2026, 1, 1);

    /** The kinds of DfE file, which differ in how they write Buckinghamshire. */
    enum Publication {
        /** Calendar-year files built from the SEN2 return of the following January (timeliness, requests). */
        CALENDAR_YEAR,
        /** The January caseload. */
        CASELOAD,
        /** The DMO/DCO in post file, which always writes Buckinghamshire's county code. */
        DMO_DCO
    }

    private DfeCodeConvention() {}

    /**
     * The code DfE prints for the authority in a publication whose figures were collected on the reference day.
     *
     * @param referenceDay the SEN2 collection day the period was reported in (mid-January)
     */
    static String publishedCode(LocalAuthority authority, Publication publication, LocalDate referenceDay) {
        requireNonNull(authority, "authority is null");
        requireNonNull(publication, "publication is null");
        requireNonNull(referenceDay, "referenceDay is null");
        String code = authority.code();
        String county = KEPT_COUNTY_CODES.get(code);
        if (county != null) {
            return county;
        }
        if (code.equals(BUCKINGHAMSHIRE_UNITARY)) {
            int year = referenceDay.getYear();
            boolean unitaryYears = year >= 2021 && year <= 2023;
            return publication != Publication.DMO_DCO && unitaryYears
                    ? BUCKINGHAMSHIRE_UNITARY
                    : BUCKINGHAMSHIRE_COUNTY;
        }
        String metropolitan = PRE_2025_METROPOLITAN_CODES.get(code);
        if (metropolitan != null && referenceDay.isBefore(METROPOLITAN_RECODE_ADOPTED)) {
            return metropolitan;
        }
        return code;
    }

    /** The SEN2 collection day for calendar year {@code year}: January of the next year. */
    static LocalDate calendarYearReferenceDay(int year) {
        return LocalDate.of(year + 1, 1, 15);
    }

    /** The SEN2 collection day of a January snapshot (caseload of academic year ending {@code year}, DMO/DCO). */
    static LocalDate januaryReferenceDay(int year) {
        return LocalDate.of(year, 1, 15);
    }
}

package org.sendacc.reference;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An upper-tier local authority with education duties, as it existed for a span of dates.
 *
 * <p>Geography is versioned by date because authorities were merged, split and recoded between 2019 and 2025: a
 * predecessor such as Northamptonshire keeps its row with a {@code validTo} date so that older DfE figures still
 * resolve, and a successor carries the {@code validFrom} date it was created. Open ends mean "since before 2018" and
 * "still current".
 *
 * @param code canonical GSS code (the latest ONS code, e.g. E06000065 for North Yorkshire)
 * @param oldLaCode DfE's 3-digit LA number (e.g. 815)
 * @param name DfE's name for the authority (e.g. "Bristol, City of")
 * @param regionCode English region GSS code E12000001..E12000009
 * @param regionName English region name as DfE writes it
 * @param validFrom first day the authority existed, or null if it existed before the tables begin
 * @param validTo last day the authority existed, or null if it is current
 */
public record LocalAuthority(
        String code,
        String oldLaCode,
        String name,
        String regionCode,
        String regionName,
        LocalDate validFrom,
        LocalDate validTo)
        implements Serializable {

    public LocalAuthority {
        requireNonNull(code, "code is null");
        requireNonNull(oldLaCode, "oldLaCode is null");
        requireNonNull(name, "name is null");
        requireNonNull(regionCode, "regionCode is null");
        requireNonNull(regionName, "regionName is null");
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException(
                    "LA " + code + " has validTo " + validTo + " before validFrom " + validFrom);
        }
    }

    /** True when the authority still exists (it has no end date). */
    public boolean isCurrent() {
        return validTo == null;
    }

    /** True when the period [start, end] (both inclusive) overlaps the days the authority existed. */
    public boolean isInUseDuring(LocalDate start, LocalDate end) {
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period end " + end + " is before its start " + start);
        }
        boolean startedInTime = validFrom == null || !end.isBefore(validFrom);
        boolean notYetEnded = validTo == null || !start.isAfter(validTo);
        return startedInTime && notYetEnded;
    }
}

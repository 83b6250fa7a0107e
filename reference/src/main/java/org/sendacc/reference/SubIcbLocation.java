package org.sendacc.reference;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * An NHS Sub-ICB Location (the former CCGs' footprints), the level at which NHS England publishes some statistics, such
 * as autism assessment waits.
 *
 * <p>As for ICBs, the ODS code (e.g. 00L) is the stable key: NHS England publications use it, and it did not change
 * between the July-2022 and April-2024 boundaries, while the GSS code (E38) changed for two locations (92A in Surrey
 * Heartlands and 70F in Sussex), so both GSS codes are kept.
 *
 * @param odsCode ODS code, e.g. 00L
 * @param code the April-2024 GSS code E38...
 * @param previousCode the July-2022 GSS code when it differs from {@code code}, else null
 * @param name ONS name, e.g. "NHS North East and North Cumbria ICB - 00L"
 * @param icbOdsCode the ODS code of the ICB it belongs to
 */
public record SubIcbLocation(String odsCode, String code, String previousCode, String name, String icbOdsCode)
        implements Serializable {

    public SubIcbLocation {
        requireNonNull(odsCode, "odsCode is null");
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(icbOdsCode, "icbOdsCode is null");
        if (code.equals(previousCode)) {
            throw new IllegalArgumentException(
                    "Sub-ICB Location " + odsCode + " has previousCode equal to its code " + code);
        }
    }
}

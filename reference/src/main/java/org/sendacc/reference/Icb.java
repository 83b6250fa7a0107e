package org.sendacc.reference;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * An NHS Integrated Care Board.
 *
 * <p>The ODS code (Qxx) is the stable key: NHS England publications use it, whereas the GSS code (E54) changed for
 * Sussex and Surrey Heartlands in 2023, so both the current and the July-2022 GSS code are kept.
 *
 * @param odsCode ODS code, e.g. QWE
 * @param code current (2024) GSS code E54...
 * @param previousCode the July-2022 GSS code when it differs from {@code code}, else null
 * @param name full ONS name, "NHS ... Integrated Care Board"
 * @param nhsRegionCode NHS England region GSS code E40...
 * @param nhsRegionOdsCode NHS England region ODS code Y56..Y63
 */
public record Icb(
        String odsCode,
        String code,
        String previousCode,
        String name,
        String nhsRegionCode,
        String nhsRegionOdsCode,
        String nhsRegionName)
        implements Serializable {

    public Icb {
        requireNonNull(odsCode, "odsCode is null");
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(nhsRegionCode, "nhsRegionCode is null");
        requireNonNull(nhsRegionOdsCode, "nhsRegionOdsCode is null");
        requireNonNull(nhsRegionName, "nhsRegionName is null");
        if (code.equals(previousCode)) {
            throw new IllegalArgumentException("ICB " + odsCode + " has previousCode equal to its code " + code);
        }
    }
}

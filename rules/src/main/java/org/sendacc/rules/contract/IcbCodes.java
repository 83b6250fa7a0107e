package org.sendacc.rules.contract;

/** The shape of an ICB's ODS code, as every source that carries one checks it: Q and two letters or digits. */
public final class IcbCodes {
    public static final String PATTERN = "Q[A-Z0-9]{2}";

    private IcbCodes() {}
}

package org.sendacc.reference;

/**
 * How an LA code stopped being used, which decides whether figures on either side of the change may be joined.
 *
 * <p>Only a {@link #RECODE} keeps the footprint, so only a recode may be followed silently; every other kind of change
 * is a break in series.
 */
public enum LaChangeType {
    /** Same area, new code: the old code is an alias of the new one for any period. */
    RECODE,
    /** Several authorities became one (Bournemouth and Poole into BCP). */
    MERGER,
    /** One authority became several (Northamptonshire, Cumbria). */
    SPLIT,
    /** The authority was replaced by one with a different footprint (Dorset county lost Christchurch to BCP). */
    BOUNDARY_CHANGE
}

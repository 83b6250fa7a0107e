package org.sendacc.reference;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * The outcome of resolving a published LA code: our canonical authority, or the reason there is none.
 *
 * <p>An unresolved code is an expected outcome when reading other people's files, not an error, so it is a value the
 * caller must handle rather than an exception.
 */
public sealed interface LaResolution extends Serializable permits LaResolution.Resolved, LaResolution.Unresolved {

    /**
     * The code names this authority.
     *
     * @param recoded true when the published code was an old alias (a RECODE) of the canonical code
     */
    record Resolved(LocalAuthority localAuthority, boolean recoded) implements LaResolution {
        public Resolved {
            requireNonNull(localAuthority, "localAuthority is null");
        }
    }

    /** The code does not name an authority in use in the period; the reason names the code. */
    record Unresolved(String reason) implements LaResolution {
        public Unresolved {
            requireNonNull(reason, "reason is null");
        }
    }
}

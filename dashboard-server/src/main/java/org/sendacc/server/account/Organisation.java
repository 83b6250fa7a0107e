package org.sendacc.server.account;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import org.sendacc.reference.ReferenceData;

/**
 * The partner an account belongs to: a local authority, by its GSS code (E06/E08/E09/E10), or an integrated care board,
 * by its ODS code (Qxx). Every account belongs to exactly one, and sees and sends only that one's data.
 *
 * @param areaCode the code the snapshot's rows carry for this partner's own area: the LA's code, or the ICB's E54
 */
public record Organisation(Kind kind, String code, String name, String areaCode) {
    /** The two kinds of partner, with the token the database keeps. */
    public enum Kind {
        LA("LA"),
        ICB("ICB");

        private final String token;

        Kind(String token) {
            this.token = token;
        }

        public String token() {
            return token;
        }

        static Kind of(String token) {
            for (Kind kind : values()) {
                if (kind.token.equals(token)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("not a kind of organisation: " + token);
        }
    }

    public Organisation {
        requireNonNull(kind, "kind is null");
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(areaCode, "areaCode is null");
    }

    /**
     * The organisation a code names: a current LA's GSS code or an ICB's ODS code, as the reference tables know them.
     */
    public static Optional<Organisation> of(String code, ReferenceData reference) {
        String canonical = code.strip().toUpperCase(Locale.ROOT);
        Optional<Organisation> la = reference
                .localAuthority(canonical)
                .filter(authority -> authority.isCurrent())
                .map(authority -> new Organisation(Kind.LA, authority.code(), authority.name(), authority.code()));
        if (la.isPresent()) {
            return la;
        }
        return reference
                .icbByOdsCode(canonical)
                .map(icb -> new Organisation(Kind.ICB, icb.odsCode(), icb.name(), icb.code()));
    }

    /** The same, for a code the database keeps (and so was checked when the account was added). */
    static Organisation stored(String kind, String code, ReferenceData reference) {
        return of(code, reference)
                .filter(organisation -> organisation.kind() == Kind.of(kind))
                .orElseThrow(() -> new IllegalStateException(
                        "an account belongs to " + kind + " " + code + ", which the reference tables no longer know"));
    }

    /** "Leeds (LA E08000035)". */
    public String label() {
        return name + " (" + kind.token + " " + code + ")";
    }
}

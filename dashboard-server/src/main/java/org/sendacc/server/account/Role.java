package org.sendacc.server.account;

/** What an account may do for its organisation (docs/security.md, "Accounts"). */
public enum Role {
    /** Sends the organisation's local returns, and sees its unsuppressed figures. */
    SUBMITTER("submitter"),
    /** Sees the organisation's unsuppressed figures. */
    VIEWER("viewer");

    private final String token;

    Role(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public static Role of(String token) {
        for (Role role : values()) {
            if (role.token.equals(token)) {
                return role;
            }
        }
        throw new IllegalArgumentException("not a role: " + token + " (submitter or viewer)");
    }
}

package org.sendacc.server.account;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A partner's account as the database keeps it, without its password hash.
 *
 * @param lockedUntil when a lock after repeated failed sign-ins ends, or null when not locked
 * @param disabledAt when an administrator disabled it, or null while it may sign in
 */
public record Account(
        String id,
        String email,
        Organisation organisation,
        Role role,
        boolean hasPassword,
        int failedSignIns,
        Instant lockedUntil,
        Instant disabledAt,
        Instant createdAt) {
    public Account {
        requireNonNull(id, "id is null");
        requireNonNull(email, "email is null");
        requireNonNull(organisation, "organisation is null");
        requireNonNull(role, "role is null");
        requireNonNull(createdAt, "createdAt is null");
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Optional<Instant> locked() {
        return Optional.ofNullable(lockedUntil);
    }

    public boolean maySubmit() {
        return role == Role.SUBMITTER;
    }
}

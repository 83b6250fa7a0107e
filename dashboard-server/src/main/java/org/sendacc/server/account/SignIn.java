package org.sendacc.server.account;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Signing in with a password (docs/security.md, "Sign-in"). Ten failures in a row lock the account for fifteen
 * minutes; every attempt, right or wrong, is audited. The answer to a wrong attempt is the same whether the address has
 * no account, the password is wrong, or the account is locked or disabled, and takes as long (a password is always
 * hashed), so the form tells no one which addresses have accounts.
 */
public final class SignIn {
    public static final int FAILURES_BEFORE_LOCK = 10;
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final String REFUSED = "The email address or password is not right, or the account is locked for 15"
            + " minutes after " + FAILURES_BEFORE_LOCK + " failed attempts.";

    private final Accounts accounts;
    private final Sessions sessions;
    private final Passwords passwords;
    private final AuditLog audit;

    public SignIn(Accounts accounts, Sessions sessions, Passwords passwords, AuditLog audit) {
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.passwords = requireNonNull(passwords, "passwords is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    /** A signed-in account and its new session, or empty with {@link #REFUSED} to show. */
    public record Outcome(Optional<Account> account, Optional<Sessions.Started> session) {
        static Outcome refused() {
            return new Outcome(Optional.empty(), Optional.empty());
        }
    }

    public Outcome withPassword(String email, String password, String client, Instant now) {
        String typed = email == null ? "" : Accounts.canonicalEmail(email);
        String given = password == null ? "" : password;
        Optional<Accounts.Stored> stored = Accounts.isEmail(typed) ? accounts.byEmail(typed) : Optional.empty();
        boolean matches = passwords.matches(
                given, stored.map(Accounts.Stored::passwordHash).orElse(null));
        String actor = Accounts.isEmail(typed) ? typed : "[not an email address]";
        if (stored.isEmpty()) {
            audit.record(AuditLog.Event.SIGN_IN_FAILED, actor, null, client, "no such account", now);
            return Outcome.refused();
        }
        Account account = stored.get().account();
        String organisation = account.organisation().code();
        if (account.isDisabled()) {
            audit.record(AuditLog.Event.SIGN_IN_FAILED, actor, organisation, client, "account disabled", now);
            return Outcome.refused();
        }
        if (account.isLockedAt(now)) {
            audit.record(
                    AuditLog.Event.SIGN_IN_FAILED,
                    actor,
                    organisation,
                    client,
                    "account locked until " + account.lockedUntil(),
                    now);
            return Outcome.refused();
        }
        if (!matches) {
            boolean locked = accounts.recordFailure(account.id(), FAILURES_BEFORE_LOCK, now.plus(LOCK));
            audit.record(AuditLog.Event.SIGN_IN_FAILED, actor, organisation, client, "wrong password", now);
            if (locked) {
                audit.record(
                        AuditLog.Event.ACCOUNT_LOCKED,
                        actor,
                        organisation,
                        client,
                        FAILURES_BEFORE_LOCK + " failed sign-ins in a row; locked until " + now.plus(LOCK),
                        now);
            }
            return Outcome.refused();
        }
        return signedIn(account, client, "password", now);
    }

    /**
     * Signs in someone the identity provider vouched for: the account linked to that subject, or else (the first time)
     * the account whose address the provider says it has verified, which is then linked to the subject. Anyone else
     * is refused: accounts are made by an administrator, never by a sign-in.
     *
     * @param subject the provider's issuer and subject, which never change for one person
     */
    public Outcome withIdentity(String subject, String email, boolean emailVerified, String client, Instant now) {
        Optional<Accounts.Stored> linked = accounts.byOidcSubject(subject);
        Optional<Accounts.Stored> stored = linked;
        String canonical = email == null ? null : Accounts.canonicalEmail(email);
        boolean usable = canonical != null && Accounts.isEmail(canonical);
        if (stored.isEmpty() && emailVerified && usable) {
            stored = accounts.byEmail(email).filter(candidate -> candidate.oidcSubject() == null);
        }
        String actor = usable ? canonical : "[identity provider subject]";
        if (stored.isEmpty()) {
            audit.record(
                    AuditLog.Event.SIGN_IN_FAILED,
                    actor,
                    null,
                    client,
                    "identity provider: no account for this person" + (emailVerified ? "" : " (address not verified)"),
                    now);
            return Outcome.refused();
        }
        Account account = stored.get().account();
        if (account.isDisabled()) {
            audit.record(
                    AuditLog.Event.SIGN_IN_FAILED,
                    account.email(),
                    account.organisation().code(),
                    client,
                    "identity provider: account disabled",
                    now);
            return Outcome.refused();
        }
        if (linked.isEmpty()) {
            accounts.linkOidcSubject(account.email(), subject);
        }
        return signedIn(account, client, "identity provider", now);
    }

    /** Starts a session for an account whose identity was proved elsewhere (the identity provider). */
    public Outcome signedIn(Account account, String client, String how, Instant now) {
        accounts.recordSuccess(account.id());
        Sessions.Started session = sessions.start(account, now);
        audit.record(
                AuditLog.Event.SIGN_IN, account.email(), account.organisation().code(), client, "by " + how, now);
        return new Outcome(Optional.of(account), Optional.of(session));
    }
}

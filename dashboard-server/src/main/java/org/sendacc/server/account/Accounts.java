package org.sendacc.server.account;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.sendacc.reference.ReferenceData;

/**
 * The accounts table: who may sign in, for which organisation, in which role (docs/security.md, "Accounts"). Every
 * statement is prepared; nothing a user types is ever put into SQL text.
 */
public final class Accounts {
    /** An address of the usual shape, kept short: the account's name, and what the audit log names it by. */
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,185}\\.[A-Za-z]{2,24}");

    private static final String COLUMNS = "id, email, organisation_kind, organisation_code, account_role,"
            + " password_hash, oidc_subject, failed_sign_ins, locked_until, disabled_at, created_at";

    private final AccountsDatabase database;
    private final ReferenceData reference;

    public Accounts(AccountsDatabase database, ReferenceData reference) {
        this.database = requireNonNull(database, "database is null");
        this.reference = requireNonNull(reference, "reference is null");
    }

    /** An account with the hash of its password, for the sign-in check only. */
    record Stored(Account account, String passwordHash, String oidcSubject) {}

    /** True for text of an email address's shape; the form and the command refuse anything else. */
    public static boolean isEmail(String text) {
        return text != null && text.length() <= 254 && EMAIL.matcher(text).matches();
    }

    /** How an address is kept and looked up: lower case, as two spellings of one mailbox are one account. */
    public static String canonicalEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Adds an account.
     *
     * @param passwordHash the hash of its password ({@link Passwords}), or null for an account that signs in only
     *     through the configured identity provider
     * @throws IllegalArgumentException when the address is not one, or already has an account
     */
    public Account add(String email, Organisation organisation, Role role, String passwordHash, Instant now) {
        String canonical = canonicalEmail(email);
        if (!isEmail(canonical)) {
            throw new IllegalArgumentException("not an email address: " + email);
        }
        if (byEmail(canonical).isPresent()) {
            throw new IllegalArgumentException(canonical + " already has an account");
        }
        Account account = new Account(
                UUID.randomUUID().toString(), canonical, organisation, role, passwordHash != null, 0, null, null, now);
        update("INSERT INTO account (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, NULL, 0, NULL, NULL, ?)", statement -> {
            statement.setString(1, account.id());
            statement.setString(2, canonical);
            statement.setString(3, organisation.kind().token());
            statement.setString(4, organisation.code());
            statement.setString(5, role.token());
            statement.setString(6, passwordHash);
            statement.setLong(7, now.toEpochMilli());
        });
        return account;
    }

    /** Replaces an account's password and lifts any lock; false when there is no such account. */
    public boolean setPassword(String email, String passwordHash) {
        return update(
                        "UPDATE account SET password_hash = ?, failed_sign_ins = 0, locked_until = NULL WHERE email = ?",
                        statement -> {
                            statement.setString(1, passwordHash);
                            statement.setString(2, canonicalEmail(email));
                        })
                == 1;
    }

    /**
     * Disables an account and ends its sessions at once, in one transaction; false when there is no such account or it
     * was disabled already.
     */
    public boolean disable(String email, Instant now) {
        return inTransaction(connection -> {
            Optional<Stored> stored = byEmail(connection, canonicalEmail(email));
            if (stored.isEmpty() || stored.get().account().isDisabled()) {
                return false;
            }
            try (PreparedStatement statement =
                    connection.prepareStatement("UPDATE account SET disabled_at = ? WHERE id = ?")) {
                statement.setLong(1, now.toEpochMilli());
                statement.setString(2, stored.get().account().id());
                statement.executeUpdate();
            }
            try (PreparedStatement statement =
                    connection.prepareStatement("DELETE FROM web_session WHERE account_id = ?")) {
                statement.setString(1, stored.get().account().id());
                statement.executeUpdate();
            }
            return true;
        });
    }

    /** Links an account to its subject at the identity provider ({@code issuer} and {@code sub}). */
    public boolean linkOidcSubject(String email, String subject) {
        return update("UPDATE account SET oidc_subject = ? WHERE email = ?", statement -> {
                    statement.setString(1, subject);
                    statement.setString(2, canonicalEmail(email));
                })
                == 1;
    }

    public List<Account> list() {
        return query("SELECT " + COLUMNS + " FROM account ORDER BY organisation_code, email", statement -> {}).stream()
                .map(Stored::account)
                .toList();
    }

    public Optional<Account> byId(String id) {
        return query("SELECT " + COLUMNS + " FROM account WHERE id = ?", statement -> statement.setString(1, id))
                .stream()
                .findFirst()
                .map(Stored::account);
    }

    Optional<Stored> byEmail(String email) {
        return inTransaction(connection -> byEmail(connection, canonicalEmail(email)));
    }

    Optional<Stored> byOidcSubject(String subject) {
        return query(
                        "SELECT " + COLUMNS + " FROM account WHERE oidc_subject = ?",
                        statement -> statement.setString(1, subject))
                .stream()
                .findFirst();
    }

    /**
     * Counts a failed sign-in; at {@code limit} failures in a row the account is locked until {@code lockedUntil}.
     *
     * @return true when this failure locked the account
     */
    boolean recordFailure(String id, int limit, Instant lockedUntil) {
        return inTransaction(connection -> {
            int failures;
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT failed_sign_ins FROM account WHERE id = ?")) {
                statement.setString(1, id);
                try (ResultSet result = statement.executeQuery()) {
                    if (!result.next()) {
                        return false;
                    }
                    failures = result.getInt(1) + 1;
                }
            }
            boolean locks = failures >= limit;
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE account SET failed_sign_ins = ?, locked_until = ? WHERE id = ?")) {
                statement.setInt(1, locks ? 0 : failures);
                if (locks) {
                    statement.setLong(2, lockedUntil.toEpochMilli());
                } else {
                    statement.setNull(2, Types.BIGINT);
                }
                statement.setString(3, id);
                statement.executeUpdate();
            }
            return locks;
        });
    }

    /** A successful sign-in starts the count of failures again. */
    void recordSuccess(String id) {
        update(
                "UPDATE account SET failed_sign_ins = 0, locked_until = NULL WHERE id = ?",
                statement -> statement.setString(1, id));
    }

    private Optional<Stored> byEmail(Connection connection, String email) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM account WHERE email = ?")) {
            statement.setString(1, email);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.of(stored(result)) : Optional.empty();
            }
        }
    }

    private Stored stored(ResultSet result) throws SQLException {
        String hash = result.getString("password_hash");
        Account account = new Account(
                result.getString("id"),
                result.getString("email"),
                Organisation.stored(
                        result.getString("organisation_kind"), result.getString("organisation_code"), reference),
                Role.of(result.getString("account_role")),
                hash != null,
                result.getInt("failed_sign_ins"),
                instant(result, "locked_until"),
                instant(result, "disabled_at"),
                Instant.ofEpochMilli(result.getLong("created_at")));
        return new Stored(account, hash, result.getString("oidc_subject"));
    }

    static Instant instant(ResultSet result, String column) throws SQLException {
        long millis = result.getLong(column);
        return result.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /** Sets a prepared statement's parameters. */
    interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    /** Work on one connection, in one transaction. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private List<Stored> query(String sql, Parameters parameters) {
        return inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                parameters.set(statement);
                List<Stored> found = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        found.add(stored(result));
                    }
                }
                return found;
            }
        });
    }

    private int update(String sql, Parameters parameters) {
        return inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                parameters.set(statement);
                return statement.executeUpdate();
            }
        });
    }

    <T> T inTransaction(Work<T> work) {
        return database.inTransaction(work);
    }
}

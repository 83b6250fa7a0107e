package org.sendacc.server.account;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Server-side sessions (docs/security.md, "Sessions"): the browser holds a random token; the database holds its hash,
 * the account and the session's form token. A session ends on sign-out, after {@link #IDLE} without a request, after
 * {@link #ABSOLUTE} in all, and at once when its account is disabled, from the server or from the command line.
 */
public final class Sessions {
    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration ABSOLUTE = Duration.ofHours(8);
    /** A session's last request is written at most this often, not on every request. */
    private static final Duration TOUCH = Duration.ofMinutes(1);

    private final AccountsDatabase database;
    private final Accounts accounts;

    public Sessions(AccountsDatabase database, Accounts accounts) {
        this.database = requireNonNull(database, "database is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
    }

    /** A new session: the token for the cookie (kept nowhere else) and the token its forms carry. */
    public record Started(String token, String csrfToken) {}

    /** A session found by its token: the account signed in and its forms' token. */
    public record Current(Account account, String csrfToken, String tokenHash) {}

    Started start(Account account, Instant now) {
        String token = Tokens.random();
        String csrf = Tokens.random();
        database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO web_session (token_hash, account_id, csrf_token, created_at, last_seen_at)"
                            + " VALUES (?, ?, ?, ?, ?)")) {
                statement.setString(1, Tokens.hash(token));
                statement.setString(2, account.id());
                statement.setString(3, csrf);
                statement.setLong(4, now.toEpochMilli());
                statement.setLong(5, now.toEpochMilli());
                return statement.executeUpdate();
            }
        });
        return new Started(token, csrf);
    }

    /** The live session a cookie's token names, if any: not expired, and its account neither disabled nor locked. */
    public Optional<Current> find(String token, Instant now) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Tokens.hash(token);
        record Row(String accountId, String csrf, Instant created, Instant lastSeen) {}
        Optional<Row> row = database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT account_id, csrf_token, created_at, last_seen_at FROM web_session WHERE token_hash = ?")) {
                statement.setString(1, hash);
                try (ResultSet result = statement.executeQuery()) {
                    if (!result.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Row(
                            result.getString(1),
                            result.getString(2),
                            Instant.ofEpochMilli(result.getLong(3)),
                            Instant.ofEpochMilli(result.getLong(4))));
                }
            }
        });
        if (row.isEmpty()) {
            return Optional.empty();
        }
        if (!now.isBefore(row.get().lastSeen().plus(IDLE))
                || !now.isBefore(row.get().created().plus(ABSOLUTE))) {
            end(token);
            return Optional.empty();
        }
        Optional<Account> account = accounts.byId(row.get().accountId());
        if (account.isEmpty() || account.get().isDisabled()) {
            end(token);
            return Optional.empty();
        }
        if (!now.isBefore(row.get().lastSeen().plus(TOUCH))) {
            database.inTransaction(connection -> {
                try (PreparedStatement statement =
                        connection.prepareStatement("UPDATE web_session SET last_seen_at = ? WHERE token_hash = ?")) {
                    statement.setLong(1, now.toEpochMilli());
                    statement.setString(2, hash);
                    return statement.executeUpdate();
                }
            });
        }
        return Optional.of(new Current(account.get(), row.get().csrf(), hash));
    }

    /** Ends the session a token names (sign-out); nothing when there is none. */
    public void end(String token) {
        if (token == null || token.isEmpty()) {
            return;
        }
        database.inTransaction(connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("DELETE FROM web_session WHERE token_hash = ?")) {
                statement.setString(1, Tokens.hash(token));
                return statement.executeUpdate();
            }
        });
    }

    /** Removes the sessions that have expired, so the table does not grow; returns how many. */
    public int purge(Instant now) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("DELETE FROM web_session WHERE last_seen_at <= ? OR created_at <= ?")) {
                statement.setLong(1, now.minus(IDLE).toEpochMilli());
                statement.setLong(2, now.minus(ABSOLUTE).toEpochMilli());
                return statement.executeUpdate();
            }
        });
    }
}

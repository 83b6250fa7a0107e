package org.sendacc.server.account;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The audit log (docs/security.md, "Audit"): every sign-in, failed sign-in, sign-out, lock, upload, acceptance,
 * refusal and view of restricted figures, with who, when, what and from where. It lives in the accounts database; no
 * web route reads it; {@code ./sendacc audit} prints it. It never holds a password, a token or a file's content.
 */
public final class AuditLog {
    private final AccountsDatabase database;

    public AuditLog(AccountsDatabase database) {
        this.database = requireNonNull(database, "database is null");
    }

    /** What happened. */
    public enum Event {
        SIGN_IN("sign_in"),
        SIGN_IN_FAILED("sign_in_failed"),
        ACCOUNT_LOCKED("account_locked"),
        SIGN_OUT("sign_out"),
        RESTRICTED_VIEW("restricted_view"),
        ACCESS_DENIED("access_denied"),
        UPLOAD_ACCEPTED("upload_accepted"),
        UPLOAD_REJECTED("upload_rejected"),
        ACCOUNT_ADDED("account_added"),
        ACCOUNT_DISABLED("account_disabled"),
        PASSWORD_SET("password_set");

        private final String token;

        Event(String token) {
            this.token = token;
        }

        public String token() {
            return token;
        }
    }

    /**
     * One entry.
     *
     * @param actor the account's address, or what was typed as one on a failed sign-in (only when it has an address's
     *     shape), or {@code "administrator"} for a command
     * @param organisation the actor's organisation's code, or null when unknown
     * @param clientAddress the client as the server saw it (docs/security.md, "Limits"), or null for a command
     */
    public record Entry(
            Instant at, String event, String actor, String organisation, String clientAddress, String detail) {}

    public void record(
            Event event, String actor, String organisation, String clientAddress, String detail, Instant at) {
        database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO audit_event (at, event, actor, organisation, client_address, detail)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                statement.setLong(1, at.toEpochMilli());
                statement.setString(2, event.token());
                statement.setString(3, truncate(actor, 254));
                statement.setString(4, organisation);
                statement.setString(5, clientAddress == null ? null : truncate(clientAddress, 64));
                statement.setString(6, truncate(detail, 2000));
                return statement.executeUpdate();
            }
        });
    }

    /** The entries at or after {@code since}, oldest first, at most {@code limit} of the latest. */
    public List<Entry> since(Instant since, int limit) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT at, event, actor, organisation, client_address, detail FROM audit_event WHERE at >= ?"
                            + " ORDER BY seq DESC LIMIT ?")) {
                statement.setLong(1, since.toEpochMilli());
                statement.setInt(2, limit);
                List<Entry> entries = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        entries.add(new Entry(
                                Instant.ofEpochMilli(result.getLong(1)),
                                result.getString(2),
                                result.getString(3),
                                result.getString(4),
                                result.getString(5),
                                result.getString(6)));
                    }
                }
                Collections.reverse(entries);
                return entries;
            }
        });
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}

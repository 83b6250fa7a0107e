package org.sendacc.server.account;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The returns partners sent and the server accepted: where each went, its checksum, who and when. */
public final class Submissions {
    private final AccountsDatabase database;

    public Submissions(AccountsDatabase database) {
        this.database = requireNonNull(database, "database is null");
    }

    /** One accepted return. */
    public record Submission(
            String accountEmail,
            String organisationCode,
            String returnName,
            String storedName,
            String sha256,
            long bytes,
            long dataRows,
            Instant receivedAt) {}

    public void add(
            Account account,
            String returnName,
            String storedName,
            String sha256,
            long bytes,
            long dataRows,
            Instant at) {
        database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO submission (id, account_id, organisation_code, return_name, stored_name, sha256,"
                            + " bytes, data_rows, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, UUID.randomUUID().toString());
                statement.setString(2, account.id());
                statement.setString(3, account.organisation().code());
                statement.setString(4, returnName);
                statement.setString(5, storedName);
                statement.setString(6, sha256);
                statement.setLong(7, bytes);
                statement.setLong(8, dataRows);
                statement.setLong(9, at.toEpochMilli());
                return statement.executeUpdate();
            }
        });
    }

    /** An organisation's accepted returns, latest first, at most {@code limit}. */
    public List<Submission> of(String organisationCode, int limit) {
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT a.email, s.organisation_code, s.return_name, s.stored_name, s.sha256, s.bytes,"
                            + " s.data_rows, s.received_at FROM submission s JOIN account a ON a.id = s.account_id"
                            + " WHERE s.organisation_code = ? ORDER BY s.received_at DESC LIMIT ?")) {
                statement.setString(1, organisationCode);
                statement.setInt(2, limit);
                List<Submission> found = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        found.add(new Submission(
                                result.getString(1),
                                result.getString(2),
                                result.getString(3),
                                result.getString(4),
                                result.getString(5),
                                result.getLong(6),
                                result.getLong(7),
                                Instant.ofEpochMilli(result.getLong(8))));
                    }
                }
                return found;
            }
        });
    }
}

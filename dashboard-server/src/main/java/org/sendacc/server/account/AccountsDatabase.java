package org.sendacc.server.account;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The partners' accounts database (docs/security.md, "Accounts"): a SQLite file by default, or PostgreSQL when the
 * deployment gives a {@code jdbc:postgresql:} URL. Opening it brings its schema up to date with the versioned
 * migrations in {@code db/accounts} (Flyway: {@code common/}, and the one table whose key cannot be portable SQL in
 * {@code sqlite/} or {@code postgresql/}). The server and the {@code users} and {@code audit} commands open the same
 * database: SQLite's file locks let the command add or disable an account while the server runs.
 */
public final class AccountsDatabase implements AutoCloseable {
    /** The file the server and the commands use when nothing else is configured, inside the warehouse's own folder. */
    public static final String DEFAULT_FILE = "private/accounts.sqlite";
    /** Where the deployment's PostgreSQL user and password are read from, when the location is a PostgreSQL URL. */
    public static final String USER_VARIABLE = "SENDACC_ACCOUNTS_USER";

    public static final String PASSWORD_VARIABLE = "SENDACC_ACCOUNTS_PASSWORD";

    private final HikariDataSource pool;
    private final String description;

    private AccountsDatabase(HikariDataSource pool, String description) {
        this.pool = pool;
        this.description = description;
    }

    /**
     * Opens the database at {@code location}: a {@code jdbc:} URL, or else the path of a SQLite file (created, with
     * its folder, readable by this user only). Migrates it to the latest schema.
     */
    public static AccountsDatabase open(String location) {
        requireNonNull(location, "location is null");
        HikariConfig config = new HikariConfig();
        config.setPoolName("accounts");
        config.setMaximumPoolSize(4);
        String description;
        String vendor;
        if (location.startsWith("jdbc:postgresql:")) {
            vendor = "postgresql";
            config.setJdbcUrl(location);
            config.setUsername(System.getenv(USER_VARIABLE));
            config.setPassword(System.getenv(PASSWORD_VARIABLE));
            description = "PostgreSQL " + location.replaceFirst("\\?.*", "");
        } else if (location.startsWith("jdbc:")) {
            throw new IllegalArgumentException(
                    "the accounts database is a SQLite file or a jdbc:postgresql: URL, not " + location);
        } else {
            vendor = "sqlite";
            Path file = Path.of(location).toAbsolutePath();
            config.setDataSource(sqlite(file));
            description = "SQLite " + file;
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new AccountsException(
                    "the accounts database (" + description + ") cannot be opened: " + rootMessage(e), e);
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/accounts/common", "classpath:db/accounts/" + vendor)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new AccountsException(
                    "the accounts database (" + description + ") cannot be brought up to date: " + rootMessage(e), e);
        }
        return new AccountsDatabase(pool, description);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The default database of a warehouse: {@link #DEFAULT_FILE} inside it. */
    public static String defaultLocation(Path warehouse) {
        return warehouse.resolve(DEFAULT_FILE).toString();
    }

    private static DataSource sqlite(Path file) {
        try {
            Path folder = file.getParent();
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                restrictToOwner(folder, "rwx------");
            }
            if (!Files.exists(file)) {
                Files.createFile(file);
                restrictToOwner(file, "rw-------");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the accounts database " + file, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        // the server and a command may write at once: wait for the other's lock rather than fail
        config.setBusyTimeout(10_000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        return source;
    }

    private static void restrictToOwner(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    /** Runs work on one connection in one transaction, committed when it returns and rolled back when it throws. */
    <T> T inTransaction(Accounts.Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new AccountsException("the accounts database (" + description + ") failed: " + e.getMessage(), e);
        }
    }

    /** Which database this is, for the server's start-up lines: never a password. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        pool.close();
    }
}

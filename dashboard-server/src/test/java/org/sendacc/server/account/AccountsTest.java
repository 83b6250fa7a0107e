package org.sendacc.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.reference.ReferenceData;

/** The accounts database, sign-in, lock-out, sessions and audit, on a real SQLite file (and PostgreSQL, by a subclass). */
class AccountsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final ReferenceData REFERENCE = ReferenceData.bundled();
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path folder;

    private AccountsDatabase database;
    private Accounts accounts;
    private Sessions sessions;
    private AuditLog audit;
    private SignIn signIn;
    private final Passwords passwords = new Passwords();

    /** Where the database under test is: a SQLite file here; a PostgreSQL database in {@link PostgresAccountsTest}. */
    protected String location(Path folder) {
        return folder.resolve("private/accounts.sqlite").toString();
    }

    @BeforeEach
    void open() {
        database = AccountsDatabase.open(location(folder));
        accounts = new Accounts(database, REFERENCE);
        sessions = new Sessions(database, accounts);
        audit = new AuditLog(database);
        signIn = new SignIn(accounts, sessions, passwords, audit);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Account leeds() {
        return accounts.add(
                "Analyst@Leeds.gov.uk",
                Organisation.of("E08000035", REFERENCE).orElseThrow(),
                Role.SUBMITTER,
                passwords.hash(PASSWORD),
                NOW);
    }

    @Test
    void organisationsAreCurrentLasByGssCodeAndIcbsByOdsCode() {
        Organisation leeds = Organisation.of("e08000035", REFERENCE).orElseThrow();
        assertThat(leeds.kind()).isEqualTo(Organisation.Kind.LA);
        assertThat(leeds.name()).isEqualTo("Leeds");
        Organisation westYorkshire = Organisation.of("QWO", REFERENCE).orElseThrow();
        assertThat(westYorkshire.kind()).isEqualTo(Organisation.Kind.ICB);
        // its own area in the snapshot is the ICB footprint, by its E54 code
        assertThat(westYorkshire.areaCode()).isEqualTo("E54000054");
        // Bournemouth (E06000028) ceased in 2019; an E92 or a made-up code is no partner
        assertThat(Organisation.of("E06000028", REFERENCE)).isEmpty();
        assertThat(Organisation.of("E92000001", REFERENCE)).isEmpty();
        assertThat(Organisation.of("QZZ", REFERENCE)).isEmpty();
    }

    @Test
    void anAddressIsOneAccountWhateverItsCase() {
        Account account = leeds();
        assertThat(account.email()).isEqualTo("analyst@leeds.gov.uk");
        assertThatThrownBy(() -> accounts.add(
                        "ANALYST@leeds.gov.uk",
                        Organisation.of("QWO", REFERENCE).orElseThrow(),
                        Role.VIEWER,
                        null,
                        NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("analyst@leeds.gov.uk already has an account");
        assertThat(accounts.list()).extracting(Account::email).containsExactly("analyst@leeds.gov.uk");
    }

    @Test
    void theRightPasswordSignsInAndIsAudited() {
        leeds();
        SignIn.Outcome outcome = signIn.withPassword(" analyst@LEEDS.gov.uk", PASSWORD, "192.0.2.7", NOW);
        assertThat(outcome.account()).map(Account::email).contains("analyst@leeds.gov.uk");
        Sessions.Started started = outcome.session().orElseThrow();
        assertThat(sessions.find(started.token(), NOW.plusSeconds(60)))
                .map(current -> current.csrfToken())
                .contains(started.csrfToken());
        List<AuditLog.Entry> entries = audit.since(Instant.EPOCH, 10);
        assertThat(entries)
                .extracting(AuditLog.Entry::event, AuditLog.Entry::actor, AuditLog.Entry::clientAddress)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sign_in", "analyst@leeds.gov.uk", "192.0.2.7"));
        // the database keeps the session token's hash, not the token
        String kept = database.inTransaction(connection -> {
            try (var statement = connection.createStatement();
                    var result = statement.executeQuery("SELECT token_hash FROM web_session")) {
                result.next();
                return result.getString(1);
            }
        });
        assertThat(kept).hasSize(64).isNotEqualTo(started.token());
    }

    @Test
    void tenWrongPasswordsLockTheAccountForFifteenMinutes() {
        leeds();
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(signIn.withPassword("analyst@leeds.gov.uk", "wrong password " + attempt, "192.0.2.7", NOW)
                            .account())
                    .isEmpty();
        }
        // now even the right password is refused, until the lock ends
        assertThat(signIn.withPassword("analyst@leeds.gov.uk", PASSWORD, "192.0.2.7", NOW.plusSeconds(60))
                        .account())
                .isEmpty();
        assertThat(signIn.withPassword("analyst@leeds.gov.uk", PASSWORD, "192.0.2.7", NOW.plus(Duration.ofMinutes(14)))
                        .account())
                .isEmpty();
        assertThat(signIn.withPassword("analyst@leeds.gov.uk", PASSWORD, "192.0.2.7", NOW.plus(Duration.ofMinutes(15)))
                        .account())
                .isPresent();
        assertThat(audit.since(Instant.EPOCH, 100))
                .extracting(AuditLog.Entry::event)
                .containsSubsequence("sign_in_failed", "account_locked", "sign_in_failed", "sign_in")
                .filteredOn("account_locked"::equals)
                .hasSize(1);
    }

    @Test
    void nineWrongPasswordsThenTheRightOneStartTheCountAgain() {
        leeds();
        for (int attempt = 1; attempt <= 9; attempt++) {
            signIn.withPassword("analyst@leeds.gov.uk", "wrong password " + attempt, "192.0.2.7", NOW);
        }
        assertThat(signIn.withPassword("analyst@leeds.gov.uk", PASSWORD, "192.0.2.7", NOW)
                        .account())
                .isPresent();
        for (int attempt = 1; attempt <= 9; attempt++) {
            signIn.withPassword("analyst@leeds.gov.uk", "wrong password " + attempt, "192.0.2.7", NOW);
        }
        assertThat(signIn.withPassword("analyst@leeds.gov.uk", PASSWORD, "192.0.2.7", NOW)
                        .account())
                .isPresent();
    }

    @Test
    void anUnknownAddressAndAWrongPasswordAreRefusedAlikeAndNeitherPasswordIsKept() {
        leeds();
        assertThat(signIn.withPassword("nobody@leeds.gov.uk", PASSWORD, "192.0.2.7", NOW)
                        .account())
                .isEmpty();
        assertThat(signIn.withPassword("' OR 1=1 --", PASSWORD, "192.0.2.7", NOW)
                        .account())
                .isEmpty();
        List<AuditLog.Entry> entries = audit.since(Instant.EPOCH, 10);
        assertThat(entries)
                .extracting(AuditLog.Entry::actor)
                .containsExactly("nobody@leeds.gov.uk", "[not an email address]");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.toString()).doesNotContain(PASSWORD));
    }

    @Test
    void sessionsEndAfterHalfAnHourIdleOrEightHoursInAllOrOnSignOut() {
        Account account = leeds();
        Sessions.Started idle = sessions.start(account, NOW);
        assertThat(sessions.find(idle.token(), NOW.plus(Duration.ofMinutes(29))))
                .isPresent();
        // the request at 29 minutes renewed it
        assertThat(sessions.find(idle.token(), NOW.plus(Duration.ofMinutes(58))))
                .isPresent();
        assertThat(sessions.find(idle.token(), NOW.plus(Duration.ofMinutes(89))))
                .isEmpty();

        Sessions.Started busy = sessions.start(account, NOW);
        for (int minutes = 20; minutes < 8 * 60; minutes += 20) {
            assertThat(sessions.find(busy.token(), NOW.plus(Duration.ofMinutes(minutes))))
                    .isPresent();
        }
        assertThat(sessions.find(busy.token(), NOW.plus(Duration.ofHours(8)))).isEmpty();

        Sessions.Started signedOut = sessions.start(account, NOW);
        sessions.end(signedOut.token());
        assertThat(sessions.find(signedOut.token(), NOW)).isEmpty();
        assertThat(sessions.find("not-a-token", NOW)).isEmpty();
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndItsSignIn() {
        Account account = leeds();
        Sessions.Started started = sessions.start(account, NOW);
        assertThat(accounts.disable("analyst@leeds.gov.uk", NOW)).isTrue();
        assertThat(sessions.find(started.token(), NOW)).isEmpty();
        assertThat(signIn.withPassword("analyst@leeds.gov.uk", PASSWORD, "192.0.2.7", NOW)
                        .account())
                .isEmpty();
        assertThat(accounts.disable("analyst@leeds.gov.uk", NOW)).isFalse();
    }

    @Test
    void passwordsAreArgon2idAndShortOnesAreRefused() {
        String hash = passwords.hash(PASSWORD);
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(passwords.matches(PASSWORD, hash)).isTrue();
        assertThat(passwords.matches(PASSWORD + " ", hash)).isFalse();
        assertThat(passwords.hash(PASSWORD)).isNotEqualTo(hash);
        assertThatThrownBy(() -> passwords.hash("short")).hasMessage("a password needs at least 12 characters");
        assertThat(passwords.generate()).hasSize(20).doesNotContain("0", "O", "1", "l", "I");
    }
}

package org.sendacc.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.reference.ReferenceData;

/** {@code ./sendacc users} and {@code ./sendacc audit}, as an administrator types them. */
class AccountsCommandTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @TempDir
    Path warehouse;

    private record Run(int status, String out, String err) {}

    private Run run(String stdin, String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = AccountsCommand.run(
                arguments,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                NOW);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anAdministratorAddsListsAndDisablesAccounts() {
        String dir = warehouse.toString();
        Run added = run(
                "",
                "users",
                "add",
                "lead@westyorkshire.nhs.uk",
                "--organisation",
                "QWO",
                "--role",
                "viewer",
                "--warehouse",
                dir);
        assertThat(added.status()).isZero();
        assertThat(added.out())
                .startsWith(
                        "added lead@westyorkshire.nhs.uk: viewer of NHS West Yorkshire Integrated Care Board (ICB QWO)");
        Matcher password =
                Pattern.compile("password \\(shown once\\): (\\S{20})").matcher(added.out());
        assertThat(password.find()).isTrue();

        // the printed password signs in
        try (AccountsDatabase database = AccountsDatabase.open(AccountsDatabase.defaultLocation(warehouse))) {
            Accounts accounts = new Accounts(database, ReferenceData.bundled());
            SignIn signIn =
                    new SignIn(accounts, new Sessions(database, accounts), new Passwords(), new AuditLog(database));
            assertThat(signIn.withPassword("lead@westyorkshire.nhs.uk", password.group(1), "::1", NOW)
                            .account())
                    .isPresent();
        }

        Run fromStdin = run(
                "a long enough password\n",
                "users",
                "add",
                "ep@leeds.gov.uk",
                "--organisation",
                "E08000035",
                "--role",
                "submitter",
                "--password-stdin",
                "--warehouse",
                dir);
        assertThat(fromStdin.status()).isZero();
        assertThat(fromStdin.out()).doesNotContain("password");

        Run listed = run("", "users", "list", "--warehouse", dir);
        assertThat(listed.out().lines())
                .containsExactly(
                        "email\torganisation\trole\tsign-in\tstatus",
                        "ep@leeds.gov.uk\tLeeds (LA E08000035)\tsubmitter\tpassword\tactive",
                        "lead@westyorkshire.nhs.uk\tNHS West Yorkshire Integrated Care Board (ICB QWO)\tviewer\tpassword\tactive");

        assertThat(run("", "users", "disable", "EP@leeds.gov.uk", "--warehouse", dir)
                        .status())
                .isZero();
        assertThat(run("", "users", "list", "--warehouse", dir).out())
                .contains("ep@leeds.gov.uk\tLeeds (LA E08000035)\tsubmitter\tpassword\tdisabled 2026-12-07T10:00:00Z");

        Run audit = run("", "audit", "--warehouse", dir);
        assertThat(audit.out().lines().skip(1).map(line -> line.split("\t")[1]))
                .containsExactly("account_added", "sign_in", "account_added", "account_disabled");
        assertThat(audit.out()).doesNotContain(password.group(1), "a long enough password");
    }

    @Test
    void wrongCommandLinesSayWhatIsWrong() {
        String dir = warehouse.toString();
        Run unknownOrganisation = run(
                "",
                "users",
                "add",
                "x@example.org",
                "--organisation",
                "E06000028",
                "--role",
                "viewer",
                "--warehouse",
                dir);
        assertThat(unknownOrganisation.status()).isEqualTo(2);
        assertThat(unknownOrganisation.err())
                .contains("E06000028 is neither a current LA's GSS code nor an ICB's ODS code");
        Run badRole = run(
                "", "users", "add", "x@example.org", "--organisation", "QWO", "--role", "admin", "--warehouse", dir);
        assertThat(badRole.err()).contains("not a role: admin (submitter or viewer)");
        Run shortPassword = run(
                "short\n",
                "users",
                "add",
                "x@example.org",
                "--organisation",
                "QWO",
                "--role",
                "viewer",
                "--password-stdin",
                "--warehouse",
                dir);
        assertThat(shortPassword.status()).isEqualTo(2);
        assertThat(shortPassword.err())
                .contains("a password needs at least 12 characters")
                .doesNotContain("short\n");
        assertThat(run("", "users", "disable", "nobody@example.org", "--warehouse", dir)
                        .err())
                .contains("nobody@example.org has no account, or it is disabled already");
        assertThat(run("", "users", "list").err()).contains("--accounts LOCATION or --warehouse DIR is required");
    }

    @Test
    void theDatabaseFileIsTheOwnersOnly() throws Exception {
        run("", "users", "list", "--warehouse", warehouse.toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(warehouse.resolve("private"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(warehouse.resolve("private/accounts.sqlite"))))
                .isEqualTo("rw-------");
    }
}

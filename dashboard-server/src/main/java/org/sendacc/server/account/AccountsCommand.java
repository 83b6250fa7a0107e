package org.sendacc.server.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendacc.reference.ReferenceData;

/**
 * {@code ./sendacc users add|disable|password|list} and {@code ./sendacc audit}: an administrator's commands on the
 * partners' accounts and the audit log, run on the server's machine (docs/security.md, "Accounts"). Each change is
 * audited as the administrator's.
 */
public final class AccountsCommand {
    static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: sendacc users add EMAIL --organisation CODE --role submitter|viewer [--password-stdin | --oidc-only]",
            "       sendacc users disable EMAIL",
            "       sendacc users password EMAIL [--password-stdin]",
            "       sendacc users list",
            "       sendacc audit [--since YYYY-MM-DD] [--limit N]",
            "",
            "Manages the partners' accounts: each belongs to one organisation, an LA by its GSS code (E08000035) or an",
            "ICB by its ODS code (QWO), as a submitter (sends local returns, sees its own unsuppressed figures) or a",
            "viewer (sees them). Without --password-stdin a password is made and printed once; --oidc-only makes an",
            "account that signs in only through the configured identity provider. disable ends the account's sessions",
            "at once. audit prints the audit log, oldest first (no web route serves it).",
            "",
            "Every command takes --accounts LOCATION (a SQLite file, or a jdbc:postgresql: URL with the user and",
            "password in SENDACC_ACCOUNTS_USER and SENDACC_ACCOUNTS_PASSWORD) or --warehouse DIR (its",
            "private/accounts.sqlite, the server's default).");

    private AccountsCommand() {}

    public static void main(String[] arguments) {
        int status = run(arguments, System.in, System.out, System.err, Instant.now());
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs a command; returns 0 on success, 1 when the database refused, 2 for a wrong command line. */
    static int run(String[] arguments, InputStream in, PrintStream out, PrintStream err, Instant now) {
        List<String> words = new ArrayList<>(List.of(arguments));
        if (words.isEmpty() || words.contains("--help") || words.contains("-h")) {
            out.println(USAGE);
            return words.isEmpty() ? 2 : 0;
        }
        String command = words.remove(0);
        try {
            String location = location(words);
            try (AccountsDatabase database = AccountsDatabase.open(location)) {
                ReferenceData reference = ReferenceData.bundled();
                Accounts accounts = new Accounts(database, reference);
                AuditLog audit = new AuditLog(database);
                return switch (command) {
                    case "users" -> users(words, accounts, audit, reference, in, out, now);
                    case "audit" -> audit(words, audit, out);
                    default -> throw new IllegalArgumentException("unknown command " + command + " (users or audit)");
                };
            }
        } catch (IllegalArgumentException e) {
            err.println("sendacc: " + e.getMessage() + " (see --help)");
            return 2;
        } catch (AccountsException e) {
            err.println("sendacc: " + e.getMessage());
            return 1;
        }
    }

    private static int users(
            List<String> words,
            Accounts accounts,
            AuditLog audit,
            ReferenceData reference,
            InputStream in,
            PrintStream out,
            Instant now) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("users needs add, disable, password or list");
        }
        String action = words.remove(0);
        Passwords passwords = new Passwords();
        switch (action) {
            case "add" -> {
                String email = email(words);
                String code = option(words, "--organisation")
                        .orElseThrow(() -> new IllegalArgumentException("users add needs --organisation CODE"));
                Organisation organisation = Organisation.of(code, reference)
                        .orElseThrow(() -> new IllegalArgumentException(
                                code + " is neither a current LA's GSS code nor an ICB's ODS code"));
                Role role = Role.of(option(words, "--role")
                        .orElseThrow(() -> new IllegalArgumentException("users add needs --role submitter|viewer")));
                boolean oidcOnly = flag(words, "--oidc-only");
                boolean fromStdin = flag(words, "--password-stdin");
                noMore(words);
                String password = oidcOnly ? null : fromStdin ? readPassword(in) : passwords.generate();
                Account account = accounts.add(
                        email, organisation, role, password == null ? null : passwords.hash(password), now);
                audit.record(
                        AuditLog.Event.ACCOUNT_ADDED,
                        "administrator",
                        organisation.code(),
                        null,
                        account.email() + " as " + role.token() + " of " + organisation.label(),
                        now);
                out.println("added " + account.email() + ": " + role.token() + " of " + organisation.label());
                if (password != null && !fromStdin) {
                    out.println("password (shown once): " + password);
                }
                return 0;
            }
            case "disable" -> {
                String email = email(words);
                noMore(words);
                if (!accounts.disable(email, now)) {
                    throw new IllegalArgumentException(email + " has no account, or it is disabled already");
                }
                audit.record(
                        AuditLog.Event.ACCOUNT_DISABLED,
                        "administrator",
                        null,
                        null,
                        Accounts.canonicalEmail(email) + " disabled; its sessions ended",
                        now);
                out.println("disabled " + Accounts.canonicalEmail(email) + "; its sessions have ended");
                return 0;
            }
            case "password" -> {
                String email = email(words);
                boolean fromStdin = flag(words, "--password-stdin");
                noMore(words);
                String password = fromStdin ? readPassword(in) : passwords.generate();
                if (!accounts.setPassword(email, passwords.hash(password))) {
                    throw new IllegalArgumentException(email + " has no account");
                }
                audit.record(
                        AuditLog.Event.PASSWORD_SET,
                        "administrator",
                        null,
                        null,
                        Accounts.canonicalEmail(email) + ": password set, lock lifted",
                        now);
                out.println("password set for " + Accounts.canonicalEmail(email));
                if (!fromStdin) {
                    out.println("password (shown once): " + password);
                }
                return 0;
            }
            case "list" -> {
                noMore(words);
                out.println("email\torganisation\trole\tsign-in\tstatus");
                for (Account account : accounts.list()) {
                    String status = account.isDisabled()
                            ? "disabled " + account.disabledAt()
                            : account.isLockedAt(now) ? "locked until " + account.lockedUntil() : "active";
                    out.println(String.join(
                            "\t",
                            account.email(),
                            account.organisation().label(),
                            account.role().token(),
                            account.hasPassword() ? "password" : "identity provider",
                            status));
                }
                return 0;
            }
            default -> throw new IllegalArgumentException("unknown users command " + action);
        }
    }

    private static int audit(List<String> words, AuditLog audit, PrintStream out) {
        Instant since = option(words, "--since").map(AccountsCommand::date).orElse(Instant.EPOCH);
        int limit = option(words, "--limit").map(AccountsCommand::count).orElse(1000);
        noMore(words);
        out.println("at\tevent\tactor\torganisation\tclient\tdetail");
        for (AuditLog.Entry entry : audit.since(since, limit)) {
            out.println(String.join(
                    "\t",
                    entry.at().toString(),
                    entry.event(),
                    entry.actor(),
                    entry.organisation() == null ? "" : entry.organisation(),
                    entry.clientAddress() == null ? "" : entry.clientAddress(),
                    entry.detail()));
        }
        return 0;
    }

    private static String location(List<String> words) {
        Optional<String> accounts = option(words, "--accounts");
        Optional<String> warehouse = option(words, "--warehouse");
        if (accounts.isPresent() && warehouse.isPresent()) {
            throw new IllegalArgumentException("give --accounts or --warehouse, not both");
        }
        return accounts.orElseGet(() -> AccountsDatabase.defaultLocation(Path.of(warehouse.orElseThrow(
                () -> new IllegalArgumentException("--accounts LOCATION or --warehouse DIR is required")))));
    }

    private static String email(List<String> words) {
        if (words.isEmpty() || words.get(0).startsWith("--")) {
            throw new IllegalArgumentException("an email address is required");
        }
        String email = words.remove(0);
        if (!Accounts.isEmail(Accounts.canonicalEmail(email))) {
            throw new IllegalArgumentException("not an email address: " + email);
        }
        return email;
    }

    private static Optional<String> option(List<String> words, String name) {
        int index = words.indexOf(name);
        if (index < 0) {
            return Optional.empty();
        }
        if (index + 1 >= words.size() || words.get(index + 1).startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        String value = words.get(index + 1);
        words.subList(index, index + 2).clear();
        return Optional.of(value);
    }

    private static boolean flag(List<String> words, String name) {
        return words.remove(name);
    }

    private static void noMore(List<String> words) {
        if (!words.isEmpty()) {
            throw new IllegalArgumentException("unexpected " + String.join(" ", words));
        }
    }

    private static Instant date(String text) {
        try {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--since " + text + " is not a date (YYYY-MM-DD)");
        }
    }

    private static int count(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--limit " + text + " is not a positive whole number");
    }

    private static String readPassword(InputStream in) {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalArgumentException("--password-stdin: no password on standard input");
            }
            return line;
        } catch (IOException e) {
            throw new IllegalArgumentException("--password-stdin: cannot read standard input: " + e.getMessage());
        }
    }
}

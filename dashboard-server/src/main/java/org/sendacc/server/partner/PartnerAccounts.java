package org.sendacc.server.partner;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sendacc.reference.ReferenceData;
import org.sendacc.server.account.Accounts;
import org.sendacc.server.account.AccountsDatabase;
import org.sendacc.server.account.AuditLog;
import org.sendacc.server.account.Passwords;
import org.sendacc.server.account.Sessions;
import org.sendacc.server.account.SignIn;
import org.sendacc.server.account.Submissions;

/** Everything the signed-in routes use of the accounts database, opened once with the server and closed with it. */
public final class PartnerAccounts implements AutoCloseable {
    private final AccountsDatabase database;
    private final Accounts accounts;
    private final Sessions sessions;
    private final AuditLog audit;
    private final Passwords passwords;
    private final SignIn signIn;
    private final Submissions submissions;
    private final Clock clock;

    public PartnerAccounts(AccountsDatabase database, ReferenceData reference, Clock clock) {
        this.database = requireNonNull(database, "database is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.accounts = new Accounts(database, reference);
        this.sessions = new Sessions(database, accounts);
        this.audit = new AuditLog(database);
        this.passwords = new Passwords();
        this.signIn = new SignIn(accounts, sessions, passwords, audit);
        this.submissions = new Submissions(database);
    }

    /**
     * The accounts once opened (on their own thread, at start), or the failure to open them: a database that cannot be
     * opened or migrated is an {@link AccountsException} naming it, for the server's log and start-up lines only.
     */
    public static PartnerAccounts opened(CompletableFuture<PartnerAccounts> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** Makes what the first sign-in would otherwise make (the decoy hash); for after the start, off its path. */
    public void prepare() {
        passwords.prepare();
    }

    public String description() {
        return database.description();
    }

    Accounts accounts() {
        return accounts;
    }

    Sessions sessions() {
        return sessions;
    }

    AuditLog audit() {
        return audit;
    }

    SignIn signIn() {
        return signIn;
    }

    Submissions submissions() {
        return submissions;
    }

    Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        database.close();
    }
}

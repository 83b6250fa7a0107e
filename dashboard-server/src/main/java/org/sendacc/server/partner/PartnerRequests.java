package org.sendacc.server.partner;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;
import org.sendacc.server.account.Account;
import org.sendacc.server.account.AuditLog;
import org.sendacc.server.account.Sessions;
import org.sendacc.server.account.Tokens;
import org.sendacc.server.http.ClientAddress;
import org.sendacc.server.page.PageFrame;
import org.sendacc.server.page.PageRenderer;
import org.sendacc.server.snapshot.SnapshotStore;

/** What every signed-in route does with a request: find its session, check its form token, audit, render. */
final class PartnerRequests {
    /** The form field that carries a form's token. */
    static final String CSRF_FIELD = "csrf";

    private final Optional<CompletableFuture<PartnerAccounts>> accounts;
    private final SnapshotStore store;
    private final PageRenderer renderer;
    private final ClientAddress clients;

    PartnerRequests(
            Optional<CompletableFuture<PartnerAccounts>> accounts,
            SnapshotStore store,
            PageRenderer renderer,
            ClientAddress clients) {
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.store = requireNonNull(store, "store is null");
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.clients = requireNonNull(clients, "clients is null");
    }

    /** The accounts, or 404 on a server that has none; every partner answer is no-store from here on. */
    PartnerAccounts configured(Context context) {
        context.header("Cache-Control", "no-store");
        CompletableFuture<PartnerAccounts> opening = accounts.orElseThrow(() -> new DashboardException(
                ErrorCategory.NOT_FOUND, "Partners cannot sign in to this server: it has no accounts database"));
        try {
            return PartnerAccounts.opened(opening);
        } catch (RuntimeException e) {
            // the server's start said why, with the database's name; the answer names nothing of the server
            throw new DashboardException(
                    ErrorCategory.UNAVAILABLE,
                    "Partners cannot sign in just now: the accounts database is not open",
                    e);
        }
    }

    Optional<Sessions.Current> current(Context context, PartnerAccounts partners) {
        return partners.sessions().find(SessionCookie.read(context, SessionCookie.SESSION), now(partners));
    }

    /** The session, or 401 for a request without one. */
    Sessions.Current signedIn(Context context, PartnerAccounts partners) {
        return current(context, partners)
                .orElseThrow(() -> new DashboardException(
                        ErrorCategory.UNAUTHORIZED, "Sign in first: this page is for signed-in partners only"));
    }

    /** 403 unless the form carries the session's own token. */
    static void requireFormToken(String expected, String given) {
        requireFormToken(expected, given, "This form has expired or did not come from this site: open the page again");
    }

    /** The same, refused with this message. */
    static void requireFormToken(String expected, String given, String refusal) {
        if (!Tokens.same(expected, given)) {
            throw new DashboardException(ErrorCategory.FORBIDDEN, refusal);
        }
    }

    /** A code the request named, as the audit log keeps it: at most 12 characters (no code is longer). */
    static String named(String code) {
        return code.length() <= 12 ? code : code.substring(0, 12);
    }

    ClientAddress.Seen client(Context context) {
        return clients.seen(context.req());
    }

    /** Writes an audit entry for the signed-in account. */
    void audit(Context context, PartnerAccounts partners, Account account, AuditLog.Event event, String detail) {
        partners.audit()
                .record(
                        event,
                        account.email(),
                        account.organisation().code(),
                        client(context).text(),
                        detail,
                        now(partners));
    }

    /** A page's model with what the layout needs, and no snapshot line. */
    Map<String, Object> frame(String title) {
        return PageFrame.of(store.loaded(), title, false, null);
    }

    void render(Context context, int status, String template, Map<String, Object> model) {
        context.status(status).contentType("text/html; charset=utf-8").result(renderer.render(template, model));
    }

    static Instant now(PartnerAccounts partners) {
        return partners.clock().instant();
    }
}

package org.sendacc.server.partner;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;
import org.sendacc.server.account.Account;
import org.sendacc.server.account.AuditLog;
import org.sendacc.server.account.Sessions;
import org.sendacc.server.account.SignIn;
import org.sendacc.server.account.Tokens;
import org.sendacc.server.http.ClientAddress;
import org.sendacc.server.page.Display;
import org.sendacc.server.page.PageFrame;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.RestrictedFigures;
import org.sendacc.server.snapshot.Snapshot;
import org.sendacc.server.snapshot.SnapshotStore;

/**
 * The signed-in part of the server (docs/security.md, "Accounts"): sign-in and sign-out, and a partner's own
 * unsuppressed figures. Every answer here is {@code Cache-Control: no-store}; every form carries a token that the
 * server checks; every view of restricted figures, and every refusal, is audited.
 */
public final class PartnerController {
    public static final String SIGN_IN = "/sign-in";
    public static final String SIGN_OUT = "/sign-out";
    public static final String PARTNER = "/partner";
    public static final String OIDC_START = "/sign-in/oidc";
    public static final String OIDC_CALLBACK = "/sign-in/oidc/callback";
    /** The cookie that binds a sign-in at the identity provider to the browser that started it. */
    static final String OIDC_STATE = "sendacc_oidc_state";

    private final PartnerRequests requests;
    private final SnapshotStore store;
    private final RestrictedFigures restricted;
    private final Optional<OidcSignIn> oidc;

    PartnerController(
            PartnerRequests requests, SnapshotStore store, RestrictedFigures restricted, Optional<OidcSignIn> oidc) {
        this.requests = requireNonNull(requests, "requests is null");
        this.oidc = requireNonNull(oidc, "oidc is null");
        this.store = requireNonNull(store, "store is null");
        this.restricted = requireNonNull(restricted, "restricted is null");
    }

    /** True for the paths of this controller, which answer as pages. */
    public static boolean isPartnerPath(String path) {
        return path.equals(SIGN_IN)
                || path.startsWith(SIGN_IN + "/")
                || path.equals(SIGN_OUT)
                || path.equals(PARTNER)
                || path.startsWith(PARTNER + "/")
                || path.equals(ReturnsController.RETURNS);
    }

    /** {@code GET /sign-in}: the form, with a new form token in a cookie and in the form. */
    public void signInPage(Context context) {
        PartnerAccounts partners = requests.configured(context);
        if (requests.current(context, partners).isPresent()) {
            context.redirect(PARTNER, HttpStatus.SEE_OTHER);
            return;
        }
        renderSignIn(context, 200, null, "");
    }

    /** {@code POST /sign-in}: checks the form's token, then the password; a session on success. */
    public void signIn(Context context) {
        PartnerAccounts partners = requests.configured(context);
        ClientAddress.Seen client = requests.client(context);
        PartnerRequests.requireFormToken(
                SessionCookie.read(context, SessionCookie.SIGN_IN_FORM),
                context.formParam(PartnerRequests.CSRF_FIELD),
                "This sign-in form has expired or did not come from this site: open the sign-in page again");
        String email = Optional.ofNullable(context.formParam("email")).orElse("");
        String password = Optional.ofNullable(context.formParam("password")).orElse("");
        SignIn.Outcome outcome =
                partners.signIn().withPassword(email, password, client.text(), PartnerRequests.now(partners));
        if (outcome.session().isEmpty()) {
            renderSignIn(context, 401, SignIn.REFUSED, email.length() <= 254 ? email.strip() : "");
            return;
        }
        SessionCookie.clear(context, client, SessionCookie.SIGN_IN_FORM);
        SessionCookie.set(
                context, client, SessionCookie.SESSION, outcome.session().get().token());
        context.redirect(PARTNER, HttpStatus.SEE_OTHER);
    }

    /** {@code GET /sign-in/oidc}: to the identity provider, with a state bound to this browser. */
    public void oidcStart(Context context) {
        requests.configured(context);
        OidcSignIn provider = provider();
        OidcSignIn.Started started;
        try {
            started = provider.begin();
        } catch (OidcSignIn.Refused e) {
            throw new DashboardException(
                    ErrorCategory.UNAVAILABLE,
                    "Sign-in through " + provider.providerName() + " is not available: " + e.getMessage());
        }
        // Lax, not Strict: the provider's redirect back is a navigation from another site, which must carry it
        SessionCookie.setLax(context, requests.client(context), OIDC_STATE, started.state());
        context.redirect(started.location().toString(), HttpStatus.SEE_OTHER);
    }

    /**
     * {@code GET /sign-in/oidc/callback}: the provider's answer. On success a session, then a page that moves on to
     * {@code /partner} itself: the session cookie is {@code SameSite=Strict}, so a redirect chain that began at the
     * provider would not carry it.
     */
    public void oidcCallback(Context context) {
        PartnerAccounts partners = requests.configured(context);
        OidcSignIn provider = provider();
        ClientAddress.Seen client = requests.client(context);
        String query = context.queryString();
        URI callback = provider.redirect().resolve(OIDC_CALLBACK + (query == null ? "" : "?" + query));
        String browserState = SessionCookie.read(context, OIDC_STATE);
        SessionCookie.clear(context, client, OIDC_STATE);
        OidcSignIn.Identity identity;
        try {
            identity = provider.finish(callback, browserState);
        } catch (OidcSignIn.Refused e) {
            partners.audit()
                    .record(
                            AuditLog.Event.SIGN_IN_FAILED,
                            "[identity provider]",
                            null,
                            client.text(),
                            "identity provider: " + e.getMessage(),
                            PartnerRequests.now(partners));
            renderSignIn(context, 401, "Sign-in through " + provider.providerName() + " failed: " + e.getMessage(), "");
            return;
        }
        SignIn.Outcome outcome = partners.signIn()
                .withIdentity(
                        identity.subject(),
                        identity.email(),
                        identity.emailVerified(),
                        client.text(),
                        PartnerRequests.now(partners));
        if (outcome.session().isEmpty()) {
            renderSignIn(
                    context,
                    401,
                    "There is no sendacc account for the person " + provider.providerName()
                            + " signed in, or it is disabled: ask your sendacc administrator.",
                    "");
            return;
        }
        SessionCookie.set(
                context, client, SessionCookie.SESSION, outcome.session().get().token());
        Map<String, Object> model = requests.frame("Signed in");
        model.put("next", PARTNER);
        requests.render(context, 200, "signed-in", model);
    }

    private OidcSignIn provider() {
        return oidc.orElseThrow(() -> new DashboardException(
                ErrorCategory.NOT_FOUND, "This server has no identity provider: sign in with a password"));
    }

    /** {@code POST /sign-out}: ends the session, with the session's form token. */
    public void signOut(Context context) {
        PartnerAccounts partners = requests.configured(context);
        ClientAddress.Seen client = requests.client(context);
        Sessions.Current session = requests.signedIn(context, partners);
        PartnerRequests.requireFormToken(session.csrfToken(), context.formParam(PartnerRequests.CSRF_FIELD));
        partners.sessions().end(SessionCookie.read(context, SessionCookie.SESSION));
        requests.audit(context, partners, session.account(), AuditLog.Event.SIGN_OUT, "signed out");
        SessionCookie.clear(context, client, SessionCookie.SESSION);
        context.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** {@code GET /partner}: the signed-in partner's own unsuppressed figures. */
    public void own(Context context) {
        PartnerAccounts partners = requests.configured(context);
        Optional<Sessions.Current> session = requests.current(context, partners);
        if (session.isEmpty()) {
            context.redirect(SIGN_IN, HttpStatus.SEE_OTHER);
            return;
        }
        showFigures(context, partners, session.get());
    }

    /**
     * {@code GET /partner/{code}}: the same, named by the organisation's code; another organisation's code is 403 and
     * audited.
     */
    public void organisation(Context context) {
        PartnerAccounts partners = requests.configured(context);
        Sessions.Current session = requests.signedIn(context, partners);
        String asked = context.pathParam("code").toUpperCase(Locale.ROOT);
        Account account = session.account();
        if (!asked.equals(account.organisation().code())
                && !asked.equals(account.organisation().areaCode())) {
            requests.audit(
                    context,
                    partners,
                    account,
                    AuditLog.Event.ACCESS_DENIED,
                    "asked for the restricted figures of " + PartnerRequests.named(asked));
            throw new DashboardException(
                    ErrorCategory.FORBIDDEN,
                    "You are signed in for " + account.organisation().label()
                            + ": you can see that organisation's figures only");
        }
        showFigures(context, partners, session);
    }

    private void showFigures(Context context, PartnerAccounts partners, Sessions.Current session) {
        Account account = session.account();
        Optional<Snapshot> loaded = store.loaded();
        // with the snapshot line: the figures are the loaded snapshot's
        Map<String, Object> model = PageFrame.of(
                loaded, "Not for publication: " + account.organisation().name() + "'s own figures", true, null);
        model.put("account", account);
        model.put("organisation", account.organisation());
        model.put("csrf", session.csrfToken());
        if (loaded.isEmpty()) {
            // before the first batch run: nothing to show, and the partner may still send its returns
            model.put("rows", List.of());
            model.put("withheld", 0);
            requests.render(context, 200, "partner", model);
            return;
        }
        Snapshot snapshot = loaded.get();
        String area = account.organisation().areaCode();
        List<Map<String, Object>> views = views(snapshot, area);
        long withheld = views.stream()
                .filter(view -> Boolean.TRUE.equals(view.get("withheld")))
                .count();
        requests.audit(
                context,
                partners,
                account,
                AuditLog.Event.RESTRICTED_VIEW,
                "own unsuppressed figures of " + area + " in snapshot " + snapshot.id() + ": " + views.size()
                        + " rows");
        model.put("rows", views);
        model.put("withheld", withheld);
        requests.render(context, 200, "partner", model);
    }

    /** The area's unsuppressed rows in catalogue order, latest period first, each with what the public pages show. */
    private List<Map<String, Object>> views(Snapshot snapshot, String area) {
        List<IndicatorRow> rows = new ArrayList<>(restricted.of(snapshot, area));
        Map<String, Integer> order = new HashMap<>();
        List<Indicator> indicators = snapshot.catalogue().indicators();
        for (int index = 0; index < indicators.size(); index++) {
            order.put(indicators.get(index).id(), index);
        }
        rows.sort(Comparator.comparing((IndicatorRow row) -> order.getOrDefault(row.indicatorId(), Integer.MAX_VALUE))
                .thenComparing(IndicatorRow::source)
                .thenComparing(IndicatorRow::periodStart, Comparator.reverseOrder()));
        List<Map<String, Object>> views = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (IndicatorRow row : rows) {
            Optional<IndicatorRow> published = snapshot.areaRows(area, row.period()).stream()
                    .filter(candidate -> candidate.indicatorId().equals(row.indicatorId())
                            && candidate.source().equals(row.source()))
                    .findFirst();
            boolean withheld = published.isPresent() && published.get().suppressed();
            Map<String, Object> view = new HashMap<>();
            view.put("indicatorId", row.indicatorId());
            view.put(
                    "title",
                    snapshot.indicator(row.indicatorId()).map(Indicator::title).orElse(row.indicatorId()));
            view.put("period", Display.periodName(row.period(), row.periodLabel(), row.periodStart()));
            view.put("value", Display.value(row.value(), row.unit()));
            view.put("countOf", Display.countOf(row.numerator(), row.denominator()));
            view.put("interval", Display.interval(row.lowerCi95(), row.upperCi95(), row.unit()));
            view.put(
                    "publicStatus",
                    published.isEmpty()
                            ? "Not on the public pages"
                            : withheld ? "Withheld on the public pages" : "Published");
            view.put("withheld", withheld);
            // the first row of each series, as sorted, is its latest period: the table shows those, the rest below
            view.put("latest", seen.add(row.indicatorId() + "\u0000" + row.source()));
            views.add(view);
        }
        return views;
    }

    private void renderSignIn(Context context, int status, String error, String email) {
        ClientAddress.Seen client = requests.client(context);
        String token = Tokens.random();
        SessionCookie.set(context, client, SessionCookie.SIGN_IN_FORM, token);
        Map<String, Object> model = requests.frame("Sign in");
        model.put("csrf", token);
        model.put("provider", oidc.map(OidcSignIn::providerName).orElse(null));
        model.put("error", error);
        model.put("email", email);
        requests.render(context, status, "sign-in", model);
    }
}

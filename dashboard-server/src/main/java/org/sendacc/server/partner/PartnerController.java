package org.sendacc.server.partner;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    private final PartnerRequests requests;
    private final SnapshotStore store;
    private final RestrictedFigures restricted;

    PartnerController(PartnerRequests requests, SnapshotStore store, RestrictedFigures restricted) {
        this.requests = requireNonNull(requests, "requests is null");
        this.store = requireNonNull(store, "store is null");
        this.restricted = requireNonNull(restricted, "restricted is null");
    }

    /** True for the paths of this controller, which answer as pages. */
    public static boolean isPartnerPath(String path) {
        return path.equals(SIGN_IN)
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
        if (!Tokens.same(
                SessionCookie.read(context, SessionCookie.SIGN_IN_FORM),
                context.formParam(PartnerRequests.CSRF_FIELD))) {
            throw new DashboardException(
                    ErrorCategory.FORBIDDEN,
                    "This sign-in form has expired or did not come from this site: open the sign-in page again");
        }
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

    /** {@code POST /sign-out}: ends the session, with the session's form token. */
    public void signOut(Context context) {
        PartnerAccounts partners = requests.configured(context);
        ClientAddress.Seen client = requests.client(context);
        Sessions.Current session = requests.signedIn(context, partners);
        PartnerRequests.requireFormToken(session.csrfToken(), context.formParam(PartnerRequests.CSRF_FIELD));
        partners.sessions().end(SessionCookie.read(context, SessionCookie.SESSION));
        partners.audit()
                .record(
                        AuditLog.Event.SIGN_OUT,
                        session.account().email(),
                        session.account().organisation().code(),
                        client.text(),
                        "signed out",
                        PartnerRequests.now(partners));
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
            partners.audit()
                    .record(
                            AuditLog.Event.ACCESS_DENIED,
                            account.email(),
                            account.organisation().code(),
                            requests.client(context).text(),
                            "asked for the restricted figures of "
                                    + (asked.length() <= 12 ? asked : asked.substring(0, 12)),
                            PartnerRequests.now(partners));
            throw new DashboardException(
                    ErrorCategory.FORBIDDEN,
                    "You are signed in for " + account.organisation().label()
                            + ": you can see that organisation's figures only");
        }
        showFigures(context, partners, session);
    }

    private void showFigures(Context context, PartnerAccounts partners, Sessions.Current session) {
        Account account = session.account();
        Snapshot snapshot = store.current();
        String area = account.organisation().areaCode();
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
        int withheld = 0;
        for (IndicatorRow row : rows) {
            Optional<IndicatorRow> published = snapshot.areaRows(area, row.period()).stream()
                    .filter(candidate -> candidate.indicatorId().equals(row.indicatorId())
                            && candidate.source().equals(row.source()))
                    .findFirst();
            String publicStatus;
            if (published.isEmpty()) {
                publicStatus = "Not on the public pages";
            } else if (published.get().suppressed()) {
                publicStatus = "Withheld on the public pages";
                withheld++;
            } else {
                publicStatus = "Published";
            }
            Map<String, Object> view = new HashMap<>();
            view.put("indicatorId", row.indicatorId());
            view.put(
                    "title",
                    snapshot.indicator(row.indicatorId()).map(Indicator::title).orElse(row.indicatorId()));
            view.put("period", Display.periodName(row.period(), row.periodLabel(), row.periodStart()));
            view.put("value", Display.value(row.value(), row.unit()));
            view.put("countOf", Display.countOf(row.numerator(), row.denominator()));
            view.put("interval", Display.interval(row.lowerCi95(), row.upperCi95(), row.unit()));
            view.put("publicStatus", publicStatus);
            view.put("withheld", published.isPresent() && published.get().suppressed());
            views.add(view);
        }
        partners.audit()
                .record(
                        AuditLog.Event.RESTRICTED_VIEW,
                        account.email(),
                        account.organisation().code(),
                        requests.client(context).text(),
                        "own unsuppressed figures of " + area + " in snapshot " + snapshot.id() + ": " + rows.size()
                                + " rows",
                        PartnerRequests.now(partners));
        Map<String, Object> model =
                requests.frame("Not for publication: " + account.organisation().name() + "'s own figures");
        model.put("snapshotId", snapshot.id());
        model.put("createdAt", snapshot.manifest().createdAt());
        model.put("synthetic", snapshot.isSynthetic());
        model.put("account", account);
        model.put("organisation", account.organisation());
        model.put("rows", views);
        model.put("withheld", withheld);
        model.put("csrf", session.csrfToken());
        requests.render(context, 200, "partner", model);
    }

    private void renderSignIn(Context context, int status, String error, String email) {
        ClientAddress.Seen client = requests.client(context);
        String token = Tokens.random();
        SessionCookie.set(context, client, SessionCookie.SIGN_IN_FORM, token);
        Map<String, Object> model = requests.frame("Sign in");
        model.put("csrf", token);
        model.put("error", error);
        model.put("email", email);
        requests.render(context, status, "sign-in", model);
    }
}

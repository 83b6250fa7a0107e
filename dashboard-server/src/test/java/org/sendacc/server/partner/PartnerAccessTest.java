package org.sendacc.server.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendacc.server.partner.PartnerSite.HARTLEPOOL_ANALYST;
import static org.sendacc.server.partner.PartnerSite.ICB_LEAD;
import static org.sendacc.server.partner.PartnerSite.MIDDLESBROUGH_ANALYST;
import static org.sendacc.server.partner.PartnerSite.PASSWORD;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.server.TestSnapshots;
import org.sendacc.server.account.AuditLog;
import org.sendacc.server.account.SignIn;

/**
 * The signed-in routes, attacked as well as used (docs/security.md maps each test to ASVS): sessions, form tokens,
 * lock-out, and one organisation's figures kept from another.
 */
class PartnerAccessTest {
    @TempDir
    Path warehouse;

    private PartnerSite site;

    @BeforeEach
    void start() {
        site = new PartnerSite(warehouse);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aPartnerSignsInAndSeesItsOwnFiguresBeforeSuppression() {
        HttpResponse<String> signedIn = site.signIn(MIDDLESBROUGH_ANALYST, PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).contains("/partner");
        String session = SessionCookieLine.of(signedIn);

        HttpResponse<String> own = site.get("/partner", "Cookie", session);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(own.body())
                .contains("Not for publication")
                .contains("Middlesbrough (LA E06000002)")
                // 3 of 4, withheld on the public pages
                .contains("75.0%")
                .contains("3 of 4")
                .contains("Withheld on the public pages")
                // nobody else's figures
                .doesNotContain("Hartlepool");
        // and the same figure is withheld on the public page and API, with or without the session
        assertThat(site.get("/api/areas/" + TestSnapshots.MIDDLESBROUGH + "/profile", "Cookie", session)
                        .body())
                .doesNotContain("75.0")
                .doesNotContain("\"numerator\":3.0");
        assertThat(site.audit()).extracting(AuditLog.Entry::event).containsExactly("sign_in", "restricted_view");
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndSecureExceptForTheDemoOnThisMachine() {
        HttpResponse<String> direct = site.signIn(MIDDLESBROUGH_ANALYST, PASSWORD);
        String line = PartnerSite.setCookie(direct, SessionCookie.SESSION).orElseThrow();
        assertThat(line)
                .contains("HttpOnly")
                .contains("SameSite=Strict")
                .contains("Path=/")
                .doesNotContain("Secure");
        assertThat(SessionCookieLine.value(direct)).hasSizeGreaterThanOrEqualTo(43);
        // through a proxy (X-Forwarded-For), the browser is elsewhere: Secure
        HttpResponse<String> form = site.get(PartnerController.SIGN_IN, "X-Forwarded-For", "198.51.100.9");
        assertThat(PartnerSite.setCookie(form, SessionCookie.SIGN_IN_FORM).orElseThrow())
                .contains("HttpOnly")
                .contains("SameSite=Strict")
                .contains("Secure");
        HttpResponse<String> proxied = site.post(
                PartnerController.SIGN_IN,
                Map.of("csrf", PartnerSite.csrf(form), "email", MIDDLESBROUGH_ANALYST, "password", PASSWORD),
                "Cookie",
                SessionCookie.SIGN_IN_FORM + "=" + PartnerSite.cookieValue(form, SessionCookie.SIGN_IN_FORM),
                "X-Forwarded-For",
                "198.51.100.9");
        assertThat(PartnerSite.setCookie(proxied, SessionCookie.SESSION).orElseThrow())
                .contains("HttpOnly")
                .contains("SameSite=Strict")
                .contains("Secure");
    }

    @Test
    void noRouteOfTheRestrictedViewAnswersWithoutASession() {
        for (String path : List.of("/partner", "/partner/" + TestSnapshots.MIDDLESBROUGH, "/partner/E06000002")) {
            HttpResponse<String> answer = site.get(path);
            assertThat(answer.statusCode()).as(path).isIn(303, 401);
            assertThat(answer.body()).as(path).doesNotContain("75.0").doesNotContain("3 of 4");
        }
        assertThat(site.get("/partner").headers().firstValue("Location")).contains("/sign-in");
        // a made-up or ended session is no session
        assertThat(site.get("/partner", "Cookie", SessionCookie.SESSION + "=made-up")
                        .statusCode())
                .isEqualTo(303);
        assertThat(site.get("/partner/E06000002", "Cookie", SessionCookie.SESSION + "=made-up")
                        .statusCode())
                .isEqualTo(401);
        assertThat(site.post("/sign-out", Map.of("csrf", "x")).statusCode()).isEqualTo(401);
    }

    @Test
    void anLaCannotReadAnotherLasRestrictedFiguresAndTheAttemptIsAudited() {
        String session = site.session(HARTLEPOOL_ANALYST);
        HttpResponse<String> other = site.get("/partner/" + TestSnapshots.MIDDLESBROUGH, "Cookie", session);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).doesNotContain("75.0").doesNotContain("3 of 4").contains("Hartlepool (LA E06000001)");
        // nor its ICB's, nor by the ICB's ODS code
        assertThat(site.get("/partner/" + TestSnapshots.ICB, "Cookie", session).statusCode())
                .isEqualTo(403);
        assertThat(site.get("/partner/qhm", "Cookie", session).statusCode()).isEqualTo(403);
        // its own, by its code, in any case
        assertThat(site.get("/partner/e06000001", "Cookie", session).statusCode())
                .isEqualTo(200);
        List<AuditLog.Entry> denied = site.audit().stream()
                .filter(entry -> entry.event().equals("access_denied"))
                .toList();
        assertThat(denied).hasSize(3);
        assertThat(denied.get(0).actor()).isEqualTo(HARTLEPOOL_ANALYST);
        assertThat(denied.get(0).organisation()).isEqualTo(TestSnapshots.HARTLEPOOL);
        assertThat(denied.get(0).detail()).isEqualTo("asked for the restricted figures of E06000002");
        assertThat(denied.get(0).clientAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void anIcbSeesItsFootprintsFiguresOnly() {
        String session = site.session(ICB_LEAD);
        HttpResponse<String> own = site.get("/partner", "Cookie", session);
        assertThat(own.body())
                .contains(TestSnapshots.ICB_NAME)
                .doesNotContain("Middlesbrough")
                .doesNotContain("3 of 4");
        assertThat(site.get("/partner/E54000050", "Cookie", session).statusCode())
                .isEqualTo(200);
        assertThat(site.get("/partner/QHM", "Cookie", session).statusCode()).isEqualTo(200);
        assertThat(site.get("/partner/" + TestSnapshots.MIDDLESBROUGH, "Cookie", session)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aFormWithoutItsTokenFails() {
        HttpResponse<String> form = site.get(PartnerController.SIGN_IN);
        String formCookie =
                SessionCookie.SIGN_IN_FORM + "=" + PartnerSite.cookieValue(form, SessionCookie.SIGN_IN_FORM);
        // no token, a wrong one, the token without its cookie (another site's form)
        assertThat(site.post(
                                "/sign-in",
                                Map.of("email", MIDDLESBROUGH_ANALYST, "password", PASSWORD),
                                "Cookie",
                                formCookie)
                        .statusCode())
                .isEqualTo(403);
        assertThat(site.post(
                                "/sign-in",
                                Map.of("csrf", "forged", "email", MIDDLESBROUGH_ANALYST, "password", PASSWORD),
                                "Cookie",
                                formCookie)
                        .statusCode())
                .isEqualTo(403);
        assertThat(site.post(
                                "/sign-in",
                                Map.of(
                                        "csrf",
                                        PartnerSite.csrf(form),
                                        "email",
                                        MIDDLESBROUGH_ANALYST,
                                        "password",
                                        PASSWORD))
                        .statusCode())
                .isEqualTo(403);
        // sign-out needs the session's own token
        String session = site.session(MIDDLESBROUGH_ANALYST);
        assertThat(site.post("/sign-out", Map.of("csrf", "forged"), "Cookie", session)
                        .statusCode())
                .isEqualTo(403);
        assertThat(site.get("/partner", "Cookie", session).statusCode()).isEqualTo(200);
        String token = PartnerSite.csrf(site.get("/partner", "Cookie", session));
        HttpResponse<String> signedOut = site.post("/sign-out", Map.of("csrf", token), "Cookie", session);
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(PartnerSite.setCookie(signedOut, SessionCookie.SESSION).orElseThrow())
                .contains("Max-Age=0");
        // the old cookie, replayed, is no session
        assertThat(site.get("/partner", "Cookie", session).statusCode()).isEqualTo(303);
        assertThat(site.audit()).extracting(AuditLog.Entry::event).contains("sign_out");
    }

    @Test
    void tenBadPasswordsLockTheAccount() {
        for (int attempt = 1; attempt <= 10; attempt++) {
            HttpResponse<String> wrong = site.signIn(HARTLEPOOL_ANALYST, "not the password " + attempt);
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).contains(SignIn.REFUSED.replace("'", "&#39;"));
            assertThat(PartnerSite.setCookie(wrong, SessionCookie.SESSION)).isEmpty();
        }
        HttpResponse<String> right = site.signIn(HARTLEPOOL_ANALYST, PASSWORD);
        assertThat(right.statusCode()).isEqualTo(401);
        assertThat(PartnerSite.setCookie(right, SessionCookie.SESSION)).isEmpty();
        // another account is not locked by it
        assertThat(site.signIn(MIDDLESBROUGH_ANALYST, PASSWORD).statusCode()).isEqualTo(303);
        assertThat(site.audit()).extracting(AuditLog.Entry::event).containsOnlyOnce("account_locked");
        // the form told no one whether the address had an account: the same answer for one that has none
        HttpResponse<String> nobody = site.signIn("nobody@hartlepool.gov.uk", PASSWORD);
        assertThat(nobody.statusCode()).isEqualTo(401);
        assertThat(nobody.body()).contains(SignIn.REFUSED.replace("'", "&#39;"));
    }

    @Test
    void manySignInAttemptsFromOneClientAreSlowedWhateverTheAccount() {
        int refused = 0;
        for (int attempt = 1; attempt <= 21; attempt++) {
            int status = site.signIn("someone" + attempt + "@example.org", "guess number " + attempt)
                    .statusCode();
            if (status == 429) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(1);
    }

    @Test
    void thePasswordNeverReachesTheAuditLogOrAPage() {
        HttpResponse<String> wrong = site.signIn(MIDDLESBROUGH_ANALYST, "my secret guess 123");
        assertThat(wrong.body()).doesNotContain("my secret guess 123");
        assertThat(site.audit())
                .allSatisfy(entry -> assertThat(entry.toString()).doesNotContain("my secret guess"));
    }

    /** The session cookie an answer set, as a Cookie header's value. */
    private static final class SessionCookieLine {
        static String of(HttpResponse<String> answer) {
            return SessionCookie.SESSION + "=" + value(answer);
        }

        static String value(HttpResponse<String> answer) {
            return PartnerSite.cookieValue(answer, SessionCookie.SESSION);
        }
    }
}

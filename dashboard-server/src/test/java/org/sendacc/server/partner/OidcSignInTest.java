package org.sendacc.server.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendacc.server.partner.PartnerSite.HARTLEPOOL_ANALYST;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.server.ServerOptions;
import org.sendacc.server.account.AuditLog;

/**
 * Sign-in through an OpenID Connect provider, against a stub provider this test starts: the whole redirect dance as a
 * browser makes it, and what a forged or misdirected answer gets.
 */
class OidcSignInTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path warehouse;

    private StubIdentityProvider provider;
    private PartnerSite site;

    @BeforeEach
    void start() {
        provider = new StubIdentityProvider();
        site = new PartnerSite(
                warehouse,
                null,
                new ServerOptions.OidcOptions(
                        URI.create(provider.issuer()),
                        StubIdentityProvider.CLIENT_ID,
                        StubIdentityProvider.CLIENT_SECRET,
                        // where browsers would reach this server; the test finishes each trip at its real port
                        URI.create("http://localhost:1")));
    }

    @AfterEach
    void stop() {
        site.close();
        provider.close();
    }

    /** The browser's trip: this server, the provider, back to this server with the state cookie (or another). */
    private HttpResponse<String> signIn(boolean keepStateCookie) {
        HttpResponse<String> start = site.get(PartnerController.OIDC_START);
        assertThat(start.statusCode()).isEqualTo(303);
        String state = PartnerSite.cookieValue(start, PartnerController.OIDC_STATE);
        assertThat(PartnerSite.setCookie(start, PartnerController.OIDC_STATE).orElseThrow())
                .contains("HttpOnly")
                .contains("SameSite=Lax");
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString())
                .startsWith(provider.issuer() + "/authorize?")
                .contains("code_challenge_method=S256")
                .contains("nonce=")
                .contains("state=" + state);
        HttpResponse<String> atProvider = send(HttpRequest.newBuilder(authorize).build());
        assertThat(atProvider.statusCode()).isEqualTo(302);
        // the provider sends the browser to the redirect URI, which names this server's public URL; the test server
        // listens elsewhere, so the browser's trip is finished at its own port, path and query unchanged
        URI back = URI.create(atProvider.headers().firstValue("Location").orElseThrow());
        assertThat(back.getPath()).isEqualTo(PartnerController.OIDC_CALLBACK);
        return keepStateCookie
                ? site.get(
                        back.getPath() + "?" + back.getRawQuery(), "Cookie", PartnerController.OIDC_STATE + "=" + state)
                : site.get(back.getPath() + "?" + back.getRawQuery());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> failures() {
        return site.audit().stream()
                .filter(entry -> entry.event().equals("sign_in_failed"))
                .map(AuditLog.Entry::detail)
                .toList();
    }

    @Test
    void aPersonTheProviderVouchesForSignsInToTheAccountWithTheirVerifiedAddress() {
        provider.next = new StubIdentityProvider.Person("subject-1", HARTLEPOOL_ANALYST, true);
        HttpResponse<String> back = signIn(true);
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("http-equiv=\"refresh\"").contains("url=/partner");
        String session = SessionCookie.SESSION + "=" + PartnerSite.cookieValue(back, SessionCookie.SESSION);
        assertThat(PartnerSite.setCookie(back, SessionCookie.SESSION).orElseThrow())
                .contains("SameSite=Strict");
        assertThat(site.get("/partner", "Cookie", session).body()).contains("Hartlepool (LA E06000001)");
        assertThat(site.audit())
                .filteredOn(entry -> entry.event().equals("sign_in"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.detail()).isEqualTo("by identity provider"));

        // the account is now linked to the subject: a later sign-in by the same subject finds it, whatever address
        provider.next = new StubIdentityProvider.Person("subject-1", "renamed@hartlepool.gov.uk", false);
        assertThat(signIn(true).statusCode()).isEqualTo(200);
    }

    @Test
    void nobodyGetsAnAccountBySigningIn() {
        provider.next = new StubIdentityProvider.Person("subject-9", "stranger@hartlepool.gov.uk", true);
        HttpResponse<String> stranger = signIn(true);
        assertThat(stranger.statusCode()).isEqualTo(401);
        assertThat(PartnerSite.setCookie(stranger, SessionCookie.SESSION)).isEmpty();
        // an unverified address is not enough to claim an account
        provider.next = new StubIdentityProvider.Person("subject-8", HARTLEPOOL_ANALYST, false);
        assertThat(signIn(true).statusCode()).isEqualTo(401);
        assertThat(failures())
                .containsExactly(
                        "identity provider: no account for this person",
                        "identity provider: no account for this person (address not verified)");
    }

    @Test
    void anAnswerThatDidNotStartInThisBrowserIsRefused() {
        HttpResponse<String> noCookie = signIn(false);
        assertThat(noCookie.statusCode()).isEqualTo(401);
        assertThat(noCookie.body()).contains("the sign-in did not start in this browser, or has expired");
        assertThat(PartnerSite.setCookie(noCookie, SessionCookie.SESSION)).isEmpty();
    }

    @Test
    void aForgedOrMisdirectedIdTokenIsRefused() {
        provider.next = new StubIdentityProvider.Person("subject-1", HARTLEPOOL_ANALYST, true);
        provider.forgedNonce = "a nonce from another sign-in";
        assertThat(signIn(true).statusCode()).isEqualTo(401);
        provider.forgedNonce = null;
        provider.forgedAudience = "another-client";
        assertThat(signIn(true).statusCode()).isEqualTo(401);
        provider.forgedAudience = null;
        provider.forgedIssuer = "https://another.example";
        assertThat(signIn(true).statusCode()).isEqualTo(401);
        provider.forgedIssuer = null;
        provider.wrongKey = true;
        assertThat(signIn(true).statusCode()).isEqualTo(401);
        assertThat(failures())
                .hasSize(4)
                .allSatisfy(detail -> assertThat(detail)
                        .startsWith("identity provider: the identity provider's ID" + " token did not check out"));
        assertThat(site.audit()).extracting(AuditLog.Entry::event).doesNotContain("sign_in");
    }
}

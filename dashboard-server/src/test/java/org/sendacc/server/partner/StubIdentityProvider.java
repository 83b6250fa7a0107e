package org.sendacc.server.partner;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.javalin.Javalin;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenID Connect provider for tests, started by the test on a free port: discovery, an authorization endpoint that
 * signs in whoever the test says at once, a token endpoint that checks the client's secret and the PKCE verifier, and
 * the key set. What the ID token says can be set to what an attacker or a broken provider would send.
 */
final class StubIdentityProvider implements AutoCloseable {
    static final String CLIENT_ID = "sendacc-test";
    static final String CLIENT_SECRET = "a client secret for tests";

    private final Javalin app;
    private final RSAKey key;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    /** Who signs in next, and what the token says. */
    volatile Person next = new Person("subject-1", "analyst@hartlepool.gov.uk", true);
    /** When set, the ID token names this issuer, audience or nonce instead of the right one. */
    volatile String forgedIssuer;

    volatile String forgedAudience;
    volatile String forgedNonce;
    /** When set, the ID token is signed with another key than the published one. */
    volatile boolean wrongKey;

    record Person(String subject, String email, boolean emailVerified) {}

    private record Grant(String nonce, String challenge, String redirect, Person person) {}

    StubIdentityProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        app = Javalin.create(config -> config.showJavalinBanner = false);
        app.get(
                "/.well-known/openid-configuration",
                context -> context.json(Map.of(
                        "issuer",
                        issuer(),
                        "authorization_endpoint",
                        issuer() + "/authorize",
                        "token_endpoint",
                        issuer() + "/token",
                        "jwks_uri",
                        issuer() + "/jwks",
                        "response_types_supported",
                        new String[] {"code"},
                        "subject_types_supported",
                        new String[] {"public"},
                        "id_token_signing_alg_values_supported",
                        new String[] {"RS256"})));
        app.get(
                "/jwks",
                context -> context.contentType("application/json").result(new JWKSet(key.toPublicJWK()).toString()));
        app.get("/authorize", context -> {
            String code = UUID.randomUUID().toString();
            grants.put(
                    code,
                    new Grant(
                            context.queryParam("nonce"),
                            context.queryParam("code_challenge"),
                            context.queryParam("redirect_uri"),
                            next));
            context.redirect(
                    context.queryParam("redirect_uri") + "?code=" + code + "&state=" + context.queryParam("state"));
        });
        app.post("/token", context -> {
            // RFC 6749, 2.3.1: the id and secret are form-encoded before they are joined and base64-encoded
            String pair = URLEncoder.encode(CLIENT_ID, StandardCharsets.UTF_8) + ":"
                    + URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8);
            String basic = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
            Grant grant = grants.remove(String.valueOf(context.formParam("code")));
            if (!basic.equals(context.header("Authorization"))) {
                context.status(401).json(Map.of("error", "invalid_client"));
                return;
            }
            if (grant == null
                    || !grant.redirect().equals(context.formParam("redirect_uri"))
                    || !grant.challenge().equals(challenge(context.formParam("code_verifier")))) {
                context.status(400).json(Map.of("error", "invalid_grant"));
                return;
            }
            context.json(Map.of(
                    "access_token",
                    UUID.randomUUID().toString(),
                    "token_type",
                    "Bearer",
                    "expires_in",
                    300,
                    "id_token",
                    idToken(grant)));
        });
        app.start(0);
    }

    String issuer() {
        return "http://localhost:" + app.port();
    }

    private String idToken(Grant grant) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(forgedIssuer != null ? forgedIssuer : issuer())
                .subject(grant.person().subject())
                .audience(forgedAudience != null ? forgedAudience : CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", forgedNonce != null ? forgedNonce : grant.nonce())
                .claim("email", grant.person().email())
                .claim("email_verified", grant.person().emailVerified());
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
        jwt.sign(new RSASSASigner(
                wrongKey ? new RSAKeyGenerator(2048).keyID("test-key").generate() : key));
        return jwt.serialize();
    }

    private static String challenge(String verifier) {
        if (verifier == null) {
            return "";
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}

package org.sendacc.server.partner;

import static java.util.Objects.requireNonNull;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sendacc.server.ServerOptions;

/**
 * Sign-in through an OpenID Connect provider (an NHS or council identity service), with Nimbus's OAuth 2.0 / OpenID
 * Connect SDK (docs/security.md, "Sign-in through an identity provider"): the authorization code flow with PKCE, a
 * state bound to the browser by a cookie, a nonce, and the ID token's signature, issuer, audience, expiry and nonce
 * checked against the provider's published keys. The provider's metadata is read at the first sign-in, not at start,
 * so the public pages never wait on it.
 */
public final class OidcSignIn {
    /** How long a sign-in may take at the provider, from leaving this server to coming back. */
    static final Duration PENDING = Duration.ofMinutes(10);
    /** At most this many sign-ins under way at once; more are refused rather than letting the map grow. */
    private static final int MOST_PENDING = 10_000;

    private final ServerOptions.OidcOptions options;
    private final ClientID client;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    /** The provider's metadata and the validator of its ID tokens (which keeps its key set), once read. */
    private volatile Provider provider;

    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

    /** A sign-in under way: what the callback must match. */
    private record Pending(Nonce nonce, CodeVerifier verifier, Instant started) {}

    /** Who the provider says signed in. */
    public record Identity(String subject, String email, boolean emailVerified) {}

    /** Why a sign-in through the provider failed, in words for the page and the audit log. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public OidcSignIn(ServerOptions.OidcOptions options, Clock clock) {
        this.options = requireNonNull(options, "options is null");
        this.client = new ClientID(options.clientId());
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** The address the provider sends the browser back to. */
    URI redirect() {
        return options.publicUrl().resolve(PartnerController.OIDC_CALLBACK);
    }

    /** The provider's name for the sign-in button: its issuer's host. */
    String providerName() {
        return options.issuer().getHost();
    }

    /** A new sign-in: the state to bind to the browser, and where to send it. */
    record Started(String state, URI location) {}

    Started begin() throws Refused {
        Instant now = clock.instant();
        pending.values().removeIf(old -> old.started().plus(PENDING).isBefore(now));
        if (pending.size() >= MOST_PENDING) {
            throw new Refused("too many sign-ins are under way: try again in a few minutes");
        }
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        pending.put(state.getValue(), new Pending(nonce, verifier, now));
        AuthenticationRequest request = new AuthenticationRequest.Builder(
                        new ResponseType(ResponseType.Value.CODE), new Scope("openid", "email"), client, redirect())
                .endpointURI(provider().metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        return new Started(state.getValue(), request.toURI());
    }

    /**
     * The provider's answer at the callback ({@code callback}: the whole address the browser came back to), for the
     * browser whose state cookie is {@code browserState}: the identity, once the code is exchanged and the ID token
     * checked.
     */
    Identity finish(URI callback, String browserState) throws Refused {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(callback);
        } catch (ParseException e) {
            throw new Refused("the identity provider's answer could not be read");
        }
        if (response.getState() == null
                || browserState == null
                || !response.getState().getValue().equals(browserState)) {
            throw new Refused("the sign-in did not start in this browser, or has expired");
        }
        Pending started = pending.remove(browserState);
        if (started == null || started.started().plus(PENDING).isBefore(clock.instant())) {
            throw new Refused("the sign-in has expired: start again");
        }
        if (response instanceof AuthenticationErrorResponse error) {
            throw new Refused(
                    "the identity provider refused: " + error.getErrorObject().getCode());
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new Refused("the identity provider sent no code");
        }
        Provider known = provider();
        OIDCProviderMetadata endpoints = known.metadata();
        TokenRequest request = new TokenRequest.Builder(
                        endpoints.getTokenEndpointURI(),
                        new ClientSecretBasic(client, new Secret(options.clientSecret())),
                        new AuthorizationCodeGrant(code, redirect(), started.verifier()))
                .build();
        TokenResponse tokens;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(5_000);
            http.setReadTimeout(10_000);
            tokens = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException | ParseException e) {
            throw new Refused("the identity provider's token endpoint could not be reached or read", e);
        }
        if (!tokens.indicatesSuccess()) {
            throw new Refused("the identity provider would not exchange the code: "
                    + tokens.toErrorResponse().getErrorObject().getCode());
        }
        OIDCTokens oidc = tokens.toSuccessResponse().getTokens().toOIDCTokens();
        JWT idToken = oidc.getIDToken();
        try {
            IDTokenClaimsSet claims = known.validator().validate(idToken, started.nonce());
            Boolean verified = claims.getBooleanClaim("email_verified");
            return new Identity(
                    claims.getIssuer().getValue() + " " + claims.getSubject().getValue(),
                    claims.getStringClaim("email"),
                    Boolean.TRUE.equals(verified));
        } catch (BadJOSEException | JOSEException e) {
            throw new Refused("the identity provider's ID token did not check out (" + e.getMessage() + ")", e);
        }
    }

    private Provider provider() throws Refused {
        Provider known = provider;
        if (known != null) {
            return known;
        }
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(options.issuer()), 5_000, 10_000);
            known = new Provider(
                    metadata,
                    new IDTokenValidator(
                            metadata.getIssuer(),
                            client,
                            JWSAlgorithm.RS256,
                            metadata.getJWKSetURI().toURL()));
        } catch (IOException | com.nimbusds.oauth2.sdk.GeneralException e) {
            throw new Refused("the identity provider's configuration could not be read", e);
        }
        provider = known;
        return known;
    }
}

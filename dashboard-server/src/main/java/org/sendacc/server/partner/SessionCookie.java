package org.sendacc.server.partner;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.sendacc.server.http.ClientAddress;

/**
 * The cookies of the signed-in routes (docs/security.md, "Sessions"): the session's token, and the sign-in form's own
 * token before there is a session. Both {@code HttpOnly} and {@code SameSite=Strict}, on path {@code /}; {@code Secure}
 * unless the browser talks to the server directly on this machine (the demo on http://localhost), where there is no
 * TLS to require.
 */
final class SessionCookie {
    static final String SESSION = "sendacc_session";
    static final String SIGN_IN_FORM = "sendacc_sign_in";

    private SessionCookie() {}

    static String read(Context context, String name) {
        return context.cookie(name);
    }

    static void set(Context context, ClientAddress.Seen client, String name, String value) {
        context.cookie(cookie(client, name, value));
    }

    /** A cookie that a navigation from another site carries (the identity provider's redirect back). */
    static void setLax(Context context, ClientAddress.Seen client, String name, String value) {
        Cookie cookie = cookie(client, name, value);
        cookie.setSameSite(SameSite.LAX);
        cookie.setMaxAge((int) OidcSignIn.PENDING.toSeconds());
        context.cookie(cookie);
    }

    static void clear(Context context, ClientAddress.Seen client, String name) {
        Cookie cookie = cookie(client, name, "");
        cookie.setMaxAge(0);
        context.cookie(cookie);
    }

    private static Cookie cookie(ClientAddress.Seen client, String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(!client.isDirectLoopback());
        cookie.setSameSite(SameSite.STRICT);
        return cookie;
    }
}

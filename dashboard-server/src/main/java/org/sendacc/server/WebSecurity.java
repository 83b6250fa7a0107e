package org.sendacc.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.FilterHolder;
import org.sendacc.server.http.ConnectionGuard;

/**
 * The web hardening of a public, read-only service (docs/security.md): the response headers every answer carries, and
 * Jetty's limits and error pages, and what a request may say ({@link RequestHygiene}).
 */
final class WebSecurity {
    /**
     * No inline script anywhere (the pages' chart data is JSON in a non-executed {@code application/json} block);
     * inline styles are allowed because ECharts writes its tooltips' colours that way.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Every header, in order. */
    static final Map<String, String> HEADERS = headers();

    /** The largest request line and headers Jetty accepts; a larger request is 431 (or 414 for the line). */
    static final int MAX_HEADER_BYTES = 8 * 1024;

    private WebSecurity() {}

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        return java.util.Collections.unmodifiableMap(headers);
    }

    /** Sets every security header on the answer. */
    static void headers(Context context) {
        HEADERS.forEach(context::header);
    }

    /**
     * Jetty: the size limits, no version in the Server header, its own errors as UTF-8 JSON, what a request may say
     * ({@link RequestHygiene}), and the guard of its connections on every connector.
     */
    static void configure(JavalinConfig config, ConnectionGuard guard) {
        AtomicReference<Server> jetty = new AtomicReference<>();
        config.jetty.modifyServer(jetty::set);
        // connectors exist once Javalin has added them, just before Jetty starts
        config.events(events -> events.serverStarting(() -> {
            for (Connector connector : jetty.get().getConnectors()) {
                connector.addBean(guard);
            }
        }));
        config.jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(MAX_HEADER_BYTES);
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
        });
        config.jetty.modifyServer(server -> server.setErrorHandler(new Utf8ErrorHandler()));
        config.jetty.modifyServletContextHandler(handler ->
                handler.addFilter(new FilterHolder(new RequestHygiene()), "/*", EnumSet.of(DispatcherType.REQUEST)));
        // Compressed answers are made once and kept (Encoded): Javalin's compression would gzip again per request,
        // and for a client that refused gzip (q=0) too.
        config.http.disableCompression();
    }
}

package org.sendacc.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a request may tell the server, cut down before any route or static file sees it (docs/security.md, "Requests"):
 *
 * <ul>
 *   <li>No method override: Javalin would answer a POST carrying {@code X-HTTP-Method-Override: GET} as a GET. The
 *       header and its variants are hidden, so a request is what its method says.
 *   <li>UTF-8 only: Javalin decodes the query in the charset the request's {@code Content-Type} names, and a bogus one
 *       made every parameter vanish (so {@code ?year=abc} passed unchecked). The charset parameter is hidden, so the
 *       query (and any body) is read as UTF-8.
 *   <li>No ranges: every answer is small and whole; {@code Range} and {@code If-Range} are hidden, so a malformed range
 *       cannot earn a 416 that declares a body it does not send (a server may always ignore a range: RFC 9110, 14.2).
 * </ul>
 */
final class RequestHygiene extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** Headers no route reads, each a way to make a request mean something other than it says. */
    static final Set<String> HIDDEN =
            Set.of("x-http-method-override", "x-http-method", "x-method-override", "range", "if-range");

    private static final Pattern CHARSET = Pattern.compile("(?i)\\s*;\\s*charset\\s*=[^;]*");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new Cleaned(request), response);
    }

    /** The request without the hidden headers, and with no charset but UTF-8. */
    static final class Cleaned extends HttpServletRequestWrapper {
        Cleaned(HttpServletRequest request) {
            super(request);
        }

        private static boolean hidden(String name) {
            if (name == null) {
                return false;
            }
            // asked for several times a request: no lower-cased copy of the name
            for (String header : HIDDEN) {
                if (header.equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isContentType(String name) {
            return "content-type".equalsIgnoreCase(name);
        }

        @Override
        public String getHeader(String name) {
            if (hidden(name)) {
                return null;
            }
            String value = super.getHeader(name);
            return isContentType(name) ? withoutCharset(value) : value;
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (hidden(name)) {
                return Collections.emptyEnumeration();
            }
            if (isContentType(name)) {
                String value = getHeader(name);
                return value == null ? Collections.emptyEnumeration() : Collections.enumeration(Set.of(value));
            }
            return super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !hidden(name))
                    .toList());
        }

        @Override
        public String getContentType() {
            return withoutCharset(super.getContentType());
        }

        @Override
        public String getCharacterEncoding() {
            return "UTF-8";
        }

        static String withoutCharset(String contentType) {
            return contentType == null ? null : CHARSET.matcher(contentType).replaceAll("");
        }
    }
}

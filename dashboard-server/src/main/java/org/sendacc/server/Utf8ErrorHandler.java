package org.sendacc.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own errors (a request it cannot parse, a header too large: before any route runs) as the API's errors are:
 * JSON in UTF-8, {@code {"status": 400, "error": "..."}}, with the security headers (docs/security.md). Jetty's default
 * is an HTML page in whatever charset the request preferred.
 */
final class Utf8ErrorHandler extends ErrorHandler {
    private static final String JSON = "application/json;charset=utf-8";

    @Override
    protected void generateAcceptableResponse(
            Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code, String message)
            throws IOException {
        response.setContentType(JSON);
        WebSecurity.HEADERS.forEach(response::setHeader);
        baseRequest.setHandled(true);
        response.getOutputStream().write(body(code, message));
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, JSON));
        WebSecurity.HEADERS.forEach(fields::put);
        return ByteBuffer.wrap(body(status, reason));
    }

    private static byte[] body(int status, String message) {
        String text = message == null ? "" : message;
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return ("{\"status\":" + status + ",\"error\":\"" + escaped + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}

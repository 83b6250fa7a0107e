package org.sendacc.server;

/**
 * What kind of failure a {@link DashboardException} reports, and so the HTTP status it is answered with: the one place
 * that decides which mistakes are the caller's (4xx) and which are ours or the pipeline's (5xx).
 */
public enum ErrorCategory {
    /** The request is malformed: a parameter is missing or not of the expected form. */
    BAD_REQUEST(400),
    /** A signed-in route was asked for without a session (docs/security.md, "Accounts"). */
    UNAUTHORIZED(401),
    /** The signed-in partner may not do this: another organisation's figures, or a form without its token. */
    FORBIDDEN(403),
    /** An upload larger than the server takes. */
    PAYLOAD_TOO_LARGE(413),
    /** The request is well formed but names an area, indicator, period or source the snapshot does not hold. */
    NOT_FOUND(404),
    /** The client has sent more requests in the last minute than the server's rate limit allows. */
    TOO_MANY_REQUESTS(429),
    /** No snapshot can be served: none is published yet, or the current one could not be read. */
    UNAVAILABLE(503),
    /** A published snapshot breaks the contract of docs/snapshot.md. */
    INVALID_SNAPSHOT(500);

    private final int status;

    ErrorCategory(int status) {
        this.status = status;
    }

    /** The HTTP status a request failing this way is answered with. */
    public int status() {
        return status;
    }
}

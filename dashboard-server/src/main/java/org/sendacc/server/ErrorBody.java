package org.sendacc.server;

import static java.util.Objects.requireNonNull;

/** The JSON body of every error response: {@code {"status": 404, "error": "Unknown area code 'E06000099'"}}. */
public record ErrorBody(int status, String error) {
    public ErrorBody {
        requireNonNull(error, "error is null");
    }
}

package org.sendacc.ingest.source;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * A file found in the ingest's input folder: its full URI, its path relative to that folder, its size in bytes, and
 * when it was last modified (milliseconds since the epoch; 0 when unknown), which orders resubmitted returns.
 */
public record InputFile(String uri, String relativePath, long bytes, long modified) implements Serializable {
    public InputFile {
        requireNonNull(uri, "uri is null");
        requireNonNull(relativePath, "relativePath is null");
    }

    public InputFile(String uri, String relativePath, long bytes) {
        this(uri, relativePath, bytes, 0);
    }
}

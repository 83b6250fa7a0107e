package org.sendacc.ingest.source;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/** A file found in the ingest's input folder: its full URI, its path relative to that folder, and its size in bytes. */
public record InputFile(String uri, String relativePath, long bytes) implements Serializable {
    public InputFile {
        requireNonNull(uri, "uri is null");
        requireNonNull(relativePath, "relativePath is null");
    }
}

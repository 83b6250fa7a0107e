package org.sendacc.rules.source;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.regex.Pattern;
import org.sendacc.rules.contract.Contract;
import org.sendacc.rules.read.RecordReader;

/**
 * A kind of input the ingest knows: which files are of this kind (by file name), how to read their layout, the
 * contract their rows must meet, and the warehouse table they land in.
 */
public record Source(
        String id,
        String table,
        String publisher,
        String description,
        Pattern fileName,
        RecordReader reader,
        Contract contract)
        implements Serializable {
    /** The publisher of the local returns that nobody publishes: one file per LA or ICB that sends one. */
    public static final String LOCAL_RETURN = "local return";

    public Source {
        requireNonNull(id, "id is null");
        requireNonNull(table, "table is null");
        requireNonNull(publisher, "publisher is null");
        requireNonNull(description, "description is null");
        requireNonNull(fileName, "fileName is null");
        requireNonNull(reader, "reader is null");
        requireNonNull(contract, "contract is null");
    }

    /** True for a local return, whose files each name the LA or ICB that sent them ({@link Resubmissions}). */
    public boolean isLocalReturn() {
        return publisher.equals(LOCAL_RETURN);
    }

    /** True when a file of this name (the last part of its path) is of this source. */
    public boolean handles(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return fileName.matcher(name).matches();
    }
}

package org.sendacc.rules.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.sendacc.rules.contract.Contract;

/** Turns the bytes of one source file, in its publisher's layout, into records named by the contract's columns. */
public interface RecordReader extends Serializable {
    /**
     * Opens a file. Throws {@link FileRejectedException} when the file as a whole cannot be read (empty, wrong
     * delimiter, missing columns); row-level layout problems come back on the records themselves.
     */
    RecordStream open(String fileName, InputStream in, Contract contract) throws IOException, FileRejectedException;
}

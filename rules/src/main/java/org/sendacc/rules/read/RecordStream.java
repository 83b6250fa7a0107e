package org.sendacc.rules.read;

import java.util.Iterator;
import java.util.List;
import org.sendacc.rules.contract.Problem;

/**
 * The records of one file, read lazily so that a file of millions of rows streams through a Spark task. Problems
 * with the file as a whole that show only while reading (no data rows, a quote never closed) are available from
 * {@link #fileProblems()} once the iterator is exhausted.
 */
public interface RecordStream extends Iterator<RawRecord> {
    List<Problem> fileProblems();

    static RecordStream of(List<RawRecord> records, List<Problem> fileProblems) {
        Iterator<RawRecord> iterator = records.iterator();
        List<Problem> problems = List.copyOf(fileProblems);
        return new RecordStream() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public RawRecord next() {
                return iterator.next();
            }

            @Override
            public List<Problem> fileProblems() {
                return problems;
            }
        };
    }
}

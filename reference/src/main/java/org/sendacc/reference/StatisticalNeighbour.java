package org.sendacc.reference;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;

/**
 * One of the ten DfE statistical neighbours of a local authority, the comparators an LA is benchmarked against.
 *
 * @param rank 1 (closest) to 10
 * @param closeness DfE's closeness band as written, e.g. "Very close"
 */
public record StatisticalNeighbour(String laCode, int rank, String neighbourLaCode, String closeness)
        implements Serializable {

    public StatisticalNeighbour {
        requireNonNull(laCode, "laCode is null");
        requireNonNull(neighbourLaCode, "neighbourLaCode is null");
        requireNonNull(closeness, "closeness is null");
        if (rank < 1 || rank > 10) {
            throw new IllegalArgumentException("neighbour rank of LA " + laCode + " is " + rank + ", not 1..10");
        }
    }
}

package org.sendacc.reference;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One old-to-new pair in the declared mapping of LA code changes.
 *
 * <p>Publishers disagree about which code an authority has after a reorganisation, so the mapping is declared in one
 * table rather than guessed at each join; a split or merger appears as one row per pair.
 *
 * @param effectiveDate the first day the new code applied
 * @param note what happened and what the ONS change log says about it
 */
public record LaCodeChange(
        String oldCode,
        String oldName,
        String newCode,
        String newName,
        LocalDate effectiveDate,
        LaChangeType type,
        String note)
        implements Serializable {

    public LaCodeChange {
        requireNonNull(oldCode, "oldCode is null");
        requireNonNull(oldName, "oldName is null");
        requireNonNull(newCode, "newCode is null");
        requireNonNull(newName, "newName is null");
        requireNonNull(effectiveDate, "effectiveDate is null");
        requireNonNull(type, "type is null");
        requireNonNull(note, "note is null");
        if (oldCode.equals(newCode)) {
            throw new IllegalArgumentException("code change from " + oldCode + " to itself");
        }
    }
}

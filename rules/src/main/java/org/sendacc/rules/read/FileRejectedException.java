package org.sendacc.rules.read;

import static java.util.Objects.requireNonNull;

import org.sendacc.rules.contract.Problem;

/** A problem that makes a whole file unreadable: empty, wrong delimiter, required columns missing. */
public final class FileRejectedException extends Exception {
    private final transient Problem problem;

    public FileRejectedException(String rule, String message) {
        super(message);
        this.problem = Problem.ofFile(requireNonNull(rule, "rule is null"), message);
    }

    public Problem problem() {
        return problem;
    }
}

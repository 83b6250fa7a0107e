package org.sendacc.sample;

import static java.util.Objects.requireNonNull;

/**
 * One request for an EHC needs assessment, as the LA's return holds it on the snapshot day.
 *
 * <p>Dates are epoch days ({@link IsoDates#NONE} = empty cell). The constructor enforces the template's rules, so a
 * record can never be malformed by accident; the deliberately bad rows are written as raw text instead.
 */
record AssessmentRecord(
        String recordId,
        String laCode,
        int dateOfBirth,
        int requestDate,
        int decisionDate,
        Decision decision,
        int planIssueDate,
        Outcome outcome,
        boolean exception) {

    /** The LA's decision on the request; {@link #NONE} while undecided. */
    enum Decision {
        NONE(""),
        ASSESS("assess"),
        NOT_ASSESS("not_assess"),
        WITHDRAWN("withdrawn");

        private final String text;

        Decision(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    /** How the assessment ended; {@link #NONE} while not assessed or still in progress. */
    enum Outcome {
        NONE(""),
        PLAN_ISSUED("plan_issued"),
        NO_PLAN("no_plan");

        private final String text;

        Outcome(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    AssessmentRecord {
        requireNonNull(recordId, "recordId is null");
        requireNonNull(laCode, "laCode is null");
        requireNonNull(decision, "decision is null");
        requireNonNull(outcome, "outcome is null");
        if (requestDate == IsoDates.NONE) {
            throw new IllegalArgumentException("record " + recordId + " has no request date");
        }
        if ((decisionDate == IsoDates.NONE) != (decision == Decision.NONE)) {
            throw new IllegalArgumentException("record " + recordId + " has a decision without a date or vice versa");
        }
        if (decisionDate != IsoDates.NONE && decisionDate < requestDate) {
            throw new IllegalArgumentException("record " + recordId + " was decided before it was requested");
        }
        if ((planIssueDate != IsoDates.NONE) != (outcome == Outcome.PLAN_ISSUED)) {
            throw new IllegalArgumentException(
                    "record " + recordId + " has a plan date without plan_issued or vice versa");
        }
        if (outcome != Outcome.NONE && decision != Decision.ASSESS) {
            throw new IllegalArgumentException("record " + recordId + " has an outcome but was not assessed");
        }
        if (planIssueDate != IsoDates.NONE && planIssueDate < decisionDate) {
            throw new IllegalArgumentException("record " + recordId + " has a plan issued before the decision");
        }
        if (dateOfBirth != IsoDates.NONE && dateOfBirth > requestDate) {
            throw new IllegalArgumentException("record " + recordId + " was born after the request");
        }
    }

    boolean planIssued() {
        return outcome == Outcome.PLAN_ISSUED;
    }
}

package org.sendacc.contract.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The part of a child's journey through the SEND system an indicator measures, so that an LA-led and an ICB-led
 * indicator of the same pathway can be read together: where both are worse, the problem is joint (docs/findings.md).
 */
public enum Pathway implements Token {
    /** How many children and young people have EHC plans. */
    IDENTIFICATION("identification", "identifying needs"),
    /** Requests, the EHC needs assessment and its advice (educational psychology, health), and issuing plans. */
    ASSESSMENT("assessment", "EHC needs assessment"),
    /** Therapies and community health services: waiting times, caseloads, the designated medical officer. */
    HEALTH_SERVICES("health_services", "therapy and community health services"),
    /** What plans provide: personal budgets, high needs funding. */
    PROVISION("provision", "provision and funding"),
    /** Disagreement: appeals to the SEND Tribunal. */
    DISAGREEMENT("disagreement", "disagreement and appeals"),
    /** The joint inspection of the local area partnership. */
    INSPECTION("inspection", "area inspection"),
    /** How children and young people with SEND do: staying in education, training or work, attainment, attendance. */
    OUTCOMES("outcomes", "outcomes");

    private final String token;
    private final String label;

    Pathway(String token, String label) {
        this.token = token;
        this.label = label;
    }

    @Override
    @JsonValue
    public String token() {
        return token;
    }

    /** The pathway in words, to go in a sentence: "the EHC needs assessment pathway". */
    public String label() {
        return label;
    }

    public static Pathway fromCatalogue(String text) {
        return Token.parse(Pathway.class, text);
    }
}

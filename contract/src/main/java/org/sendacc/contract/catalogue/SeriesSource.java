package org.sendacc.contract.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an indicator's series comes from. A publisher's released statistics (DfE, MoJ, NHS England) are shown as
 * published, with the publisher's own symbols for what it withheld; our disclosure control (no count of 1 to 4, and
 * no withheld count recoverable by subtraction) applies to what we compute from unpublished local returns only (see
 * docs/snapshot.md "Disclosure").
 */
public enum SeriesSource implements Token {
    DFE_EES("dfe_ees", "DfE published statistics", true),
    MOJ("moj", "MoJ tribunal statistics", true),
    NHS_CWL("nhs_cwl", "NHS England community waiting lists", true),
    NHS_AUTISM("nhs_autism", "NHS England Autism Statistics (experimental statistics)", true),
    ESFA_DSG("esfa_dsg", "ESFA Dedicated Schools Grant allocations", true),
    D2I_ATTENDANCE(
            "d2i_attendance",
            "DfE's absence figures as re-published by the LA analysts' network (Data to Insight): unofficial",
            true),
    DFE_S251(
            "dfe_s251",
            "DfE's derivation from local authorities' section 251 outturn (its SEND and AP dashboard's data)",
            true),
    OFSTED("ofsted", "Ofsted and CQC area SEND inspections (official statistics)", true),
    D2I(
            "d2i",
            "Ofsted and CQC reports as scraped by the LA analysts' network (Data to Insight): not official statistics",
            true),
    LOCAL_RETURN("local_return", "Local return (not published)", false);

    private final String token;
    private final String label;
    private final boolean isPublished;

    SeriesSource(String token, String label, boolean isPublished) {
        this.token = token;
        this.label = label;
        this.isPublished = isPublished;
    }

    @Override
    @JsonValue
    public String token() {
        return token;
    }

    /** The source in words, as the pages name it. */
    public String label() {
        return label;
    }

    /** True for figures a publisher has already released; false for what we compute from unpublished returns. */
    public boolean isPublished() {
        return isPublished;
    }

    public static SeriesSource fromCatalogue(String text) {
        return Token.parse(SeriesSource.class, text);
    }
}

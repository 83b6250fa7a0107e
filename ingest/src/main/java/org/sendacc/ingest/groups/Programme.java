package org.sendacc.ingest.groups;

/**
 * DfE's SEND funding programmes, as the transcribed programme list names them, with how complete a list of their LAs
 * is known to be (docs/warehouse.md "Comparison groups"): no official file lists them.
 */
enum Programme {
    SEND_AP_CHANGE_PROGRAMME(
            "send_ap_change_programme",
            "SEND and AP Change Programme",
            true,
            "All 32 LAs in the 9 regional partnerships (September 2023 to March 2025)."),
    SAFETY_VALVE(
            "safety_valve",
            "Safety Valve",
            false,
            "Partial: 33 of the 38 agreements DfE lists; some agreements were later suspended."),
    DELIVERING_BETTER_VALUE(
            "delivering_better_value",
            "Delivering Better Value in SEND",
            false,
            "Partial: tranches 1 and 2 from a secondary transcription; about 10 of tranche 3's LAs are missing.");

    private final String token;
    private final String title;
    private final boolean complete;
    private final String note;

    Programme(String token, String title, boolean complete, String note) {
        this.token = token;
        this.title = title;
        this.complete = complete;
        this.note = note;
    }

    /** The programme a list's token names, or null for another. */
    static Programme of(String token) {
        for (Programme programme : values()) {
            if (programme.token.equals(token)) {
                return programme;
            }
        }
        return null;
    }

    String title() {
        return title;
    }

    boolean complete() {
        return complete;
    }

    String note() {
        return note;
    }
}

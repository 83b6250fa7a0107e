package org.sendacc.sample;

/**
 * The children's services whose waits the sample follows, with their England-level parameters.
 *
 * <p>Referral rates and median waits are set so that England's waiting lists come out near NHS England's published
 * children's figures (SLT about 68k waiting, community paediatrics about 83k, OT 18k, physiotherapy 16k in 2023),
 * with community paediatrics and SLT having the long tails.
 */
enum TherapyService {
    SLT("slt", "(CYP) Therapy interventions: Speech and language", 105, 11.5, 0.7),
    COMMUNITY_PAEDIATRICS("community_paediatrics", "(CYP) Community paediatric service", 77, 20, 0.85),
    OT("ot", "(CYP) Therapy interventions: Occupational therapy", 35, 10, 0.8),
    PHYSIO("physio", "(CYP) Therapy interventions: Physiotherapy", 46, 6.5, 0.75);

    private final String templateCode;
    private final String workbookColumn;
    private final double referralsPer10kPerYear;
    private final double medianWaitWeeks;
    private final double waitLogSpread;

    TherapyService(
            String templateCode,
            String workbookColumn,
            double referralsPer10kPerYear,
            double medianWaitWeeks,
            double waitLogSpread) {
        this.templateCode = templateCode;
        this.workbookColumn = workbookColumn;
        this.referralsPer10kPerYear = referralsPer10kPerYear;
        this.medianWaitWeeks = medianWaitWeeks;
        this.waitLogSpread = waitLogSpread;
    }

    /** The value of the {@code service} column in the therapy referrals template. */
    String templateCode() {
        return templateCode;
    }

    /** The service column heading in NHS England's community health services workbook. */
    String workbookColumn() {
        return workbookColumn;
    }

    double referralsPer10kPerYear() {
        return referralsPer10kPerYear;
    }

    double medianWaitWeeks() {
        return medianWaitWeeks;
    }

    double waitLogSpread() {
        return waitLogSpread;
    }
}

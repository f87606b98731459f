package com.estate.billing.dunning.domain;

/**
 * The stages of dunning (催缴) in the manual's order (infra/BUSINESS-RULES.md §13, Dunning). A case only
 * ever moves forward; it ends when the arrears are paid.
 */
public enum DunningStage {
    /** 1. Listed as overdue; the reason for non-payment is found out and recorded. */
    LISTED,
    /** 2. Reminded by phone or SMS of the amount, the period and a deadline. */
    REMINDED,
    /** 3. Still unpaid three months after the reminder: a formal letter by express mail (特快专递). */
    LETTER_SENT,
    /** 4. An owner who lives there and keeps not paying: a home visit. */
    HOME_VISIT,
    /** 5. Long, unjustified refusal: referred to legal channels. */
    LEGAL_REFERRAL;

    /** The manual's number of the stage, 1 to 5. */
    public int number() {
        return ordinal() + 1;
    }

    public boolean atLeast(DunningStage other) {
        return compareTo(other) >= 0;
    }
}

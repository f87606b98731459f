package com.estate.billing.dunning.domain;

import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When the scanner moves a case on by itself (infra/BUSINESS-RULES.md §13, Dunning). Dates are counted in the
 * business time zone, so "three months after the notice" is a calendar date, not a number of hours.
 *
 * @param reminderAfterListing how long a listed case waits for staff to remind by phone before an SMS reminder is sent
 * @param letterAfterNotice   the manual's "three months after the phone notice"
 * @param homeVisitAfterLetter from the letter to the home visit, for owners who live there
 * @param legalAfterLetter     from the letter to the legal referral, for owners who do not live there
 * @param legalAfterHomeVisit  from the home visit to the legal referral
 * @param paymentDeadline      the deadline a reminder names, counted from the reminder
 * @param longestPromise       how far ahead a promise to pay may be
 */
public record DunningTimings(Period reminderAfterListing, Period letterAfterNotice, Period homeVisitAfterLetter,
        Period legalAfterLetter, Period legalAfterHomeVisit, Period paymentDeadline, Period longestPromise,
        ZoneId zone) {

    public DunningTimings {
        Objects.requireNonNull(reminderAfterListing, "reminderAfterListing");
        Objects.requireNonNull(letterAfterNotice, "letterAfterNotice");
        Objects.requireNonNull(homeVisitAfterLetter, "homeVisitAfterLetter");
        Objects.requireNonNull(legalAfterLetter, "legalAfterLetter");
        Objects.requireNonNull(legalAfterHomeVisit, "legalAfterHomeVisit");
        Objects.requireNonNull(paymentDeadline, "paymentDeadline");
        Objects.requireNonNull(longestPromise, "longestPromise");
        Objects.requireNonNull(zone, "zone");
    }

    /** The manual's numbers and the defaults of {@code app.billing.dunning.*}. */
    public static DunningTimings standard() {
        return new DunningTimings(Period.ofDays(7), Period.ofMonths(3), Period.ofMonths(1), Period.ofMonths(2),
                Period.ofMonths(1), Period.ofDays(15), Period.ofDays(90), ZoneId.of("Asia/Shanghai"));
    }
}

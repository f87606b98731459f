package com.estate.billing.dunning;

import com.estate.billing.dunning.domain.DunningTimings;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.billing.dunning.*} (defaults in billing-service's application.yml): when the scanner moves a case on
 * (infra/BUSINESS-RULES.md §13, Dunning) and the categories staff file a reason for non-payment under.
 *
 * @param reasonCategories the reasons for non-payment stage 1 records, as codes (the desk's list)
 * @param letterPrefix     dunning letters are numbered {@code <prefix>-<year>-0001}, per community and year
 * @param letterIssuer     who signs the letter, printed at its foot
 * @param scanBatchSize    documents the stage scan fetches at a time from each of its two cursors (500)
 */
@ConfigurationProperties("app.billing.dunning")
public record DunningProperties(Period reminderAfterListing, Period letterAfterNotice, Period homeVisitAfterLetter,
        Period legalAfterLetter, Period legalAfterHomeVisit, Period paymentDeadline, Period longestPromise,
        List<String> reasonCategories, String letterPrefix, String letterIssuer, Integer scanBatchSize) {

    public DunningProperties {
        DunningTimings standard = DunningTimings.standard();
        reminderAfterListing = reminderAfterListing == null ? standard.reminderAfterListing() : reminderAfterListing;
        letterAfterNotice = letterAfterNotice == null ? standard.letterAfterNotice() : letterAfterNotice;
        homeVisitAfterLetter = homeVisitAfterLetter == null ? standard.homeVisitAfterLetter() : homeVisitAfterLetter;
        legalAfterLetter = legalAfterLetter == null ? standard.legalAfterLetter() : legalAfterLetter;
        legalAfterHomeVisit = legalAfterHomeVisit == null ? standard.legalAfterHomeVisit() : legalAfterHomeVisit;
        paymentDeadline = paymentDeadline == null ? standard.paymentDeadline() : paymentDeadline;
        longestPromise = longestPromise == null ? standard.longestPromise() : longestPromise;
        reasonCategories = reasonCategories == null || reasonCategories.isEmpty() ? List.of("OTHER")
                : List.copyOf(reasonCategories);
        letterPrefix = letterPrefix == null ? "CJ" : letterPrefix;
        letterIssuer = letterIssuer == null ? "物业服务中心" : letterIssuer;
        scanBatchSize = scanBatchSize == null ? 500 : scanBatchSize;
        if (scanBatchSize < 1) {
            throw new IllegalArgumentException("app.billing.dunning.scan-batch-size must be at least 1");
        }
    }

    /** @param zone billing's business time zone ({@code app.billing.time-zone}) */
    public DunningTimings timings(ZoneId zone) {
        return new DunningTimings(reminderAfterListing, letterAfterNotice, homeVisitAfterLetter, legalAfterLetter,
                legalAfterHomeVisit, paymentDeadline, longestPromise, zone);
    }
}

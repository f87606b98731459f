package com.estate.billing.dunning.web;

import com.estate.billing.dunning.domain.ContactChannel;
import com.estate.billing.dunning.domain.ContactOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The bodies of the dunning desk's actions; stage, amounts owed and who acted are the service's. */
final class DunningRequests {

    private DunningRequests() {
    }

    /** Stage 1: why the household does not pay (a category of {@code app.billing.dunning.reason-categories}). */
    record Reason(@NotBlank @Size(max = 40) String category, @Size(max = 1000) String note) {
    }

    /** Whether the owner lives in the unit, as the desk found out. */
    record Residence(@NotNull Boolean ownerLivesThere) {
    }

    /** A contact: a call with its outcome, an SMS (sent now), a conversation at the desk. */
    record ContactBody(@NotNull ContactChannel channel, ContactOutcome outcome, @Size(max = 1000) String note) {
    }

    /** @param amount yuan, two places; empty: everything overdue */
    record Promise(@NotNull LocalDate payBy,
            @Pattern(regexp = "^[0-9]{1,9}\\.[0-9]{2}$") String amount,
            @Size(max = 1000) String note) {
    }

    /** Stage 3: the letter went by express mail. */
    record LetterDispatch(@NotBlank @Size(max = 40) String courier,
            @NotBlank @Pattern(regexp = "^[A-Za-z0-9-]{6,40}$") String trackingNumber) {
    }

    /** Stage 4 or 5: what was done, and for a legal referral its reference (a law firm's file, a court case). */
    record StageOutcome(@NotBlank @Size(max = 1000) String outcome, @Size(max = 100) String reference) {
    }
}

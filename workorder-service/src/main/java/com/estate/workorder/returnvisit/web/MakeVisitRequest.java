package com.estate.workorder.returnvisit.web;

import com.estate.workorder.returnvisit.ReturnVisits;
import com.estate.workorder.returnvisit.domain.VisitChannel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the resident said on the visit, as the desk records it. */
record MakeVisitRequest(
        @NotNull VisitChannel channel,
        @NotNull Boolean satisfied,
        @NotNull @Min(1) @Max(5) Integer rating,
        @Size(max = 1000) String comments) {

    ReturnVisits.Outcome toOutcome() {
        return new ReturnVisits.Outcome(channel, satisfied, rating, comments == null ? "" : comments.strip());
    }
}

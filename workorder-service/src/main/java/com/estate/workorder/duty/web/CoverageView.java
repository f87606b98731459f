package com.estate.workorder.duty.web;

import com.estate.workorder.duty.domain.Gap;
import com.estate.workorder.duty.domain.ShiftRef;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The coverage check's answer: {@code covered} is true when the range has no gap. */
record CoverageView(String communityId, LocalDate from, LocalDate to, boolean covered, List<GapView> gaps) {

    static CoverageView of(String communityId, LocalDate from, LocalDate to, List<Gap> gaps) {
        return new CoverageView(communityId, from, to, gaps.isEmpty(), gaps.stream().map(GapView::of).toList());
    }

    record GapView(OffsetDateTime start, OffsetDateTime end, long minutes, List<ShiftRef> shifts) {

        static GapView of(Gap gap) {
            return new GapView(gap.period().start().toOffsetDateTime(), gap.period().end().toOffsetDateTime(),
                    java.time.Duration.between(gap.period().start(), gap.period().end()).toMinutes(), gap.shifts());
        }
    }
}

package com.estate.resident.timeline.web;

import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import com.estate.resident.timeline.UnitTimelines;
import com.estate.resident.timeline.domain.TimelineKind;
import com.estate.resident.timeline.domain.TimelineTitles;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TimelineController {

    private static final TimelineTitles TITLES = new TimelineTitles();

    private final UnitTimelines timelines;
    private final PageRequests pageRequests;

    TimelineController(UnitTimelines timelines, PageRequests pageRequests) {
        this.timelines = timelines;
        this.pageRequests = pageRequests;
    }

    /**
     * The household's timeline, newest first (equal times by entry id), optionally only some kinds
     * ({@code kind=BILL,PAYMENT} or {@code kind=BILL&kind=PAYMENT}).
     */
    @GetMapping("/api/units/{unitId}/timeline")
    PageResponse<TimelineEntryResponse> timeline(@PathVariable UUID unitId, Caller caller,
            @RequestParam(required = false) Set<TimelineKind> kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        // "kind=" alone (a cleared filter) reads as no filter
        Set<TimelineKind> kinds = EnumSet.noneOf(TimelineKind.class);
        if (kind != null) {
            kind.stream().filter(Objects::nonNull).forEach(kinds::add);
        }
        return PageResponse.of(timelines.of(caller, unitId.toString(), kinds,
                pageRequests.of(page, size, Sort.unsorted())), entry -> TimelineEntryResponse.of(entry, TITLES));
    }
}

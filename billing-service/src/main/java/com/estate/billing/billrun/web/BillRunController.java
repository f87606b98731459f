package com.estate.billing.billrun.web;

import com.estate.billing.billrun.BillRunPeriod;
import com.estate.billing.billrun.BillRuns;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bill runs: finance starts one per community and period; it works in the background, its report is read here. */
@RestController
class BillRunController {

    private static final String FINANCE = "hasAnyRole('PLATFORM_ADMIN', 'FINANCE')";
    private static final String READERS = "hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'DIRECTOR')";

    private final BillRuns runs;
    private final PageRequests pageRequests;

    BillRunController(BillRuns runs, PageRequests pageRequests) {
        this.runs = runs;
        this.pageRequests = pageRequests;
    }

    /** 202: the run is accepted and running; poll its Location until it is COMPLETED (or FAILED: start it again). */
    @PostMapping("/api/billing/bill-runs")
    @IdempotentCommand
    @PreAuthorize(FINANCE)
    ResponseEntity<BillRunResponse> start(@Valid @RequestBody BillRunRequest request, Caller caller) {
        var run = runs.start(caller, request.communityId(),
                request.period() == null ? BillRunPeriod.MONTHLY : request.period(), request.from());
        return ResponseEntity.accepted().location(URI.create("/api/billing/bill-runs/" + run.getId()))
                .body(BillRunResponse.of(run));
    }

    @GetMapping("/api/billing/bill-runs/{id}")
    @PreAuthorize(READERS)
    BillRunResponse get(@PathVariable UUID id, Caller caller) {
        return BillRunResponse.of(runs.get(caller, id.toString()));
    }

    @GetMapping("/api/billing/bill-runs")
    @PreAuthorize(READERS)
    PageResponse<BillRunResponse> list(Caller caller, @RequestParam(required = false) String communityId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(runs.list(caller, communityId, pageRequests.of(page, size,
                Sort.by(Sort.Direction.DESC, "periodFrom").and(Sort.by("_id")))), BillRunResponse::of);
    }
}

package com.estate.billing.bill.web;

import com.estate.billing.bill.BillQueries;
import com.estate.billing.bill.BillStatus;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bills, read-only: residents their own household's, staff their communities'; 404 for anything else. */
@RestController
class BillController {

    private static final String READERS = "hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'CS_AGENT', 'CS_SUPERVISOR', "
            + "'DIRECTOR', 'RESIDENT')";

    private final BillQueries bills;
    private final PageRequests pageRequests;

    BillController(BillQueries bills, PageRequests pageRequests) {
        this.bills = bills;
        this.pageRequests = pageRequests;
    }

    @GetMapping("/api/billing/bills/{id}")
    @PreAuthorize(READERS)
    BillResponse get(@PathVariable String id, Caller caller) {
        // periodic bills' ids are readable (bill-<period>-<account>), one-off bills' are UUIDs (BillIds)
        return BillResponse.of(bills.visible(caller, id));
    }

    /** Newest due date first; filtered by account, community and status, always within what the caller may see. */
    @GetMapping("/api/billing/bills")
    @PreAuthorize(READERS)
    PageResponse<BillResponse> list(Caller caller, @RequestParam(required = false) String accountId,
            @RequestParam(required = false) String communityId, @RequestParam(required = false) BillStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var pageable = pageRequests.of(page, size, Sort.by(Sort.Direction.DESC, "dueDate").and(Sort.by("_id")));
        return PageResponse.of(bills.list(caller, accountId, communityId, status, pageable), BillResponse::of);
    }
}

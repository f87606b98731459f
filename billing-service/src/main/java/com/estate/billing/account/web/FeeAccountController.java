package com.estate.billing.account.web;

import com.estate.billing.account.FeeAccounts;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FeeAccountController {

    static final String READERS = "hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'CS_AGENT', 'CS_SUPERVISOR', 'DIRECTOR', "
            + "'RESIDENT')";

    private final FeeAccounts accounts;
    private final PageRequests pageRequests;

    FeeAccountController(FeeAccounts accounts, PageRequests pageRequests) {
        this.accounts = accounts;
        this.pageRequests = pageRequests;
    }

    @GetMapping("/api/billing/accounts/{id}")
    @PreAuthorize(READERS)
    FeeAccountResponse get(@PathVariable String id, Caller caller) {
        return FeeAccountResponse.of(accounts.get(caller, id));
    }

    /** Every movement on the account, newest first. */
    @GetMapping("/api/billing/accounts/{id}/ledger")
    @PreAuthorize(READERS)
    PageResponse<LedgerEntryResponse> ledger(@PathVariable String id, Caller caller,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var pageable = pageRequests.of(page, size, Sort.by(Sort.Direction.DESC, "bookedAt").and(Sort.by("_id")));
        return PageResponse.of(accounts.ledgerOf(caller, id, pageable), LedgerEntryResponse::of);
    }

    /** By unit (one account at most) or by community; always limited to what the caller may see. */
    @GetMapping("/api/billing/accounts")
    @PreAuthorize(READERS)
    PageResponse<FeeAccountResponse> list(Caller caller, @RequestParam(required = false) String unitId,
            @RequestParam(required = false) String communityId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var pageable = pageRequests.of(page, size, Sort.by("unitId"));
        if (unitId != null) {
            var found = accounts.ofUnit(caller, unitId);
            return PageResponse.of(new PageImpl<>(found, pageable, found.size()), FeeAccountResponse::of);
        }
        return PageResponse.of(accounts.inCommunity(caller, communityId, pageable), FeeAccountResponse::of);
    }
}

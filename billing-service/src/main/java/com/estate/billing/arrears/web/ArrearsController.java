package com.estate.billing.arrears.web;

import com.estate.billing.arrears.Arrears;
import com.estate.billing.arrears.ArrearsCsv;
import com.estate.billing.dunning.DunningDesk;
import com.estate.billing.dunning.domain.DunningStage;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Arrears (欠费) by aging bucket: a community's report for finance and the director, and one account's for its
 * household and the community's staff (another household's: 404).
 */
@RestController
class ArrearsController {

    private final Arrears arrears;
    private final DunningDesk dunning;
    private final PageRequests pageRequests;

    ArrearsController(Arrears arrears, DunningDesk dunning, PageRequests pageRequests) {
        this.arrears = arrears;
        this.dunning = dunning;
        this.pageRequests = pageRequests;
    }

    /** The community's arrears: its totals by bucket and its accounts in arrears, the most overdue first. */
    @GetMapping("/api/billing/arrears")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'DIRECTOR')")
    ArrearsResponses.CommunityView community(Caller caller, @RequestParam String communityId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest pageable = pageRequests.of(page, size, Sort.unsorted());
        Arrears.OfCommunity report = arrears.ofCommunity(caller, communityId);
        Map<String, DunningStage> stages = dunning.openStagesIn(communityId);
        List<ArrearsResponses.AccountLine> items = report.accountsInArrears().stream()
                .skip(pageable.getOffset()).limit(pageable.getPageSize())
                .map(account -> new ArrearsResponses.AccountLine(account.open().accountId(), account.open().unitId(),
                        ArrearsResponses.AgingView.of(account.aging()), stages.get(account.open().accountId())))
                .toList();
        return new ArrearsResponses.CommunityView(communityId, report.asOf(),
                ArrearsResponses.AgingView.of(report.total()), report.accountsInArrears().size(), items,
                pageable.getPageNumber(), pageable.getPageSize());
    }

    /** The same report as CSV, every account in arrears on one line, and a total line. */
    @GetMapping(value = "/api/billing/arrears.csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'DIRECTOR')")
    ResponseEntity<String> csv(Caller caller, @RequestParam String communityId) {
        Arrears.OfCommunity report = arrears.ofCommunity(caller, communityId);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("arrears-" + communityId + "-" + report.asOf() + ".csv").build().toString())
                .body(ArrearsCsv.of(report, dunning.openStagesIn(communityId)));
    }

    @GetMapping("/api/billing/arrears/accounts/{accountId}")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'DIRECTOR', 'CS_AGENT', 'CS_SUPERVISOR', 'RESIDENT')")
    ArrearsResponses.AccountView account(@PathVariable String accountId, Caller caller) {
        Arrears.OfAccount ofAccount = arrears.ofAccount(caller, accountId);
        return ArrearsResponses.AccountView.of(ofAccount, dunning.ofAccount(accountId).orElse(null));
    }
}

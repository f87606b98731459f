package com.estate.billing.dunning.web;

import com.estate.billing.dunning.DunningDesk;
import com.estate.billing.dunning.DunningLetterPdf;
import com.estate.billing.dunning.DunningScan;
import com.estate.billing.dunning.DunningScanner;
import com.estate.billing.dunning.domain.DunningStage;
import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.money.Money;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageRequests;
import com.estate.platform.web.PageResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dunning (催缴) cases by fee account: the list and one case for the desk and finance, the desk's actions, and a
 * stage scan on request. Staff see only their communities' cases; residents none (404).
 */
@RestController
class DunningController {

    static final String READ = "hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'DIRECTOR', 'CS_AGENT', 'CS_SUPERVISOR')";
    static final String DESK = "hasAnyRole('CS_AGENT', 'CS_SUPERVISOR', 'FINANCE')";
    static final String LEGAL = "hasAnyRole('FINANCE', 'DIRECTOR')";
    private static final Sort LONGEST_IN_STAGE_FIRST = Sort.by("stageEnteredAt", "_id");

    private final DunningDesk desk;
    private final DunningScanner scanner;
    private final DunningLetterPdf letters;
    private final PageRequests pageRequests;

    DunningController(DunningDesk desk, DunningScanner scanner, DunningLetterPdf letters, PageRequests pageRequests) {
        this.desk = desk;
        this.scanner = scanner;
        this.letters = letters;
        this.pageRequests = pageRequests;
    }

    @GetMapping("/api/billing/dunning")
    @PreAuthorize(READ)
    PageResponse<DunningCaseResponse> list(Caller caller, @RequestParam(required = false) String communityId,
            @RequestParam(required = false) Boolean open, @RequestParam(required = false) DunningStage stage,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(desk.list(caller, communityId, open, stage,
                pageRequests.of(page, size, LONGEST_IN_STAGE_FIRST)), DunningCaseResponse::of);
    }

    @GetMapping("/api/billing/dunning/{accountId}")
    @PreAuthorize(READ)
    ResponseEntity<DunningCaseResponse> get(@PathVariable String accountId, Caller caller) {
        return Etags.ok(desk.visible(caller, accountId), DunningCaseResponse::of);
    }

    @PutMapping("/api/billing/dunning/{accountId}/reason")
    @PreAuthorize(DESK)
    ResponseEntity<DunningCaseResponse> reason(@PathVariable String accountId,
            @Valid @RequestBody DunningRequests.Reason body, IfMatch ifMatch, Caller caller) {
        return Etags.ok(desk.recordReason(caller, accountId, ifMatch, body.category(), body.note()),
                DunningCaseResponse::of);
    }

    @PutMapping("/api/billing/dunning/{accountId}/residence")
    @PreAuthorize(DESK)
    ResponseEntity<DunningCaseResponse> residence(@PathVariable String accountId,
            @Valid @RequestBody DunningRequests.Residence body, IfMatch ifMatch, Caller caller) {
        return Etags.ok(desk.confirmResidence(caller, accountId, ifMatch, body.ownerLivesThere()),
                DunningCaseResponse::of);
    }

    @PostMapping("/api/billing/dunning/{accountId}/contacts")
    @IdempotentCommand
    @PreAuthorize(DESK)
    ResponseEntity<DunningCaseResponse> contact(@PathVariable String accountId,
            @Valid @RequestBody DunningRequests.ContactBody body, IfMatch ifMatch, Caller caller) {
        return Etags.ok(desk.recordContact(caller, accountId, ifMatch, body.channel(), body.outcome(), body.note()),
                DunningCaseResponse::of);
    }

    @PostMapping("/api/billing/dunning/{accountId}/promises")
    @IdempotentCommand
    @PreAuthorize(DESK)
    ResponseEntity<DunningCaseResponse> promise(@PathVariable String accountId,
            @Valid @RequestBody DunningRequests.Promise body, IfMatch ifMatch, Caller caller) {
        return Etags.ok(desk.promise(caller, accountId, ifMatch, body.payBy(),
                body.amount() == null ? null : Money.yuan(body.amount()), body.note()), DunningCaseResponse::of);
    }

    @PutMapping("/api/billing/dunning/{accountId}/letter/dispatch")
    @PreAuthorize(DESK)
    ResponseEntity<DunningCaseResponse> letterDispatched(@PathVariable String accountId,
            @Valid @RequestBody DunningRequests.LetterDispatch body, IfMatch ifMatch, Caller caller) {
        return Etags.ok(desk.letterDispatched(caller, accountId, ifMatch, body.courier(), body.trackingNumber()),
                DunningCaseResponse::of);
    }

    @PutMapping("/api/billing/dunning/{accountId}/home-visit")
    @PreAuthorize(DESK)
    ResponseEntity<DunningCaseResponse> homeVisit(@PathVariable String accountId,
            @Valid @RequestBody DunningRequests.StageOutcome body, IfMatch ifMatch, Caller caller) {
        return Etags.ok(desk.homeVisited(caller, accountId, ifMatch, body.outcome()), DunningCaseResponse::of);
    }

    @PutMapping("/api/billing/dunning/{accountId}/legal-referral")
    @PreAuthorize(LEGAL)
    ResponseEntity<DunningCaseResponse> legalReferral(@PathVariable String accountId,
            @Valid @RequestBody DunningRequests.StageOutcome body, IfMatch ifMatch, Caller caller) {
        return Etags.ok(desk.referredToLegal(caller, accountId, ifMatch, body.outcome(), body.reference()),
                DunningCaseResponse::of);
    }

    /** The stage-3 letter, to print and send by express mail. */
    @GetMapping(value = "/api/billing/dunning/{accountId}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(READ)
    ResponseEntity<byte[]> letter(@PathVariable String accountId, Caller caller) {
        DunningLetterPdf.Printed printed = letters.print(caller, accountId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename("dunning-letter-" + printed.letterNumber() + ".pdf").build().toString())
                .body(printed.pdf());
    }

    /** Runs the stage scan now (it also runs on its schedule); answers what it did. */
    @PostMapping("/api/billing/dunning/scans")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FINANCE')")
    DunningScan.Report scan() {
        return scanner.scanNow();
    }
}

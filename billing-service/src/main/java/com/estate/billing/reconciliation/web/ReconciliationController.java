package com.estate.billing.reconciliation.web;

import com.estate.billing.reconciliation.ReconciliationReport;
import com.estate.billing.reconciliation.ReconciliationReports;
import com.estate.platform.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The latest report of the reconciliation job (which runs as a process of its own, {@code ./suite reconcile}). The
 * counts are the whole run's; the findings listed are those of the caller's communities.
 */
@RestController
class ReconciliationController {

    private final ReconciliationReports reports;

    ReconciliationController(ReconciliationReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/billing/reconciliation")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'FINANCE', 'DIRECTOR')")
    ReconciliationReport latest(Caller caller, @RequestParam(required = false) String communityId) {
        return reports.latest(caller, communityId);
    }
}

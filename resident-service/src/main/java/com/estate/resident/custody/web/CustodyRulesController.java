package com.estate.resident.custody.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.security.Caller;
import com.estate.resident.custody.CustodyRules;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A community's custody thresholds: staff read them, supervisors and the director change them (If-Match). */
@RestController
class CustodyRulesController {

    private final CustodyRules rules;

    CustodyRulesController(CustodyRules rules) {
        this.rules = rules;
    }

    @GetMapping("/api/communities/{communityId}/custody-rules")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT', 'TECHNICIAN', 'DIRECTOR')")
    ResponseEntity<CustodyRulesResponse> get(@PathVariable UUID communityId, Caller caller) {
        String community = communityId.toString();
        return Etags.ok(rules.of(caller, community), thresholds -> CustodyRulesResponse.of(community, thresholds));
    }

    @PutMapping("/api/communities/{communityId}/custody-rules")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'DIRECTOR')")
    ResponseEntity<CustodyRulesResponse> change(@PathVariable UUID communityId,
            @Valid @RequestBody CustodyRulesRequest request, IfMatch ifMatch, Caller caller) {
        String community = communityId.toString();
        return Etags.ok(rules.change(caller, community, ifMatch, request.toThresholds()),
                thresholds -> CustodyRulesResponse.of(community, thresholds));
    }
}

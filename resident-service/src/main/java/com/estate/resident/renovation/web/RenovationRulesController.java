package com.estate.resident.renovation.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.security.Caller;
import com.estate.resident.renovation.RenovationRulesStore;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A community's renovation rules: everyone of the community reads them; supervisors change them (If-Match). */
@RestController
class RenovationRulesController {

    private final RenovationRulesStore rules;

    RenovationRulesController(RenovationRulesStore rules) {
        this.rules = rules;
    }

    @GetMapping("/api/communities/{communityId}/renovation-rules")
    ResponseEntity<RulesBody.RulesView> get(@PathVariable UUID communityId, Caller caller) {
        return Etags.ok(rules.visibleTo(caller, communityId.toString()), RulesBody::of);
    }

    @PutMapping("/api/communities/{communityId}/renovation-rules")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR')")
    ResponseEntity<RulesBody.RulesView> put(@PathVariable UUID communityId, @Valid @RequestBody RulesBody body,
            IfMatch ifMatch, Caller caller) {
        return Etags.ok(rules.change(caller, communityId.toString(), ifMatch, body.rules()), RulesBody::of);
    }
}

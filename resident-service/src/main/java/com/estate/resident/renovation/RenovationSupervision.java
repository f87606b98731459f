package com.estate.resident.renovation;

import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.security.Caller;
import com.estate.resident.community.Communities;
import com.estate.resident.gatepass.GatePasses;
import com.estate.resident.gatepass.domain.GatePass;
import com.estate.resident.gatepass.domain.PassKind;
import com.estate.resident.gatepass.domain.PassSource;
import com.estate.resident.renovation.domain.Inspection;
import com.estate.resident.renovation.domain.Renovation;
import com.estate.resident.renovation.domain.WorkLogEntry;
import com.estate.resident.renovation.domain.WorkerPass;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Watching permitted works: temporary passes for named workers (WORKER gate passes, checked at the gate like
 * item passes), the work log (entries outside the community's working hours flagged), inspections and violations.
 * Each adds to the case with {@code If-Match: *}: they are new records of their own (Idempotency-Key), not changes
 * to what a client read.
 */
@Service
public class RenovationSupervision {

    static final String SOURCE = "renovation";

    private final RenovationCases cases;
    private final Communities communities;
    private final RenovationRulesStore rules;
    private final GatePasses gatePasses;
    private final Clock clock;

    RenovationSupervision(RenovationCases cases, Communities communities, RenovationRulesStore rules,
            GatePasses gatePasses, Clock clock) {
        this.cases = cases;
        this.communities = communities;
        this.rules = rules;
        this.gatePasses = gatePasses;
        this.clock = clock;
    }

    /**
     * A pass for a named worker, by default for the whole permitted period. The dates are checked before the pass
     * is stored, so a refused request leaves no pass behind.
     */
    public GatePass issueWorkerPass(Caller caller, String id, String workerName, LocalDate from, LocalDate until) {
        Renovation renovation = cases.visibleDocument(caller, id).renovation();
        LocalDate validFrom = Objects.requireNonNullElse(from, renovation.startDate());
        LocalDate validUntil = Objects.requireNonNullElse(until, renovation.endDate());
        WorkerPass planned = new WorkerPass(UUID.randomUUID().toString(), workerName, validFrom, validUntil);
        renovation.addWorkerPass(planned); // the rules, on the copy read: status and dates
        ZoneId zone = communities.visibleTo(caller, renovation.communityId()).timeZone();
        GatePass pass = gatePasses.issue(GatePass.issue(planned.gatePassId(), PassKind.WORKER,
                renovation.communityId(), renovation.unitId(), new PassSource(SOURCE, id), workerName, validFrom,
                validUntil, zone, clock.instant(), caller.subject()));
        cases.change(caller, id, IfMatch.ANY, document -> document.renovation().addWorkerPass(planned));
        return pass;
    }

    /** @param at when the work happened; now if null */
    public WorkLogEntry logWork(Caller caller, String id, Instant at, String note) {
        Renovation renovation = cases.visibleDocument(caller, id).renovation();
        Instant now = clock.instant();
        Instant happened = Objects.requireNonNullElse(at, now);
        ZoneId zone = communities.visibleTo(caller, renovation.communityId()).timeZone();
        boolean outside = !rules.of(renovation.communityId()).value().allowsWorkAt(happened, zone);
        WorkLogEntry entry = new WorkLogEntry(UUID.randomUUID().toString(), happened, note, outside,
                caller.subject(), now);
        cases.change(caller, id, IfMatch.ANY, document -> document.renovation().logWork(entry));
        return entry;
    }

    public Inspection inspect(Caller caller, String id, String findings, List<String> violations) {
        Inspection inspection = new Inspection(UUID.randomUUID().toString(), findings, violations, caller.subject(),
                clock.instant());
        cases.change(caller, id, IfMatch.ANY, document -> document.renovation().recordInspection(inspection));
        return inspection;
    }
}

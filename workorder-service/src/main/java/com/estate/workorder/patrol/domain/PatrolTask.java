package com.estate.workorder.patrol.domain;

import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.ConflictException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A patrol or inspection to make (infra/BUSINESS-RULES.md §1, §4): of a unit (custody, renovation) or a public area,
 * between {@code notBefore} and {@code dueBy}, along a checklist, once. Immutable.
 *
 * @param unitId   the unit patrolled; null for a public area
 * @param area     the public area inspected; null for a unit
 * @param sourceId what asked for it: the custody's patrol request, the renovation; null for a staff's own plan
 * @param custodyId the custody a custody patrol is for (its result goes back to it); null for other kinds
 */
public record PatrolTask(String id, String communityId, PatrolKind kind, String unitId, String area,
        String sourceId, String custodyId, Instant notBefore, Instant dueBy, List<ChecklistItem> checklist, PatrolStatus status,
        PatrolResult result, String createdBy, Instant createdAt) {

    public PatrolTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueBy, "dueBy");
        checklist = List.copyOf(checklist);
        if ((unitId == null) == (area == null)) {
            throw new IllegalArgumentException("a patrol is of a unit or of a public area");
        }
    }

    public static PatrolTask scheduled(String id, String communityId, PatrolKind kind, String unitId, String area,
            String sourceId, Instant notBefore, Instant dueBy, List<ChecklistItem> checklist, String by, Instant at) {
        return new PatrolTask(id, communityId, kind, unitId, area, sourceId, null, notBefore, dueBy, checklist,
                PatrolStatus.SCHEDULED, null, by, at);
    }

    /**
     * Records the result. Every checklist point is answered exactly once (a patrol that skipped one is not done),
     * and a point that is not fine says why.
     */
    public PatrolTask recorded(PatrolResult outcome) {
        if (status != PatrolStatus.SCHEDULED) {
            throw new ConflictException("patrol-not-scheduled", "patrol " + id + " is " + status, id, status.name());
        }
        Set<String> expected = checklist.stream().map(ChecklistItem::code).collect(Collectors.toSet());
        List<String> answered = outcome.checks().stream().map(CheckResult::code).toList();
        if (answered.size() != expected.size() || !expected.equals(Set.copyOf(answered))) {
            throw new BusinessRuleException("patrol-checklist-incomplete",
                    "the result answers each checklist point once: " + String.join(", ", expected),
                    String.join(", ", checklist.stream().map(ChecklistItem::code).toList()));
        }
        if (outcome.checks().stream().anyMatch(check -> !check.ok() && (check.note() == null
                || check.note().isBlank()))) {
            throw new BusinessRuleException("patrol-check-note", "a point that is not fine says what was found");
        }
        return with(PatrolStatus.DONE, outcome);
    }

    /** What it was for ended (a renovation accepted): a scheduled patrol is not made any more; a made one stays. */
    public PatrolTask ended() {
        return status == PatrolStatus.SCHEDULED ? with(PatrolStatus.ENDED, null) : this;
    }

    /** The task of a custody's patrol request: its result is reported back to that custody. */
    public PatrolTask forCustody(String custody) {
        return new PatrolTask(id, communityId, kind, unitId, area, sourceId, custody, notBefore, dueBy, checklist,
                status, result, createdBy, createdAt);
    }

    /** Whether the result answers a custody's patrol request (and so goes back to resident-service). */
    public boolean answersCustody() {
        return custodyId != null && sourceId != null && unitId != null;
    }

    public boolean isOfUnit() {
        return unitId != null;
    }

    public PatrolTask withResult(PatrolResult next) {
        return with(status, next);
    }

    private PatrolTask with(PatrolStatus next, PatrolResult outcome) {
        return new PatrolTask(id, communityId, kind, unitId, area, sourceId, custodyId, notBefore, dueBy, checklist,
                next, outcome, createdBy, createdAt);
    }
}

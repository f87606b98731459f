package com.estate.resident.custody.domain;

import java.time.Instant;

/**
 * A patrol of the unit's outside asked of maintenance (workorder-service schedules it). Its id is derived from
 * what it is for (the custody and ISO week, or the heavy-rain alert and phase), so asking twice asks once.
 *
 * @param isoWeek    the week a weekly patrol is for ({@code 2026-W49}); null for heavy rain
 * @param alertId    the heavy-rain alert; null for a weekly patrol
 * @param notBefore  not to be done before (after heavy rain: when the rain is expected to end); may be null
 * @param dueBy      to be done by
 * @param patrolId   the patrol recorded for it, once there is one
 */
public record PatrolRequest(String id, PatrolReason reason, String isoWeek, String alertId, Instant notBefore,
        Instant dueBy, Instant requestedAt, String patrolId) {

    PatrolRequest answeredBy(String patrol) {
        return new PatrolRequest(id, reason, isoWeek, alertId, notBefore, dueBy, requestedAt, patrol);
    }
}

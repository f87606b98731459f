package com.estate.resident.release.domain;

import com.estate.platform.problem.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An application to take goods out of the community (物品放行): the desk approves it (a gate pass for the day) or
 * refuses it with a reason; a decided application is not decided again.
 *
 * @param unitId null for a shop or company
 */
public record ReleaseApplication(String id, String communityId, String unitId, ApplicantKind applicantKind,
        String applicantName, List<ReleaseItem> items, String carrierName, String vehiclePlate, LocalDate date,
        ReleaseStatus status, String refusalReason, String decidedBy, Instant decidedAt, String gatePassId,
        String createdBy, Instant createdAt) {

    public ReleaseApplication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(applicantKind, "applicantKind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        items = List.copyOf(items);
    }

    public static ReleaseApplication submit(String id, String communityId, String unitId, ApplicantKind kind,
            String applicantName, List<ReleaseItem> items, String carrierName, String vehiclePlate, LocalDate date,
            String by, Instant now) {
        return new ReleaseApplication(id, communityId, unitId, kind, applicantName, items, carrierName, vehiclePlate,
                date, ReleaseStatus.SUBMITTED, null, null, null, null, by, now);
    }

    public ReleaseApplication approve(String gatePassId, String by, Instant now) {
        requireUndecided();
        return decided(ReleaseStatus.APPROVED, null, gatePassId, by, now);
    }

    public ReleaseApplication refuse(String reason, String by, Instant now) {
        requireUndecided();
        return decided(ReleaseStatus.REFUSED, reason, null, by, now);
    }

    private void requireUndecided() {
        if (status != ReleaseStatus.SUBMITTED) {
            throw new ConflictException("release-decided", "the application was already decided", id, status);
        }
    }

    private ReleaseApplication decided(ReleaseStatus to, String reason, String passId, String by, Instant now) {
        return new ReleaseApplication(id, communityId, unitId, applicantKind, applicantName, items, carrierName,
                vehiclePlate, date, to, reason, by, now, passId, createdBy, createdAt);
    }
}

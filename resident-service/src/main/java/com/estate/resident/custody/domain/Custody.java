package com.estate.resident.custody.domain;

import com.estate.resident.unit.domain.UnitStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * House custody (房屋托管, infra/BUSINESS-RULES.md §1): the owner is away and the property company looks after the unit
 * under a signed agreement, from the meter readings taken at the start; periodic readings show whether water or
 * electricity is being used (an anomaly), patrols are asked for and recorded, and at the end the unit goes back to
 * the status custody replaced.
 *
 * @param timeZone       the community's, in which the custody's days are counted
 * @param replacedStatus the unit's status before custody, restored when it ends
 * @param endedOn        the first day no longer in custody; null while active
 */
public record Custody(String id, String communityId, ZoneId timeZone, String unitId, String ownerResidentId,
        String agreementAttachmentId, LocalDate startedOn, MeterReadings startReadings, UnitStatus replacedStatus,
        CustodyStatus status, LocalDate endedOn, List<CustodyReading> readings, List<PatrolRequest> patrolRequests,
        List<Patrol> patrols, String startedBy, Instant startedAt) {

    public Custody {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(ownerResidentId, "ownerResidentId");
        Objects.requireNonNull(agreementAttachmentId, "agreementAttachmentId");
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(startReadings, "startReadings");
        Objects.requireNonNull(replacedStatus, "replacedStatus");
        Objects.requireNonNull(status, "status");
        readings = List.copyOf(readings);
        patrolRequests = List.copyOf(patrolRequests);
        patrols = List.copyOf(patrols);
    }

    /** Starts custody on {@code startedOn} (not after {@code today} in the community). */
    public static Custody start(String id, String communityId, ZoneId timeZone, String unitId,
            String ownerResidentId, String agreementAttachmentId, LocalDate startedOn, LocalDate today,
            MeterReadings startReadings, UnitStatus replacedStatus, String startedBy, Instant now) {
        if (startedOn.isAfter(today)) {
            throw new CustodyRefusedException("custody-day-in-future", "custody cannot start on " + startedOn
                    + ", after today " + today, startedOn.toString());
        }
        return new Custody(id, communityId, timeZone, unitId, ownerResidentId, agreementAttachmentId, startedOn,
                startReadings, replacedStatus, CustodyStatus.ACTIVE, null, List.of(), List.of(), List.of(),
                startedBy, now);
    }

    public boolean isActive() {
        return status == CustodyStatus.ACTIVE;
    }

    /** The latest reading, or the start readings while there is none. */
    public MeterReadings lastReadings() {
        return readings.isEmpty() ? startReadings : readings.getLast().readings();
    }

    /**
     * Records a reading against the thresholds; it may not go back on any meter (a misread or a replaced meter is
     * not a reading) nor be dated before the start or after today.
     */
    public Custody read(String readingId, LocalDate readOn, LocalDate today, MeterReadings reading,
            CustodyThresholds thresholds, String recordedBy, Instant now) {
        requireActive();
        requireDay(readOn, today);
        for (Meter meter : Meter.values()) {
            if (reading.of(meter).compareTo(lastReadings().of(meter)) < 0) {
                throw new CustodyRefusedException("custody-reading-decreased", meter + " reading "
                        + reading.of(meter).toPlainString() + " is below the last one, "
                        + lastReadings().of(meter).toPlainString(), meter.name(), reading.of(meter).toPlainString(),
                        lastReadings().of(meter).toPlainString());
            }
        }
        var recorded = new CustodyReading(readingId, readOn, reading, thresholds,
                thresholds.exceeded(startReadings, reading), recordedBy, now);
        List<CustodyReading> next = new ArrayList<>(readings);
        next.add(recorded);
        return with(next, patrolRequests, patrols);
    }

    /** Adds the patrol request unless one with its id is there already (asking twice asks once). */
    public Optional<Custody> request(PatrolRequest request) {
        requireActive();
        if (patrolRequests.stream().anyMatch(existing -> existing.id().equals(request.id()))) {
            return Optional.empty();
        }
        List<PatrolRequest> next = new ArrayList<>(patrolRequests);
        next.add(request);
        return Optional.of(with(readings, next, patrols));
    }

    /** Records a patrol; one that answers a request marks it answered (once). */
    public Custody patrolled(Patrol patrol, LocalDate today) {
        requireActive();
        requireDay(patrol.patrolledOn(), today);
        List<PatrolRequest> requests = new ArrayList<>(patrolRequests);
        if (patrol.requestId() != null) {
            int index = indexOfRequest(patrol.requestId());
            if (index < 0) {
                throw new CustodyRefusedException("custody-patrol-request-unknown", "custody " + id
                        + " has no patrol request " + patrol.requestId(), patrol.requestId());
            }
            if (requests.get(index).patrolId() != null) {
                throw new CustodyRefusedException("custody-patrol-request-answered", "patrol request "
                        + patrol.requestId() + " is answered already", patrol.requestId());
            }
            requests.set(index, requests.get(index).answeredBy(patrol.id()));
        }
        List<Patrol> next = new ArrayList<>(patrols);
        next.add(patrol);
        return with(readings, requests, next);
    }

    /**
     * Records a patrol maintenance made and reported itself (workorder-service's {@code patrol.completed}), as the
     * desk records one: once per patrol id, answering its request. Its day is the day it was recorded, kept between
     * the start and today (the two services' clocks may differ a little). A request another patrol answered first
     * stays answered by that one, and this patrol is kept beside it, unlinked: it was made all the same.
     *
     * @return the custody with the patrol, or empty when it was recorded before or the custody has ended
     */
    public Optional<Custody> reported(Patrol patrol, LocalDate today) {
        if (!isActive() || patrols.stream().anyMatch(existing -> existing.id().equals(patrol.id()))) {
            return Optional.empty();
        }
        LocalDate day = patrol.patrolledOn().isAfter(today) ? today
                : patrol.patrolledOn().isBefore(startedOn) ? startedOn : patrol.patrolledOn();
        int index = patrol.requestId() == null ? -1 : indexOfRequest(patrol.requestId());
        boolean answers = index >= 0 && patrolRequests.get(index).patrolId() == null;
        return Optional.of(patrolled(new Patrol(patrol.id(), answers ? patrol.requestId() : null, day,
                patrol.findings(), patrol.problemsFound(), patrol.photoIds(), patrol.recordedBy(),
                patrol.recordedAt()), today));
    }

    /** Whether the custody asked for this patrol. */
    public boolean hasRequest(String requestId) {
        return indexOfRequest(requestId) >= 0;
    }

    /** Ends custody: {@code endedOn} is the first day out of custody, from the start day to today. */
    public Custody end(LocalDate day, LocalDate today) {
        requireActive();
        requireDay(day, today);
        return new Custody(id, communityId, timeZone, unitId, ownerResidentId, agreementAttachmentId, startedOn,
                startReadings, replacedStatus, CustodyStatus.ENDED, day, readings, patrolRequests, patrols,
                startedBy, startedAt);
    }

    /** The status custody replaced, if the unit turned out to have another one when it changed. */
    public Custody replacing(UnitStatus status) {
        return new Custody(id, communityId, timeZone, unitId, ownerResidentId, agreementAttachmentId, startedOn,
                startReadings, status, this.status, endedOn, readings, patrolRequests, patrols, startedBy,
                startedAt);
    }

    private int indexOfRequest(String requestId) {
        for (int i = 0; i < patrolRequests.size(); i++) {
            if (patrolRequests.get(i).id().equals(requestId)) {
                return i;
            }
        }
        return -1;
    }

    private void requireActive() {
        if (!isActive()) {
            throw new CustodyEndedException(id);
        }
    }

    private void requireDay(LocalDate day, LocalDate today) {
        if (day.isBefore(startedOn) || day.isAfter(today)) {
            throw new CustodyRefusedException("custody-day-out-of-range", "day " + day + " is not between the start "
                    + startedOn + " and today " + today, day.toString(), startedOn.toString(), today.toString());
        }
    }

    private Custody with(List<CustodyReading> nextReadings, List<PatrolRequest> nextRequests,
            List<Patrol> nextPatrols) {
        return new Custody(id, communityId, timeZone, unitId, ownerResidentId, agreementAttachmentId, startedOn,
                startReadings, replacedStatus, status, endedOn, nextReadings, nextRequests, nextPatrols, startedBy,
                startedAt);
    }
}

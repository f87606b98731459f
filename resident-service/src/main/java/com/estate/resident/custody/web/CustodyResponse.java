package com.estate.resident.custody.web;

import com.estate.resident.custody.domain.Custody;
import com.estate.resident.custody.domain.CustodyReading;
import com.estate.resident.custody.domain.CustodyStatus;
import com.estate.resident.custody.domain.CustodyThresholds;
import com.estate.resident.custody.domain.MeterReadings;
import com.estate.resident.custody.domain.Patrol;
import com.estate.resident.custody.domain.PatrolReason;
import com.estate.resident.custody.domain.PatrolRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A custody record with its readings (each with the anomaly it showed, if any), patrol requests and patrols;
 * meter values and thresholds as decimal strings.
 *
 * @param anomalyDetected whether any reading went over a threshold
 */
record CustodyResponse(String id, String communityId, String unitId, String ownerResidentId,
        String agreementAttachmentId, CustodyStatus status, LocalDate startedOn, LocalDate endedOn, String timeZone,
        Readings startReadings, String replacedStatus, boolean anomalyDetected, List<Reading> readings,
        List<Request> patrolRequests, List<PatrolEntry> patrols, String startedBy, Instant startedAt) {

    record Readings(String water, String electricity) {
        static Readings of(MeterReadings readings) {
            return new Readings(text(readings.water()), text(readings.electricity()));
        }
    }

    record Exceeded(String meter, String unit, String start, String reading, String increase, String threshold) {
        static Exceeded of(CustodyThresholds.Exceedance e) {
            return new Exceeded(e.meter().name(), e.meter().unit(), text(e.start()), text(e.reading()),
                    text(e.increase()), text(e.threshold()));
        }
    }

    record Reading(String id, LocalDate readOn, Readings readings, Readings thresholds, boolean anomaly,
            List<Exceeded> exceeded, String recordedBy, Instant recordedAt) {
        static Reading of(CustodyReading reading) {
            return new Reading(reading.id(), reading.readOn(), Readings.of(reading.readings()),
                    new Readings(text(reading.thresholds().water()), text(reading.thresholds().electricity())),
                    reading.isAnomaly(), reading.exceeded().stream().map(Exceeded::of).toList(),
                    reading.recordedBy(), reading.recordedAt());
        }
    }

    record Request(String id, PatrolReason reason, String isoWeek, String alertId, Instant notBefore, Instant dueBy,
            Instant requestedAt, String patrolId) {
        static Request of(PatrolRequest r) {
            return new Request(r.id(), r.reason(), r.isoWeek(), r.alertId(), r.notBefore(), r.dueBy(),
                    r.requestedAt(), r.patrolId());
        }
    }

    record PatrolEntry(String id, String requestId, LocalDate patrolledOn, String findings, boolean problemsFound,
            List<String> photoIds, String recordedBy, Instant recordedAt) {
        static PatrolEntry of(Patrol p) {
            return new PatrolEntry(p.id(), p.requestId(), p.patrolledOn(), p.findings(), p.problemsFound(),
                    p.photoIds(), p.recordedBy(), p.recordedAt());
        }
    }

    static CustodyResponse of(Custody custody) {
        return new CustodyResponse(custody.id(), custody.communityId(), custody.unitId(), custody.ownerResidentId(),
                custody.agreementAttachmentId(), custody.status(), custody.startedOn(), custody.endedOn(),
                custody.timeZone().getId(), Readings.of(custody.startReadings()), custody.replacedStatus().name(),
                custody.readings().stream().anyMatch(CustodyReading::isAnomaly),
                custody.readings().stream().map(Reading::of).toList(),
                custody.patrolRequests().stream().map(Request::of).toList(),
                custody.patrols().stream().map(PatrolEntry::of).toList(), custody.startedBy(), custody.startedAt());
    }

    static String text(BigDecimal value) {
        return value.toPlainString();
    }
}

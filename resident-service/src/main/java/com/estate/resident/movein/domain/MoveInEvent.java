package com.estate.resident.movein.domain;

import java.time.Instant;
import java.util.List;

/** What a step of a case tells the rest of the suite, or the owner. */
public sealed interface MoveInEvent {

    /** The registration is done: billing is asked for the move-in fees. */
    record FeesRequested(MoveInCase movein, List<String> items, Instant requestedAt) implements MoveInEvent {
    }

    /** Both sides confirmed the start readings: billing charges metered fees from them. */
    record ReadingsConfirmed(MoveInCase movein, MeterReadings readings) implements MoveInEvent {
    }

    /** A defect to repair: first found, or reopened by the owner ({@code defect.reports() > 1}). */
    record DefectReported(MoveInCase movein, Defect defect, String previousOrderId, Instant reportedAt)
            implements MoveInEvent {
    }

    /** A work order completed a defect: the owner is asked to book a re-inspection. */
    record ReInspectionRequested(MoveInCase movein, Defect defect) implements MoveInEvent {
    }

    /** The desk booked the re-inspection: the owner is told when. */
    record ReInspectionBooked(MoveInCase movein, Defect defect, Instant at) implements MoveInEvent {
    }

    record Completed(MoveInCase movein, List<ArchiveEntry> archive, Instant completedAt) implements MoveInEvent {
    }
}

package com.estate.resident.movein.domain;

/**
 * Where one defect found at the inspection stands. Reported (published for workorder-service), a work order is
 * working on it, fixed (the order COMPLETED: a re-inspection is asked for), booked (the re-inspection appointment
 * recorded), then the owner accepts it, or reopens it and it is reported again.
 */
public enum DefectStatus {
    REPORTED,
    IN_REPAIR,
    FIXED,
    RE_INSPECTION_BOOKED,
    ACCEPTED
}

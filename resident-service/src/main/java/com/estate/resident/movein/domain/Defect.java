package com.estate.resident.movein.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A defect found at the house inspection, on its way through a work order to the owner's acceptance.
 *
 * @param number        1, 2, ... within the case; with the case id it makes the defect's id ({@link #idOf})
 * @param reports       how often it was reported: 1, then one more per reopening
 * @param orderId       the work order following it, once workorder-service announced one
 * @param orderRevision the newest {@code orderRevision} applied from that order: older events change nothing
 * @param pastOrderIds  orders that followed it before a new one was opened for a reopening: their events are stale
 */
public record Defect(int number, String room, String item, String description, List<String> photoAttachmentIds,
        DefectStatus status, int reports, String orderId, long orderRevision, List<String> pastOrderIds,
        Instant fixedAt, Instant reInspectionAt, Done booked, Done accepted, String reopenReason) {

    public Defect {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        photoAttachmentIds = List.copyOf(photoAttachmentIds);
        pastOrderIds = List.copyOf(pastOrderIds);
    }

    /**
     * The defect's id on the wire: the case id and the number, so the same defect always has the same id
     * (a reopening reports it again under it) and an order's {@code origin.id} leads straight to its case.
     */
    public static String idOf(String caseId, int number) {
        return caseId + ":" + number;
    }

    /** The case id in a defect id, or null if it is not one. */
    public static String caseIdOf(String defectId) {
        int colon = defectId == null ? -1 : defectId.lastIndexOf(':');
        return colon <= 0 ? null : defectId.substring(0, colon);
    }

    /** The defect number in a defect id, or -1 if it is not one. */
    public static int numberOf(String defectId) {
        int colon = defectId == null ? -1 : defectId.lastIndexOf(':');
        try {
            return colon <= 0 ? -1 : Integer.parseInt(defectId.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static Defect reported(int number, String room, String item, String description, List<String> photos) {
        return new Defect(number, room, item, description, photos, DefectStatus.REPORTED, 1, null, 0, List.of(), null,
                null, null, null, null);
    }

    Defect with(DefectStatus next, String order, long revision, List<String> pastOrders, Instant fixed,
            Instant appointment, Done bookedBy, Done acceptedBy, int reportCount, String reason) {
        return new Defect(number, room, item, description, photoAttachmentIds, next, reportCount, order, revision,
                pastOrders, fixed, appointment, bookedBy, acceptedBy, reason);
    }

    /** What the case waits for on this defect; empty once accepted. */
    List<String> waitingFor(String caseId) {
        String id = idOf(caseId, number);
        return switch (status) {
            case REPORTED, IN_REPAIR -> List.of("work-order-completed:" + id);
            case FIXED -> List.of("re-inspection-appointment:" + id);
            case RE_INSPECTION_BOOKED -> List.of("owner-sign-off:" + id);
            case ACCEPTED -> List.of();
        };
    }

    /** Whether an order's event is about the order now following this defect, or a new one for a reopening. */
    boolean isCurrentOrder(String order, long revision) {
        if (order.equals(orderId)) {
            return revision > orderRevision;
        }
        return status == DefectStatus.REPORTED && !pastOrderIds.contains(order);
    }

    List<String> pastOrdersWhenSwitchingTo(String order) {
        if (orderId == null || orderId.equals(order)) {
            return pastOrderIds;
        }
        List<String> past = new ArrayList<>(pastOrderIds);
        past.add(orderId);
        return past;
    }
}

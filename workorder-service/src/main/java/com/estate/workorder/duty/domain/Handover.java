package com.estate.workorder.duty.domain;

import com.estate.platform.problem.ConflictException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A shift handover (交接班, infra/BUSINESS-RULES.md §9): the outgoing person hands over, in writing, the open
 * matters (repairs, complaints, major events) and who holds which shared tool; the incoming person accepts it
 * once every entry the outgoing shift's log left open has been converted (work order or complaint) or closed with
 * a reason; and only then is the outgoing person released. {@code listedEntryIds}: the entries that were open
 * when the handover was written, the list the incoming person works through.
 */
public record Handover(String id, String communityId, ShiftRef outgoingShift, ShiftRef incomingShift,
        String outgoingStaffId, String incomingStaffId, List<String> listedEntryIds, List<OpenMatter> matters,
        List<Tool> tools, Status status, Instant createdAt, Instant acceptedAt, Instant releasedAt) {

    public enum Status {
        /** Written by the outgoing person, waiting for the incoming one. */
        OPEN,
        /** Accepted by the incoming person: the outgoing one may leave. */
        ACCEPTED,
        /** The outgoing person left. */
        RELEASED
    }

    public enum MatterKind {
        REPAIR, COMPLAINT, MAJOR_EVENT, OTHER
    }

    /** A matter handed over in writing; {@code reference} names its record (a work order, a log entry) if any. */
    public record OpenMatter(MatterKind kind, String description, String reference) {

        public OpenMatter {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(description, "description");
        }
    }

    /** A shared tool (keys, torch, radio, multimeter) and who has it now. */
    public record Tool(String item, String holder, String note) {

        public Tool {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(holder, "holder");
        }
    }

    public Handover {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(outgoingShift, "outgoingShift");
        Objects.requireNonNull(incomingShift, "incomingShift");
        Objects.requireNonNull(outgoingStaffId, "outgoingStaffId");
        Objects.requireNonNull(incomingStaffId, "incomingStaffId");
        Objects.requireNonNull(status, "status");
        listedEntryIds = List.copyOf(listedEntryIds);
        matters = List.copyOf(matters);
        tools = List.copyOf(tools);
    }

    public static Handover open(String id, String communityId, ShiftRef outgoingShift, ShiftRef incomingShift,
            String outgoingStaffId, String incomingStaffId, List<String> openEntryIds, List<OpenMatter> matters,
            List<Tool> tools, Instant now) {
        return new Handover(id, communityId, outgoingShift, incomingShift, outgoingStaffId, incomingStaffId,
                openEntryIds, matters, tools, Status.OPEN, now, null, null);
    }

    /** The outgoing person corrects what is handed over, while it is not accepted yet. */
    public Handover rewrite(List<OpenMatter> newMatters, List<Tool> newTools) {
        requireStatus(Status.OPEN, "rewrite");
        return new Handover(id, communityId, outgoingShift, incomingShift, outgoingStaffId, incomingStaffId,
                listedEntryIds, newMatters, newTools, status, createdAt, acceptedAt, releasedAt);
    }

    /**
     * @param unresolvedEntries the outgoing shift's log entries that are still open
     * @throws ConflictException naming them while any is open, or when it was accepted before
     */
    public Handover accept(List<String> unresolvedEntries, Instant now) {
        requireStatus(Status.OPEN, "accept");
        if (!unresolvedEntries.isEmpty()) {
            throw new ConflictException("handover-unresolved", "open entries", unresolvedEntries.size(),
                    String.join(", ", unresolvedEntries));
        }
        return new Handover(id, communityId, outgoingShift, incomingShift, outgoingStaffId, incomingStaffId,
                listedEntryIds, matters, tools, Status.ACCEPTED, createdAt, now, releasedAt);
    }

    /** @throws ConflictException while the incoming person has not accepted (the outgoing one stays until relieved) */
    public Handover release(Instant now) {
        if (status == Status.OPEN) {
            throw new ConflictException("handover-not-accepted", "not accepted", id);
        }
        if (status == Status.RELEASED) {
            return this;
        }
        return new Handover(id, communityId, outgoingShift, incomingShift, outgoingStaffId, incomingStaffId,
                listedEntryIds, matters, tools, Status.RELEASED, createdAt, acceptedAt, now);
    }

    public Map<MatterKind, Integer> matterCounts() {
        Map<MatterKind, Integer> counts = new TreeMap<>();
        matters.forEach(matter -> counts.merge(matter.kind(), 1, Integer::sum));
        return counts;
    }

    private void requireStatus(Status required, String action) {
        if (status != required) {
            throw new ConflictException("handover-state", "wrong state", action, status);
        }
    }
}

package com.estate.workorder.order.web;

import com.estate.platform.core.pii.MaskedPhone;
import com.estate.workorder.deadline.Deadlines;
import com.estate.workorder.order.domain.Action;
import com.estate.workorder.order.domain.Completion;
import com.estate.workorder.order.domain.HistoryEntry;
import com.estate.workorder.order.domain.Rating;
import com.estate.workorder.order.domain.TimeWindow;
import com.estate.workorder.order.domain.WorkOrder;
import com.estate.workorder.quote.Quote;
import com.estate.workorder.warranty.WarrantyDecision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as its readers see it: the contact phone masked for roles that do not need it, the allowed actions of its
 * status, urges counted for staff. Money as decimal strings.
 */
record WorkOrderResponse(String id, String communityId, String unitId, String publicArea, String requesterKind,
        String requesterId, String contactName, MaskedPhone contactPhone, String category, String description,
        List<String> photoIds, TimeWindow preferredWindow, boolean emergency, String channel, Origin origin,
        String status, List<String> allowedActions, String assigneeId, boolean pooled, TimeWindow appointment,
        String pauseReason, WarrantyDecision warranty, QuoteBody quote, Completion completion, String disputeReason,
        Rating rating, LocalDate leakTestOn, Deadlines deadlines, boolean overdue, int urgeCount,
        Instant lastUrgedAt, Instant createdAt, Instant changedAt, List<HistoryEntry> history) {

    record Origin(String kind, String id) {
    }

    record QuoteBody(String status, String total, String currency, List<Line> lines, String proposedBy,
            Instant proposedAt, String decidedBy, Instant decidedAt) {

        record Line(String itemCode, String description, String kind, String quantity, String unit, String unitPrice,
                String amount) {
        }

        static QuoteBody of(Quote quote) {
            return quote == null ? null : new QuoteBody(quote.status().name(), quote.total().toPlainString(),
                    quote.total().currency(), quote.lines().stream().map(l -> new Line(l.itemCode(), l.description(),
                            l.kind().name(), l.quantity().toPlainString(), l.unit(), l.unitPrice().toPlainString(),
                            l.amount().toPlainString())).toList(),
                    quote.proposedBy(), quote.proposedAt(), quote.decidedBy(), quote.decidedAt());
        }
    }

    static WorkOrderResponse of(WorkOrder order, java.util.function.UnaryOperator<String> decrypt) {
        var contact = order.contact();
        return new WorkOrderResponse(order.id(), order.communityId(), order.unitId(), order.publicArea(),
                order.requester().kind().name(), order.requester().id(), contact == null ? null : contact.name(),
                contact == null || contact.encryptedPhone() == null ? null
                        : MaskedPhone.of(decrypt.apply(contact.encryptedPhone())),
                order.category(), order.description(), order.photoIds(), order.preferredWindow(), order.emergency(),
                order.channel().name(), new Origin(order.origin().kind().wire(), order.origin().id()),
                order.status().name(), order.allowedActions().stream().map(Action::wire).toList(),
                order.assigneeId(), order.pooled(), order.appointment(), order.pauseReason(), order.warranty(),
                QuoteBody.of(order.quote()), order.completion(), order.disputeReason(), order.rating(),
                order.leakTestOn(), order.deadlines(), order.deadlines().isOverdue(), order.urgeCount(),
                order.lastUrgedAt(), order.createdAt(), order.changedAt(), order.history());
    }
}

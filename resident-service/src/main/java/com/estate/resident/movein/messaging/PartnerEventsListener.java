package com.estate.resident.movein.messaging;

import com.estate.platform.consumer.IdempotentConsumer;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.EventReader;
import com.estate.platform.events.InvalidEventException;
import com.estate.resident.movein.domain.Defect;
import com.estate.resident.movein.domain.MoveInCase;
import com.estate.resident.movein.persistence.MoveInCaseDocument;
import java.math.BigDecimal;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What billing and workorder-service tell a move-in case: its bill issued and paid, the work orders of its defects
 * moving. Each effect is applied through the platform's {@link IdempotentConsumer} to the case the event names (the
 * event id recorded in the same write, so a redelivery changes nothing), and an order's events apply in its
 * {@code orderRevision} order. An event that names a case that does not exist can never be applied: it goes to the
 * DLT, as every unknown reference does (infra/ARCHITECTURE.md §4).
 * <p>
 * Why not an {@code EventHandler} on the platform's router: these topics carry every bill and every work order of
 * the suite, and the router applies each event of a type to a document; the few that concern a move-in must be
 * picked out without writing anything for the rest. So this listener reads them in a consumer group of its own.
 */
@Component
class PartnerEventsListener {

    static final String BILL_ISSUED = "com.estate.billing.bill.issued.v1";
    static final String BILL_PAID = "com.estate.billing.bill.paid.v1";
    static final String ORDER_STATUS_CHANGED = "com.estate.workorder.order.status-changed.v1";

    private final IdempotentConsumer consumer;
    private final EventReader reader;
    private final MoveInPublications publications;

    PartnerEventsListener(IdempotentConsumer consumer, EventReader reader, MoveInPublications publications) {
        this.consumer = consumer;
        this.reader = reader;
        this.publications = publications;
    }

    @KafkaListener(id = "movein-partner-events", groupId = "${spring.application.name}-movein",
            topics = {"billing.events", "workorder.events"})
    void on(CloudEvent event) {
        switch (event.type() == null ? "" : event.type()) {
            case BILL_ISSUED -> bill(event, (movein, bill) -> movein.billIssued(bill.billId(), total(event, bill),
                    bill.dueDate()));
            case BILL_PAID -> bill(event, (movein, bill) -> movein.billPaid(bill.billId(), total(event, bill),
                    bill.paidAt() == null ? event.time() : bill.paidAt()));
            case ORDER_STATUS_CHANGED -> order(event);
            default -> {
                // other bills' and orders' news: not a move-in's
            }
        }
    }

    private void bill(CloudEvent event, BiFunction<MoveInCase, BillEvent, MoveInCase.Change> effect) {
        BillEvent bill = reader.data(event, BillEvent.class);
        String caseId = bill.moveInCaseId();
        if (caseId == null) {
            return;
        }
        if (bill.billId() == null || bill.total() == null) {
            throw new InvalidEventException("event " + event.id() + " has no billId or total");
        }
        apply(event, caseId, movein -> {
            if (movein.fees() == null || !movein.unitId().equals(bill.unitId())) {
                throw new InvalidEventException("bill " + bill.billId() + " answers no fee request of case " + caseId);
            }
            return effect.apply(movein, bill);
        });
    }

    private void order(CloudEvent event) {
        OrderStatusChanged order = reader.data(event, OrderStatusChanged.class);
        if (!order.isMoveInDefect()) {
            return;
        }
        String defectId = order.origin().id();
        String caseId = Defect.caseIdOf(defectId);
        int number = Defect.numberOf(defectId);
        if (caseId == null || number < 1 || order.orderId() == null || order.status() == null) {
            throw new InvalidEventException("event " + event.id() + " names no move-in defect: " + defectId);
        }
        apply(event, caseId, movein -> {
            if (movein.inspection() == null || movein.inspection().defects().stream()
                    .noneMatch(d -> d.number() == number)) {
                throw new InvalidEventException("case " + caseId + " has no defect " + defectId);
            }
            return movein.orderChanged(number, order.orderId(), order.orderRevision(), order.status(),
                    order.changedAt() == null ? event.time() : order.changedAt());
        });
    }

    private void apply(CloudEvent event, String caseId, Function<MoveInCase, MoveInCase.Change> effect) {
        consumer.apply(event, MoveInCaseDocument.class, caseId, () -> {
            throw new InvalidEventException("event " + event.id() + " refers to no move-in case " + caseId);
        }, document -> {
            MoveInCase.Change change = effect.apply(document.toDomain());
            document.update(change.movein());
            publications.queue(document, change.events());
        });
    }

    private static BigDecimal total(CloudEvent event, BillEvent bill) {
        try {
            return new BigDecimal(bill.total());
        } catch (NumberFormatException e) {
            throw new InvalidEventException("event " + event.id() + " has a total that is no amount", e);
        }
    }
}

package com.estate.workorder.order.messaging;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That an event asking for a work order was received, under the id derived from the event (infra/ARCHITECTURE.md
 * §8), naming the order it asks for. The order itself is taken in after the receipt is stored, on every delivery,
 * idempotently by its origin: a process that stops in between is completed by the redelivery.
 */
@Document("intake_receipts")
record IntakeReceipt(@Id String id, String eventType, String orderId, Instant receivedAt) {
}

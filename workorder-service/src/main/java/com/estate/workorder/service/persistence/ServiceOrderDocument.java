package com.estate.workorder.service.persistence;

import com.estate.platform.money.Money;
import com.estate.platform.outbox.AggregateDocument;
import com.estate.workorder.service.domain.ServiceOrder;
import com.estate.workorder.service.domain.ServiceOrderStatus;
import com.estate.workorder.service.domain.ServicePrice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A service order with its pending events (the charge request once accepted). */
@Document("service_orders")
public class ServiceOrderDocument extends AggregateDocument {

    @Id
    String id;

    String communityId;

    String unitId;

    String itemId;

    String itemName;

    String department;

    ServicePrice price;

    BigDecimal quantity;

    Money fee;

    String area;

    Instant scheduledFor;

    String expectedResult;

    ServiceOrderStatus status;

    List<String> assignees;

    String note;

    String agreedBy;

    Instant agreedAt;

    Instant finishedAt;

    String acceptedBy;

    Instant acceptedAt;

    protected ServiceOrderDocument() {
    }

    public static ServiceOrderDocument from(ServiceOrder order) {
        ServiceOrderDocument document = new ServiceOrderDocument();
        document.id = order.id();
        document.communityId = order.communityId();
        document.unitId = order.unitId();
        document.itemId = order.itemId();
        document.itemName = order.itemName();
        document.department = order.department();
        document.price = order.price();
        document.quantity = order.quantity();
        document.fee = order.fee();
        document.area = order.area();
        document.scheduledFor = order.scheduledFor();
        document.expectedResult = order.expectedResult();
        document.agreedBy = order.agreedBy();
        document.agreedAt = order.agreedAt();
        document.update(order);
        return document;
    }

    /** Copies what the actions change; what was agreed never changes. */
    public void update(ServiceOrder order) {
        status = order.status();
        assignees = order.assignees();
        note = order.note();
        finishedAt = order.finishedAt();
        acceptedBy = order.acceptedBy();
        acceptedAt = order.acceptedAt();
    }

    public ServiceOrder toDomain() {
        return new ServiceOrder(id, communityId, unitId, itemId, itemName, department, price, quantity, fee, area,
                scheduledFor, expectedResult, status, assignees == null ? List.of() : assignees, note, agreedBy,
                agreedAt, finishedAt, acceptedBy, acceptedAt);
    }
}

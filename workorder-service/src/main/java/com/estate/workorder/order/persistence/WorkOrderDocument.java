package com.estate.workorder.order.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.workorder.order.domain.WorkOrder;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A work order as stored: the domain object whole under {@code order}, the outbox and revision beside it, so an
 * action and the events it raises are one document write (infra/ARCHITECTURE.md §4).
 */
@Document("work_orders")
public class WorkOrderDocument extends AggregateDocument {

    /** Stored field names for queries. */
    public static final String COMMUNITY = "order.communityId";
    public static final String UNIT = "order.unitId";
    public static final String STATUS = "order.status";
    public static final String ASSIGNEE = "order.assigneeId";
    public static final String POOLED = "order.pooled";
    public static final String CREATED_AT = "order.createdAt";

    @Id
    private String id;

    private WorkOrder order;

    protected WorkOrderDocument() {
    }

    public WorkOrderDocument(WorkOrder order) {
        this.id = order.id();
        this.order = order;
    }

    public String id() {
        return id;
    }

    public WorkOrder order() {
        return order;
    }
}

package com.estate.workorder.statistics.persistence;

import com.estate.workorder.statistics.domain.OrderFact;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One order's statistics facts under its id. {@code version} orders the copies written to the month's summary:
 * a bucket keeps the copy of the highest version, so two events of one order applied at once cannot leave an
 * older copy behind.
 */
@Document("statistics_orders")
public class OrderFactDocument {

    @Id
    private String id;
    @Version
    private Long version;
    private OrderFact fact;

    protected OrderFactDocument() {
    }

    public static OrderFactDocument of(OrderFact fact) {
        OrderFactDocument document = new OrderFactDocument();
        document.id = fact.orderId();
        document.fact = fact;
        return document;
    }

    public OrderFact fact() {
        return fact;
    }

    public void update(OrderFact changed) {
        fact = changed;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}

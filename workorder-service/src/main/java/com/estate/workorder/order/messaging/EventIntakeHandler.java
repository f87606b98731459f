package com.estate.workorder.order.messaging;

import com.estate.platform.consumer.RecordCreatingHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.IntegrationEventType;
import com.estate.workorder.category.RepairCategories;
import com.estate.workorder.category.RepairCategory;
import com.estate.workorder.order.IntakeCommand;
import com.estate.workorder.order.WorkOrders;
import java.time.Clock;

/**
 * An event of another service that asks for a work order (a move-in defect, a custody anomaly): one order per
 * origin, however often the event is delivered. The receipt is created from the event ({@code RecordCreatingHandler});
 * the order follows on every delivery through {@link WorkOrders#intake}, which finds the order the origin already
 * has.
 *
 * @param <D> the handler's own record of the event's fields
 */
abstract class EventIntakeHandler<D> implements RecordCreatingHandler<D, IntakeReceipt> {

    private final IntegrationEventType type;
    private final WorkOrders orders;
    private final RepairCategories categories;
    private final String fallbackCategory;
    private final Clock clock;

    EventIntakeHandler(IntegrationEventType type, WorkOrders orders, RepairCategories categories,
            String fallbackCategory, Clock clock) {
        this.type = type;
        this.orders = orders;
        this.categories = categories;
        this.fallbackCategory = fallbackCategory;
        this.clock = clock;
    }

    /** The intake the event asks for; the same for every delivery of it. */
    abstract IntakeCommand command(D data);

    @Override
    public IntegrationEventType eventType() {
        return type;
    }

    @Override
    public Class<IntakeReceipt> recordType() {
        return IntakeReceipt.class;
    }

    @Override
    public IntakeReceipt newRecord(String id, D data, CloudEvent event) {
        return new IntakeReceipt(id, event.type(), WorkOrders.orderIdFor(command(data)), clock.instant());
    }

    @Override
    public void afterStored(IntakeReceipt receipt, D data, CloudEvent event) {
        orders.intake(command(data));
    }

    /** The category the community's dictionary suggests for the text, or the fallback when it suggests none. */
    String categoryFor(String communityId, String text) {
        return known(communityId, categories.suggest(communityId, text).map(s -> s.code()).orElse(fallbackCategory));
    }

    /** The code when the community has that category, else the fallback. */
    String known(String communityId, String code) {
        return categories.of(communityId).value().stream().map(RepairCategory::code).anyMatch(code::equals)
                ? code : fallbackCategory;
    }
}

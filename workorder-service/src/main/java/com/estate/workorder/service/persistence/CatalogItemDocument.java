package com.estate.workorder.service.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.workorder.service.domain.CatalogItem;
import com.estate.workorder.service.domain.ServicePrice;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One item of a community's service catalog; its revision is the item's ETag. */
@Document("service_catalog")
public class CatalogItemDocument extends AggregateDocument {

    @Id
    String id;

    String communityId;

    String name;

    String description;

    ServicePrice price;

    String department;

    boolean available;

    protected CatalogItemDocument() {
    }

    public static CatalogItemDocument from(CatalogItem item) {
        CatalogItemDocument document = new CatalogItemDocument();
        document.id = item.id();
        document.communityId = item.communityId();
        document.update(item);
        return document;
    }

    public void update(CatalogItem item) {
        name = item.name();
        description = item.description();
        price = item.price();
        department = item.department();
        available = item.available();
    }

    public CatalogItem toDomain() {
        return new CatalogItem(id, communityId, name, description, price, department, available);
    }
}

package com.estate.workorder.quote;

import com.estate.platform.outbox.AggregateDocument;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A community's own price list, once its supervisors set one; keyed by the community. */
@Document("price_lists")
class PriceListDocument extends AggregateDocument {

    @Id
    private String id;

    private List<PriceItem> items;

    protected PriceListDocument() {
    }

    PriceListDocument(String communityId, List<PriceItem> items) {
        this.id = communityId;
        this.items = List.copyOf(items);
    }

    List<PriceItem> items() {
        return List.copyOf(items);
    }

    void replace(List<PriceItem> next) {
        this.items = List.copyOf(next);
    }
}

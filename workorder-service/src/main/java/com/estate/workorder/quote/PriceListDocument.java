package com.estate.workorder.quote;

import com.estate.workorder.category.CommunityListDocument;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;

/** A community's own price list, once its supervisors set one; keyed by the community. */
@Document("price_lists")
class PriceListDocument extends CommunityListDocument<PriceItem> {

    protected PriceListDocument() {
    }

    PriceListDocument(String communityId, List<PriceItem> items) {
        super(communityId, items);
    }
}

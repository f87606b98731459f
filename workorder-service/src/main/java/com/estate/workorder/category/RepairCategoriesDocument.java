package com.estate.workorder.category;

import com.estate.platform.outbox.AggregateDocument;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A community's own categories and dictionary, once its supervisors changed the defaults; keyed by the community. */
@Document("repair_categories")
class RepairCategoriesDocument extends AggregateDocument {

    @Id
    private String id;

    private List<RepairCategory> categories;

    protected RepairCategoriesDocument() {
    }

    RepairCategoriesDocument(String communityId, List<RepairCategory> categories) {
        this.id = communityId;
        this.categories = List.copyOf(categories);
    }

    List<RepairCategory> categories() {
        return List.copyOf(categories);
    }

    void replace(List<RepairCategory> next) {
        this.categories = List.copyOf(next);
    }
}

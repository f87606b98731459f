package com.estate.workorder.category;

import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;

/** A community's own categories and dictionary, once its supervisors changed the defaults; keyed by the community. */
@Document("repair_categories")
class RepairCategoriesDocument extends CommunityListDocument<RepairCategory> {

    protected RepairCategoriesDocument() {
    }

    RepairCategoriesDocument(String communityId, List<RepairCategory> categories) {
        super(communityId, categories);
    }
}

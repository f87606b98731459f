package com.estate.workorder.category;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * A community's repair categories and their keyword dictionary: the defaults until its supervisors save their own
 * (revision 0 until then, so the first change is made with {@code If-Match: "0"}).
 */
@Service
public class RepairCategories {

    private final CommunityLists<RepairCategory, RepairCategoriesDocument> lists;

    RepairCategories(MongoTemplate mongo, CategoryProperties properties, ConditionalSave conditionalSave) {
        this.lists = new CommunityLists<>(mongo, conditionalSave, RepairCategoriesDocument.class,
                RepairCategoriesDocument::new, properties.defaults());
    }

    public Revised<List<RepairCategory>> of(String communityId) {
        return lists.of(communityId);
    }

    /** The category of the code, or 422 naming the community's codes. */
    public RepairCategory require(String communityId, String code) {
        List<RepairCategory> categories = of(communityId).value();
        return categories.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new UnknownCategoryException(code,
                        categories.stream().map(RepairCategory::code).toList()));
    }

    public Optional<CategorySuggester.Suggestion> suggest(String communityId, String description) {
        return CategorySuggester.suggest(of(communityId).value(), description);
    }

    /** Replaces the community's categories (the whole list, as read with its ETag). */
    public Revised<List<RepairCategory>> replace(String communityId, List<RepairCategory> categories,
            IfMatch ifMatch) {
        return lists.replace(communityId, categories, ifMatch);
    }
}

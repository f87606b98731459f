package com.estate.workorder.category;

import com.estate.platform.outbox.AggregateDocument;
import java.util.List;
import org.springframework.data.annotation.Id;

/**
 * A list a community's supervisors keep (its repair categories, its price list), keyed by the community; it exists
 * only once they changed the defaults.
 *
 * @param <T> what the list holds
 */
public abstract class CommunityListDocument<T> extends AggregateDocument {

    @Id
    private String id;

    private List<T> items;

    protected CommunityListDocument() {
    }

    protected CommunityListDocument(String communityId, List<T> items) {
        this.id = communityId;
        this.items = List.copyOf(items);
    }

    public List<T> items() {
        return List.copyOf(items);
    }

    void replace(List<T> next) {
        this.items = List.copyOf(next);
    }
}

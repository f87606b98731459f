package com.estate.workorder.category;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Reads and replaces a community's own list, or answers the defaults until there is one (revision 0, so the first
 * change is made with {@code If-Match: "0"}).
 *
 * @param <T> what the list holds
 * @param <D> the document that keeps it
 */
public final class CommunityLists<T, D extends CommunityListDocument<T>> {

    private final MongoTemplate mongo;
    private final ConditionalSave conditionalSave;
    private final Class<D> type;
    private final BiFunction<String, List<T>, D> create;
    private final List<T> defaults;

    public CommunityLists(MongoTemplate mongo, ConditionalSave conditionalSave, Class<D> type,
            BiFunction<String, List<T>, D> create, List<T> defaults) {
        this.mongo = mongo;
        this.conditionalSave = conditionalSave;
        this.type = type;
        this.create = create;
        this.defaults = List.copyOf(defaults);
    }

    public Revised<List<T>> of(String communityId) {
        D own = mongo.findById(communityId, type);
        return own == null ? new Revised<>(defaults, 0) : new Revised<>(own.items(), own.getRevision());
    }

    /** Replaces the whole list, as read with its ETag. */
    public Revised<List<T>> replace(String communityId, List<T> items, IfMatch ifMatch) {
        if (mongo.findById(communityId, type) == null) {
            ifMatch.require(0);
            try {
                D created = mongo.insert(create.apply(communityId, items));
                return new Revised<>(created.items(), created.getRevision());
            } catch (DuplicateKeyException e) {
                // another supervisor saved first: compared with theirs below
            }
        }
        D saved = conditionalSave.apply(() -> mongo.findById(communityId, type), ifMatch, d -> d.replace(items));
        return new Revised<>(saved.items(), saved.getRevision());
    }
}

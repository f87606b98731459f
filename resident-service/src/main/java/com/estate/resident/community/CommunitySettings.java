package com.estate.resident.community;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.PreconditionFailedException;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.security.Caller;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One setting a community may set for itself: the configured defaults, at revision 0 (ETag {@code "0"}), until its
 * staff change it; then its own document, keyed by the community's id. A change needs the revision it was read at
 * ({@code If-Match}), the defaults' included, so two supervisors never overwrite each other: the second one, also
 * when both change the defaults at the same moment (the insert's duplicate key), answers 412 with the ETag to read.
 * The settings raise no events, so a write conflict always means someone else changed it.
 *
 * @param <V> the setting's value
 * @param <D> its stored document
 */
public final class CommunitySettings<V, D extends CommunitySetting<V>> {

    private final MongoTemplate mongo;
    private final Communities communities;
    private final Class<D> documentType;
    private final Supplier<V> defaults;
    private final BiFunction<String, V, D> newDocument;

    /**
     * @param defaults    what applies until the community sets its own
     * @param newDocument the document storing a community's first own value
     */
    public CommunitySettings(MongoTemplate mongo, Communities communities, Class<D> documentType,
            Supplier<V> defaults, BiFunction<String, V, D> newDocument) {
        this.mongo = mongo;
        this.communities = communities;
        this.documentType = documentType;
        this.defaults = defaults;
        this.newDocument = newDocument;
    }

    /** The setting as the caller may read it (404 for a community they may not see). */
    public Revised<V> visibleTo(Caller caller, String communityId) {
        communities.visibleTo(caller, communityId);
        return current(communityId);
    }

    /** The setting in force, for a process that has already checked its caller against the community. */
    public Revised<V> current(String communityId) {
        D document = mongo.findById(communityId, documentType);
        return document == null ? new Revised<>(defaults.get(), 0) : new Revised<>(document.value(),
                document.revision());
    }

    /** Replaces the setting if it is still as the caller read it. */
    public Revised<V> change(Caller caller, String communityId, IfMatch ifMatch, V value) {
        communities.visibleTo(caller, communityId);
        D document = mongo.findById(communityId, documentType);
        ifMatch.require(document == null ? 0 : document.revision());
        try {
            if (document == null) {
                document = mongo.insert(newDocument.apply(communityId, value));
            } else {
                document.replace(value);
                document = mongo.save(document);
            }
        } catch (DuplicateKeyException | OptimisticLockingFailureException changedMeanwhile) {
            throw new PreconditionFailedException(Etags.of(current(communityId).revision()));
        }
        return new Revised<>(document.value(), document.revision());
    }
}

package com.estate.workorder.service;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.workorder.service.domain.CatalogItem;
import com.estate.workorder.service.persistence.CatalogItemDocument;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * The published catalog of convenience and commissioned services per community (infra/BUSINESS-RULES.md §8):
 * supervisors keep it, everyone of the community (residents too) reads it.
 */
@Service
public class ServiceCatalog {

    private final MongoTemplate mongo;
    private final ConditionalSave conditionalSave;

    ServiceCatalog(MongoTemplate mongo, ConditionalSave conditionalSave) {
        this.mongo = mongo;
        this.conditionalSave = conditionalSave;
    }

    /** An item as a supervisor describes it; the id and community are the service's. */
    public interface Draft {
        CatalogItem toItem(String id, String communityId);
    }

    public Revised<CatalogItem> add(Caller caller, String communityId, Draft draft) {
        caller.requireCommunity(communityId, "community", communityId);
        CatalogItemDocument document = mongo.insert(CatalogItemDocument.from(draft.toItem(UUID.randomUUID()
                .toString(), communityId)));
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    public Revised<CatalogItem> change(Caller caller, String itemId, IfMatch ifMatch,
            UnaryOperator<CatalogItem> change) {
        CatalogItemDocument saved = conditionalSave.apply(() -> visibleDocument(caller, itemId), ifMatch,
                document -> document.update(change.apply(document.toDomain())));
        return new Revised<>(saved.toDomain(), saved.getRevision());
    }

    public Revised<CatalogItem> visibleTo(Caller caller, String itemId) {
        CatalogItemDocument document = visibleDocument(caller, itemId);
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    /** @param available only items taking orders (true), only withdrawn ones (false), or all (null) */
    public Page<CatalogItem> of(Caller caller, String communityId, Boolean available, Pageable pageable) {
        caller.requireCommunity(communityId, "community", communityId);
        Criteria criteria = Criteria.where("communityId").is(communityId);
        if (available != null) {
            criteria = criteria.and("available").is(available);
        }
        return Pages.find(mongo, criteria, pageable, CatalogItemDocument.class).map(CatalogItemDocument::toDomain);
    }

    private CatalogItemDocument visibleDocument(Caller caller, String itemId) {
        CatalogItemDocument document = mongo.findById(itemId, CatalogItemDocument.class);
        if (document == null || !caller.canSeeCommunity(document.toDomain().communityId())) {
            throw new NotFoundException("service-item", itemId);
        }
        return document;
    }
}

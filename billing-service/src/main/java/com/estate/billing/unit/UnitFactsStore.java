package com.estate.billing.unit;

import com.estate.billing.unit.persistence.BillingUnitDocument;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Reads billing's facts of units. */
@Service
public class UnitFactsStore {

    private final MongoTemplate mongo;

    UnitFactsStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<UnitFacts> find(String unitId) {
        return Optional.ofNullable(mongo.findById(unitId, BillingUnitDocument.class))
                .map(BillingUnitDocument::toFacts);
    }

    /** The communities billing knows units of (one distinct read, for the monthly schedule). */
    public java.util.List<String> communities() {
        return mongo.findDistinct(new Query(), "communityId", BillingUnitDocument.class, String.class);
    }

    /** Streams every unit of a community once through one cursor (a bill run): memory stays flat. */
    public void forEachInCommunity(String communityId, Consumer<UnitFacts> action) {
        ConversionService conversions = mongo.getConverter().getConversionService();
        try (MongoCursor<Document> units = mongo.getCollection(BillingUnitDocument.COLLECTION)
                .find(Filters.eq("communityId", communityId))
                .projection(Projections.include(BillingUnitDocument.FACT_FIELDS)).batchSize(1000).cursor()) {
            units.forEachRemaining(unit -> action.accept(BillingUnitDocument.factsOf(unit, conversions)));
        }
    }
}

package com.estate.billing.unit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.billing.unit.persistence.BillingUnitDocument;
import java.util.Optional;
import java.util.function.Consumer;
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

    /** Streams every unit of a community once through one cursor (a bill run): memory stays flat. */
    public void forEachInCommunity(String communityId, Consumer<UnitFacts> action) {
        Query units = query(where("communityId").is(communityId));
        units.cursorBatchSize(1000);
        try (var stream = mongo.stream(units, BillingUnitDocument.class)) {
            stream.forEach(document -> action.accept(document.toFacts()));
        }
    }
}

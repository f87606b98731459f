package com.estate.resident.resident.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Finds residents by phone, document number and unit with one read by {@code _id} each, instead of a scan over
 * all residents (the stand-in uses no non-unique index, infra/ARCHITECTURE.md §3). An entry is added before the
 * resident is written and never trusted alone: readers load the residents it names and keep only those that still
 * match, so an entry left by a registration that then failed (a duplicate, a crash) finds nothing (§14).
 */
@Component
public class ResidentIndex {

    static final String LOOKUPS = "resident_lookups";
    static final String UNITS = "unit_residents";

    private final MongoTemplate mongo;

    ResidentIndex(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void addLookup(String lookupHash, String residentId) {
        add(LOOKUPS, lookupHash, residentId);
    }

    public void addToUnit(String unitId, String residentId) {
        add(UNITS, unitId, residentId);
    }

    public List<String> byLookup(String lookupHash) {
        return read(LOOKUPS, lookupHash);
    }

    public List<String> inUnit(String unitId) {
        return read(UNITS, unitId);
    }

    private void add(String collection, String key, String residentId) {
        Update update = new Update().addToSet("residentIds", residentId);
        try {
            mongo.upsert(query(where("_id").is(key)), update, ResidentIds.class, collection);
        } catch (DuplicateKeyException raced) {
            // two first entries for one key at once: the other one created the document, so this is an update now
            mongo.upsert(query(where("_id").is(key)), update, ResidentIds.class, collection);
        }
    }

    private List<String> read(String collection, String key) {
        ResidentIds ids = mongo.findById(key, ResidentIds.class, collection);
        return ids == null ? List.of() : ids.residentIds();
    }
}

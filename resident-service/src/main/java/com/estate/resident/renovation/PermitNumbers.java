package com.estate.resident.renovation;

import com.estate.platform.persistence.Sequences;
import com.estate.resident.renovation.persistence.PermitNumberDocument;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Permit numbers, gapless per community and year ({@code ZX-2026-0001}). A renovation's number is drawn once and
 * kept under the renovation's id, so a permit that is retried (a failed precondition, a stale ETag) keeps its
 * number instead of leaving a gap. Only two clerks permitting the same renovation at the same instant can leave
 * one: the second's drawn number is discarded for the first's (infra/ARCHITECTURE.md §16).
 */
@Service
class PermitNumbers {

    private final MongoTemplate mongo;
    private final Sequences sequences;
    private final RenovationProperties properties;

    PermitNumbers(MongoTemplate mongo, Sequences sequences, RenovationProperties properties) {
        this.mongo = mongo;
        this.sequences = sequences;
        this.properties = properties;
    }

    String numberFor(String renovationId, String communityId, int year) {
        PermitNumberDocument drawn = mongo.findById(renovationId, PermitNumberDocument.class);
        if (drawn != null) {
            return drawn.number();
        }
        long next = sequences.next("renovation-permit:" + communityId + ":" + year);
        String number = "%s-%d-%04d".formatted(properties.permitPrefix(), year, next);
        try {
            mongo.insert(new PermitNumberDocument(renovationId, number));
            return number;
        } catch (DuplicateKeyException drawnMeanwhile) {
            return mongo.findById(renovationId, PermitNumberDocument.class).number();
        }
    }
}

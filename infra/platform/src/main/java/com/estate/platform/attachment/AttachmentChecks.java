package com.estate.platform.attachment;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The files the sweeper must look at, one document each keyed by the file's id, due at the end of the grace
 * period: every new upload (written before its first chunk, so no file is ever stored unwatched) and every file
 * whose reference an owner removed. A look that finds the file referenced ends its watch, so this collection
 * holds only recent uploads and removals, and the sweeper's one query per pass stays cheap on the stand-in,
 * which reads the whole collection for it (infra/ARCHITECTURE.md §3).
 */
class AttachmentChecks {

    static final String COLLECTION = "attachment_checks";

    private final MongoTemplate mongo;

    AttachmentChecks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    record Due(ObjectId fileId) {
    }

    void watch(ObjectId fileId, Instant dueAt) {
        checks().updateOne(new Document("_id", fileId), Updates.set("dueAt", Date.from(dueAt)),
                new UpdateOptions().upsert(true));
    }

    List<Due> due(Instant now, int limit) {
        List<Due> due = new ArrayList<>();
        checks().find(new Document("dueAt", new Document("$lte", Date.from(now)))).limit(limit)
                .forEach(check -> due.add(new Due(check.getObjectId("_id"))));
        return due;
    }

    void done(ObjectId fileId) {
        checks().deleteOne(new Document("_id", fileId));
    }

    private MongoCollection<Document> checks() {
        return mongo.getCollection(COLLECTION);
    }
}

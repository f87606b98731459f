package com.estate.resident.renovation;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.resident.gatepass.UnitScopedRecords;
import com.estate.resident.renovation.domain.Renovation;
import com.estate.resident.renovation.persistence.RenovationDocument;
import java.util.function.Consumer;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Reading and changing one renovation case as a caller: the unit's residents and the community's staff see it,
 * anyone else gets 404; every change is one conditional document write with the events it raises.
 */
@Component
class RenovationCases {

    private final MongoTemplate mongo;
    private final ConditionalSave conditionalSave;

    RenovationCases(MongoTemplate mongo, ConditionalSave conditionalSave) {
        this.mongo = mongo;
        this.conditionalSave = conditionalSave;
    }

    RenovationDocument visibleDocument(Caller caller, String id) {
        RenovationDocument document = mongo.findById(id, RenovationDocument.class);
        if (document == null || !UnitScopedRecords.canSee(caller, document.renovation().communityId(),
                document.renovation().unitId())) {
            throw new NotFoundException("renovation", id);
        }
        return document;
    }

    Revised<Renovation> visible(Caller caller, String id) {
        RenovationDocument document = visibleDocument(caller, id);
        return new Revised<>(document.renovation(), document.getRevision());
    }

    /** @param change changes the case and may queue its events on the document */
    Revised<Renovation> change(Caller caller, String id, IfMatch ifMatch, Consumer<RenovationDocument> change) {
        RenovationDocument saved = conditionalSave.apply(() -> visibleDocument(caller, id), ifMatch,
                document -> {
                    change.accept(document);
                    document.synced();
                });
        return new Revised<>(saved.renovation(), saved.getRevision());
    }
}

package com.estate.resident.unit;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.resident.community.Communities;
import com.estate.resident.unit.domain.Unit;
import com.estate.resident.unit.domain.UnitStatus;
import com.estate.resident.unit.messaging.UnitRegisteredV1;
import com.estate.resident.unit.messaging.UnitUpdatedV1;
import com.estate.resident.unit.persistence.UnitDocument;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** Registers units and finds those a caller may see. */
@Service
public class Units {

    private final MongoTemplate mongo;
    private final Communities communities;
    private final OutboxEvents outboxEvents;
    private final ConditionalSave conditionalSave;
    private final Clock clock;

    Units(MongoTemplate mongo, Communities communities, OutboxEvents outboxEvents, ConditionalSave conditionalSave,
            Clock clock) {
        this.mongo = mongo;
        this.communities = communities;
        this.outboxEvents = outboxEvents;
        this.conditionalSave = conditionalSave;
        this.clock = clock;
    }

    /** Saves the unit and its {@code unit.registered} event in one document write. */
    public Revised<Unit> register(Caller caller, String communityId, String building, String unitNumber,
            BigDecimal floorArea) {
        communities.visibleTo(caller, communityId);
        var registration = Unit.register(UUID.randomUUID().toString(), communityId, building, unitNumber,
                floorArea, clock.instant());
        UnitDocument document = UnitDocument.from(registration.unit());
        document.publish(outboxEvents.create(UnitRegisteredV1.TYPE, registration.unit().id(), communityId,
                UnitRegisteredV1.of(registration.event())));
        try {
            mongo.insert(document);
        } catch (DuplicateKeyException e) {
            throw new UnitAlreadyRegisteredException(registration.unit().building(),
                    registration.unit().unitNumber());
        }
        return new Revised<>(registration.unit(), document.getRevision());
    }

    public Revised<Unit> visibleTo(Caller caller, String unitId) {
        UnitDocument document = visibleDocument(caller, unitId);
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    /** Corrects the floor area, if the unit is still as the caller read it ({@code If-Match}). */
    public Revised<Unit> changeFloorArea(Caller caller, String unitId, IfMatch ifMatch, BigDecimal floorArea) {
        UnitDocument saved = conditionalSave.apply(() -> visibleDocument(caller, unitId), ifMatch, document -> {
            var correction = document.toDomain().correctFloorArea(floorArea, clock.instant());
            document.update(correction.unit());
            long revision = document.revisionOnceSaved();
            correction.event().ifPresent(event -> document.publish(outboxEvents.create(UnitUpdatedV1.TYPE,
                    event.unit().id(), event.unit().communityId(), UnitUpdatedV1.of(event, revision))));
        });
        return new Revised<>(saved.toDomain(), saved.getRevision());
    }

    /**
     * Moves a unit to another status on behalf of one of this service's processes (move-in, custody, renovation),
     * which has already checked the caller against the unit. Returns the status the unit had before, so a process
     * that ends (custody, renovation) can put it back.
     */
    public UnitStatus changeStatus(String unitId, UnitStatus status) {
        UnitStatus[] before = new UnitStatus[1];
        conditionalSave.apply(() -> {
            UnitDocument document = mongo.findById(unitId, UnitDocument.class);
            if (document == null) {
                throw new NotFoundException("unit", unitId);
            }
            return document;
        }, IfMatch.ANY, document -> {
            Unit unit = document.toDomain();
            before[0] = unit.status();
            var change = unit.changeStatus(status, clock.instant());
            document.update(change.unit());
            long revision = document.revisionOnceSaved();
            change.event().ifPresent(event -> document.publish(outboxEvents.create(UnitUpdatedV1.TYPE,
                    event.unit().id(), event.unit().communityId(), UnitUpdatedV1.of(event, revision))));
        });
        return before[0];
    }

    private UnitDocument visibleDocument(Caller caller, String unitId) {
        UnitDocument document = mongo.findById(unitId, UnitDocument.class);
        if (document == null || !caller.canSeeUnit(document.toDomain().communityId(), unitId)) {
            throw new NotFoundException("unit", unitId);
        }
        return document;
    }

    public Page<Unit> inCommunity(Caller caller, String communityId, Pageable pageable) {
        communities.visibleTo(caller, communityId);
        Criteria criteria = Criteria.where("communityId").is(communityId);
        if (caller.isResident() && !caller.seesAllCommunities()) {
            criteria = criteria.and("_id").in(caller.unitIds());
        }
        return Pages.find(mongo, criteria, pageable, UnitDocument.class).map(UnitDocument::toDomain);
    }
}

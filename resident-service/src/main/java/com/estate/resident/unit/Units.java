package com.estate.resident.unit;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.outbox.OutboxBatchInserts;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.platform.core.text.TypedIdentifiers;
import com.estate.resident.building.Buildings;
import com.estate.resident.community.Communities;
import com.estate.resident.unit.domain.Unit;
import com.estate.resident.unit.domain.UnitCorrection;
import com.estate.resident.unit.domain.UnitSpec;
import com.estate.resident.unit.domain.UnitStatus;
import com.estate.resident.unit.messaging.UnitRegisteredV1;
import com.estate.resident.unit.messaging.UnitUpdatedV1;
import com.estate.resident.unit.persistence.UnitDocument;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Registers units and finds those a caller may see. */
@Service
public class Units {

    private final MongoTemplate mongo;
    private final Communities communities;
    private final Buildings buildings;
    private final OutboxEvents outboxEvents;
    private final OutboxBatchInserts batchInserts;
    private final ConditionalSave conditionalSave;
    private final Clock clock;

    Units(MongoTemplate mongo, Communities communities, Buildings buildings, OutboxEvents outboxEvents,
            OutboxBatchInserts batchInserts, ConditionalSave conditionalSave, Clock clock) {
        this.mongo = mongo;
        this.communities = communities;
        this.buildings = buildings;
        this.outboxEvents = outboxEvents;
        this.batchInserts = batchInserts;
        this.conditionalSave = conditionalSave;
        this.clock = clock;
    }

    /** Saves the unit and its {@code unit.registered} event in one document write. */
    public Revised<Unit> register(Caller caller, String communityId, String building, String unitNumber,
            BigDecimal floorArea) {
        return register(caller, communityId, UnitSpec.basic(building, unitNumber, floorArea));
    }

    /**
     * Saves the unit and its {@code unit.registered} event in one document write. When its building is registered,
     * entrance and floor must be among the building's.
     */
    public Revised<Unit> register(Caller caller, String communityId, UnitSpec spec) {
        communities.visibleTo(caller, communityId);
        buildings.named(communityId, spec.building()).ifPresent(spec::requireFitsIn);
        var registration = Unit.register(UUID.randomUUID().toString(), communityId, spec, clock.instant());
        UnitDocument document = prepare(registration);
        try {
            mongo.insert(document);
        } catch (DuplicateKeyException e) {
            throw new UnitAlreadyRegisteredException(registration.unit().building(),
                    registration.unit().unitNumber());
        }
        return new Revised<>(registration.unit(), document.getRevision());
    }

    /**
     * Saves many new units of one community in one bulk insert (their outbox markers in one bulk write too), each with
     * its {@code unit.registered} event in its own document (the outbox publishes them as it does a unit registered by
     * hand). A unit whose building and number
     * another write took in the meantime is not inserted: the answer says, per registration in order, whether it was.
     * Writes in one batch are not atomic together; each document is (infra/ARCHITECTURE.md §19).
     */
    public List<Boolean> registerAll(List<Unit.Registration> registrations) {
        List<UnitDocument> documents = registrations.stream().map(this::prepare).toList();
        try {
            batchInserts.insertAll(documents, UnitDocument.class);
            return documents.stream().map(document -> Boolean.TRUE).toList();
        } catch (DataIntegrityViolationException | BulkOperationException e) {
            // someone registered one of these meanwhile: the batch stopped there; settle each on its own
            return documents.stream().map(this::insertUnlessTaken).toList();
        }
    }

    private boolean insertUnlessTaken(UnitDocument document) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(document.toDomain().id())), UnitDocument.class)) {
            return true; // inserted by the batch before it stopped
        }
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The unit with this building and number in the community, by the unique key (one indexed lookup). */
    public Optional<Unit> numbered(String communityId, String building, String unitNumber) {
        Query query = Query.query(Criteria.where("communityId").is(communityId).and("building")
                .is(TypedIdentifiers.normalize(building)).and("unitNumber").is(TypedIdentifiers.normalize(unitNumber)));
        return Optional.ofNullable(mongo.findOne(query, UnitDocument.class)).map(UnitDocument::toDomain);
    }

    /** Every unit of the community, read through one cursor (never all at once), e.g. to index them by number. */
    public void forEachIn(String communityId, Consumer<Unit> action) {
        Query query = Query.query(Criteria.where("communityId").is(communityId)).cursorBatchSize(1000);
        try (Stream<UnitDocument> units = mongo.stream(query, UnitDocument.class)) {
            units.map(UnitDocument::toDomain).forEach(action);
        }
    }

    private UnitDocument prepare(Unit.Registration registration) {
        UnitDocument document = UnitDocument.from(registration.unit());
        document.publish(outboxEvents.create(UnitRegisteredV1.TYPE, registration.unit().id(),
                registration.unit().communityId(), UnitRegisteredV1.of(registration.event())));
        return document;
    }

    public Revised<Unit> visibleTo(Caller caller, String unitId) {
        UnitDocument document = visibleDocument(caller, unitId);
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    /**
     * Corrects floor area, use, handover date or the status between unsold and vacant, if the unit is still as the
     * caller read it ({@code If-Match}); {@code unit.updated} names what changed.
     */
    public Revised<Unit> correct(Caller caller, String unitId, IfMatch ifMatch, UnitCorrection correction) {
        UnitDocument saved = conditionalSave.apply(() -> visibleDocument(caller, unitId), ifMatch, document -> {
            var result = document.toDomain().correct(correction, clock.instant());
            document.update(result.unit());
            long revision = document.revisionOnceSaved();
            result.event().ifPresent(event -> document.publish(outboxEvents.create(UnitUpdatedV1.TYPE,
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

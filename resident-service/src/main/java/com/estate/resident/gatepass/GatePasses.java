package com.estate.resident.gatepass;

import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.outbox.AggregateDocument;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.InvalidParameterException;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.resident.gatepass.domain.GatePass;
import com.estate.resident.gatepass.domain.PassCodes;
import com.estate.resident.gatepass.domain.Refusal;
import com.estate.resident.gatepass.persistence.GatePassCheckDocument;
import com.estate.resident.gatepass.persistence.GatePassDocument;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Gate passes: issued by the processes that grant them (item release, renovation), read by their holders and the
 * desk, revoked by the desk, checked at the gate by security, every check logged.
 */
@Service
public class GatePasses {

    private final MongoTemplate mongo;
    private final ConditionalSave conditionalSave;
    private final Clock clock;

    GatePasses(MongoTemplate mongo, ConditionalSave conditionalSave, Clock clock) {
        this.mongo = mongo;
        this.conditionalSave = conditionalSave;
        this.clock = clock;
    }

    /**
     * Stores a pass under its id, once: a process that issues it again (a retried approval) gets the stored one,
     * so the pass and its code never change under the holder.
     */
    public GatePass issue(GatePass pass) {
        try {
            mongo.insert(GatePassDocument.from(pass));
            return pass;
        } catch (DuplicateKeyException issuedBefore) {
            GatePassDocument stored = mongo.findById(pass.id(), GatePassDocument.class);
            if (stored == null) {
                throw issuedBefore; // a clash of codes, 2^-192: not "issued before"
            }
            return stored.toDomain();
        }
    }

    public Revised<GatePass> visibleTo(Caller caller, String passId) {
        GatePassDocument document = visibleDocument(caller, passId);
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    /** The passes with these ids, as stored (for a process that shows its own passes). */
    public List<GatePass> withIds(List<String> passIds) {
        return passIds.stream().map(id -> mongo.findById(id, GatePassDocument.class))
                .filter(java.util.Objects::nonNull).map(GatePassDocument::toDomain).toList();
    }

    public Revised<GatePass> revoke(Caller caller, String passId, IfMatch ifMatch, String reason) {
        GatePassDocument saved = conditionalSave.apply(() -> visibleDocument(caller, passId), ifMatch,
                document -> document.update(document.toDomain().revoke(caller.subject(), reason, clock.instant())));
        return new Revised<>(saved.toDomain(), saved.getRevision());
    }

    /** Revokes the passes a process ends (a completed renovation's worker passes); revoked ones stay as they are. */
    public void revokeAll(List<String> passIds, String by, String reason) {
        for (String passId : passIds) {
            conditionalSave.apply(() -> mongo.findById(passId, GatePassDocument.class), IfMatch.ANY, document -> {
                GatePass pass = document.toDomain();
                if (pass.revokedAt() == null) {
                    document.update(pass.revoke(by, reason, clock.instant()));
                }
            });
        }
    }

    /**
     * The gate's check. A pass of another community than the guard's is unknown to them. A single-use pass is used
     * by the check that claims it first: {@code claims} is incremented by {@code findAndModify} returning the
     * document before the update (the form that is exact on the stand-in too, infra/ARCHITECTURE.md §16), and only
     * the check that saw 0 lets the goods out, however many guards scan it at once. The claim also bumps the
     * storage version, so a revocation saved from an earlier read cannot write the use away.
     *
     * @param communityId the gate's community; may be null when the guard serves only one
     */
    public GatePassCheck check(Caller guard, String communityId, String presented) {
        String community = gateCommunity(guard, communityId);
        Instant now = clock.instant();
        String code = PassCodes.fromPresented(presented);
        GatePassDocument document = code == null ? null
                : mongo.findOne(Query.query(Criteria.where("code").is(code)), GatePassDocument.class);
        GatePass pass = document == null || !document.toDomain().communityId().equals(community) ? null
                : document.toDomain();
        Refusal refusal = pass == null ? Refusal.UNKNOWN : pass.refusalAt(now).orElse(null);
        if (refusal == null && pass.kind().singleUse() && !claim(pass, guard, now)) {
            refusal = Refusal.USED;
        }
        GatePassCheckDocument logged = mongo.insert(new GatePassCheckDocument(UUID.randomUUID().toString(),
                community, pass == null ? null : pass.id(), pass == null ? null : pass.kind(), guard.subject(), now,
                refusal == null, refusal));
        GatePass shown = pass == null ? null : mongo.findById(pass.id(), GatePassDocument.class).toDomain();
        return new GatePassCheck(logged.id(), now, shown, refusal);
    }

    private boolean claim(GatePass pass, Caller guard, Instant now) {
        Query byId = Query.query(Criteria.where("_id").is(pass.id()));
        Document before = mongo.findAndModify(byId, new Update().inc(GatePassDocument.CLAIMS, 1L).inc("version", 1L),
                FindAndModifyOptions.options().returnNew(false), Document.class, "gate_passes");
        long claims = before == null ? 1 : before.get(GatePassDocument.CLAIMS, Number.class).longValue();
        if (claims != 0) {
            return false;
        }
        mongo.updateFirst(byId, new Update().set("usedAt", now).set("usedBy", guard.subject())
                .inc(AggregateDocument.REVISION_FIELD, 1L).inc("version", 1L), GatePassDocument.class);
        return true;
    }

    /** The check log of a community, newest first; optionally of one pass. */
    public Page<GatePassCheckDocument> checks(Caller caller, String communityId, String passId, Pageable pageable) {
        caller.requireCommunity(communityId, "community", communityId);
        Criteria criteria = Criteria.where("communityId").is(communityId);
        if (passId != null) {
            criteria = criteria.and("passId").is(passId);
        }
        return Pages.find(mongo, criteria, pageable, GatePassCheckDocument.class);
    }

    private static String gateCommunity(Caller guard, String communityId) {
        if (communityId != null) {
            guard.requireCommunity(communityId, "community", communityId);
            return communityId;
        }
        if (guard.communities().size() != 1) {
            throw new InvalidParameterException("communityId", "problem.validation.field.gate-community");
        }
        return guard.communities().iterator().next();
    }

    private GatePassDocument visibleDocument(Caller caller, String passId) {
        GatePassDocument document = mongo.findById(passId, GatePassDocument.class);
        Optional<GatePass> pass = Optional.ofNullable(document).map(GatePassDocument::toDomain);
        if (pass.isEmpty() || !UnitScopedRecords.canSee(caller, pass.get().communityId(), pass.get().unitId())) {
            throw new NotFoundException("gate-pass", passId);
        }
        return document;
    }
}

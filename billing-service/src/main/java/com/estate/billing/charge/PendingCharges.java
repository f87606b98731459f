package com.estate.billing.charge;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.billing.charge.persistence.ChargeDocument;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** One-off charges waiting for a bill, and their hand-over to it. */
@Service
public class PendingCharges {

    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;

    PendingCharges(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Records a charge billing itself decided on (a meter reading's correction, infra/ARCHITECTURE.md §29) for the
     * unit's next bill, once per {@code chargeId}: a charge stored already under that id is left as it is.
     *
     * @return true if it was recorded now
     */
    public boolean recordOnce(PendingCharge charge, Instant at) {
        try {
            mongo.insert(ChargeDocument.pending(charge, at));
            return true;
        } catch (DuplicateKeyException e) {
            if (mongo.findById(charge.chargeId(), ChargeDocument.class) == null) {
                throw e;
            }
            return false;
        }
    }

    /** Which of these charges are stored (pending or billed): one read by {@code _id}. */
    public Set<String> stored(Collection<String> chargeIds) {
        if (chargeIds.isEmpty()) {
            return Set.of();
        }
        Set<String> stored = new HashSet<>();
        mongo.find(query(where("_id").in(chargeIds)), ChargeDocument.class).forEach(d -> stored.add(d.toDomain().chargeId()));
        return stored;
    }

    /** The community's pending charges by unit (one read; there are few at a time). */
    public Map<String, List<PendingCharge>> pendingByUnit(String communityId) {
        Map<String, List<PendingCharge>> byUnit = new HashMap<>();
        mongo.find(query(where("communityId").is(communityId).and("status").is(ChargeDocument.PENDING)),
                ChargeDocument.class).forEach(document -> byUnit
                .computeIfAbsent(document.toDomain().unitId(), unit -> new java.util.ArrayList<>())
                .add(document.toDomain()));
        return byUnit;
    }

    /**
     * Reserves a pending charge for a bill before the bill is written, unless another bill that exists took it
     * already ({@code billExists} says which bills do: a claim by a bill that was never written, a run that stopped,
     * does not hold).
     *
     * @return true if the charge now belongs to {@code billId}
     */
    public boolean claim(String chargeId, String billId, Predicate<String> billExists) {
        return change(chargeId, document -> {
            if (ChargeDocument.BILLED.equals(document.getStatus())) {
                return Outcome.REFUSED;
            }
            if (billId.equals(document.getBillId())) {
                return Outcome.UNCHANGED;
            }
            if (document.getBillId() != null && billExists.test(document.getBillId())) {
                return Outcome.REFUSED;
            }
            document.claimFor(billId);
            return Outcome.CHANGED;
        });
    }

    /** The bill that took the charges is written: they are billed (idempotent). */
    public void billed(List<String> chargeIds) {
        for (String chargeId : chargeIds) {
            change(chargeId, document -> {
                if (ChargeDocument.BILLED.equals(document.getStatus())) {
                    return Outcome.UNCHANGED;
                }
                document.billed();
                return Outcome.CHANGED;
            });
        }
    }

    private enum Outcome { CHANGED, UNCHANGED, REFUSED }

    /** Reads, changes and saves one charge, again after a concurrent write; true unless refused or missing. */
    private boolean change(String chargeId, Function<ChargeDocument, Outcome> change) {
        for (int attempt = 1; ; attempt++) {
            ChargeDocument document = mongo.findById(chargeId, ChargeDocument.class);
            Outcome outcome = document == null ? Outcome.REFUSED : change.apply(document);
            if (outcome != Outcome.CHANGED) {
                return outcome == Outcome.UNCHANGED;
            }
            try {
                mongo.save(document);
                return true;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}

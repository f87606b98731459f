package com.estate.billing.charge;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.billing.charge.persistence.ChargeDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
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
        for (int attempt = 1; ; attempt++) {
            ChargeDocument document = mongo.findById(chargeId, ChargeDocument.class);
            if (document == null || ChargeDocument.BILLED.equals(document.getStatus())) {
                return false;
            }
            if (billId.equals(document.getBillId())) {
                return true;
            }
            if (document.getBillId() != null && billExists.test(document.getBillId())) {
                return false;
            }
            document.claimFor(billId);
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

    /** The bill that took the charges is written: they are billed (idempotent). */
    public void billed(List<String> chargeIds) {
        for (String chargeId : chargeIds) {
            for (int attempt = 1; ; attempt++) {
                ChargeDocument document = mongo.findById(chargeId, ChargeDocument.class);
                if (document == null || ChargeDocument.BILLED.equals(document.getStatus())) {
                    break;
                }
                document.billed();
                try {
                    mongo.save(document);
                    break;
                } catch (OptimisticLockingFailureException e) {
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }
    }
}

package com.estate.billing.receipt;

import com.estate.billing.receipt.domain.Receipt;
import com.estate.billing.receipt.domain.ReceiptStatus;
import com.estate.billing.receipt.messaging.ReceiptIssuedV1;
import com.estate.billing.receipt.messaging.ReceiptVoidedV1;
import com.estate.billing.receipt.persistence.ReceiptDocument;
import com.estate.platform.concurrency.ConditionalSave;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.concurrency.Revised;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.platform.security.CallerScope;
import java.time.Clock;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Issuing receipts for confirmed payments, finding them for who may see them, and voiding them with approval. */
@Service
public class Receipts {

    private final MongoTemplate mongo;
    private final ReceiptNumbers numbers;
    private final ConditionalSave conditionalSave;
    private final OutboxEvents outboxEvents;
    private final ReceiptProperties properties;
    private final Clock clock;

    Receipts(MongoTemplate mongo, ReceiptNumbers numbers, ConditionalSave conditionalSave, OutboxEvents outboxEvents,
            ReceiptProperties properties, Clock clock) {
        this.mongo = mongo;
        this.numbers = numbers;
        this.conditionalSave = conditionalSave;
        this.outboxEvents = outboxEvents;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The receipt of a confirmed payment, with {@code receipt.issued} in the same write. Idempotent by the payment:
     * issuing again (a retried settlement) answers the stored receipt, with the number it was given.
     */
    public Receipt issue(ReceiptDraft draft) {
        String id = Receipt.idFor(draft.paymentId());
        ReceiptDocument existing = mongo.findById(id, ReceiptDocument.class);
        if (existing != null) {
            return existing.toDomain();
        }
        Instant now = clock.instant();
        String number = numbers.numberFor(id, draft.communityId(), now.atZone(properties.timeZone()).getYear());
        Receipt receipt = new Receipt(id, number, draft.communityId(), draft.unitId(), draft.accountId(),
                draft.paymentId(), draft.payerName(), draft.channel(), draft.reference(), draft.lines(), draft.total(),
                draft.paidAt(), now, draft.issuedBy(), ReceiptStatus.ISSUED, null, null, null);
        ReceiptDocument document = ReceiptDocument.from(receipt);
        document.publish(outboxEvents.create(ReceiptIssuedV1.TYPE, receipt.accountId(), receipt.communityId(),
                ReceiptIssuedV1.of(receipt)));
        try {
            mongo.insert(document);
            return receipt;
        } catch (DuplicateKeyException issuedMeanwhile) {
            return mongo.findById(id, ReceiptDocument.class).toDomain();
        }
    }

    public Revised<Receipt> visibleTo(Caller caller, String id) {
        ReceiptDocument document = load(caller, id);
        return new Revised<>(document.toDomain(), document.getRevision());
    }

    /** The receipt of a payment, if it has one yet and the caller may see it. */
    public java.util.Optional<Receipt> ofPayment(Caller caller, String paymentId) {
        ReceiptDocument document = mongo.findById(Receipt.idFor(paymentId), ReceiptDocument.class);
        if (document == null || !caller.canSeeUnit(document.toDomain().communityId(), document.toDomain().unitId())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(document.toDomain());
    }

    public Page<Receipt> list(Caller caller, String communityId, String unitId, Pageable pageable) {
        Criteria criteria = CallerScope.units(caller, "communityId", "unitId");
        if (communityId != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("communityId").is(communityId));
        }
        if (unitId != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("unitId").is(unitId));
        }
        return Pages.find(mongo, criteria, pageable, ReceiptDocument.class).map(ReceiptDocument::toDomain);
    }

    public Revised<Receipt> requestVoid(Caller caller, String id, IfMatch ifMatch, String reason) {
        return change(caller, id, ifMatch, receipt -> receipt.requestVoid(reason, caller.subject(), clock.instant()),
                false);
    }

    /** Finance's decision on a requested void; approval publishes {@code receipt.voided}. */
    public Revised<Receipt> decideVoid(Caller caller, String id, IfMatch ifMatch, boolean approve) {
        return change(caller, id, ifMatch, receipt -> approve ? receipt.approveVoid(caller.subject(), clock.instant())
                : receipt.rejectVoid(), approve);
    }

    /**
     * Voids the receipt of a payment that an approved reversal undoes: the reversal's approval by finance is the
     * void's approval. Once; a receipt voided before stays as it is.
     */
    public void voidForReversal(String paymentId, String reason, String approvedBy) {
        String id = Receipt.idFor(paymentId);
        if (mongo.findById(id, ReceiptDocument.class) == null) {
            return;
        }
        conditionalSave.apply(() -> mongo.findById(id, ReceiptDocument.class), IfMatch.ANY, document -> {
            Receipt receipt = document.toDomain();
            if (receipt.status() == ReceiptStatus.VOIDED) {
                return;
            }
            Instant now = clock.instant();
            Receipt voided = receipt.status() == ReceiptStatus.VOID_REQUESTED ? receipt : receipt.requestVoid(reason,
                    "reversal", now);
            voided = voided.approveVoid(approvedBy, now);
            document.update(voided);
            document.publish(outboxEvents.create(ReceiptVoidedV1.TYPE, voided.accountId(), voided.communityId(),
                    ReceiptVoidedV1.of(voided)));
        });
    }

    /**
     * Counts a print and answers the receipt with whether this print is a copy (every print after the first). The
     * count is incremented atomically, asking for the value before, so two clerks printing at once cannot both get
     * the original; the storage version moves with it, so a concurrent save cannot write the count back.
     */
    public Printable print(Caller caller, String id) {
        load(caller, id);
        ReceiptDocument before = mongo.findAndModify(Query.query(Criteria.where("_id").is(id)),
                new Update().inc("prints", 1L).inc("version", 1L),
                FindAndModifyOptions.options().returnNew(false), ReceiptDocument.class);
        if (before == null) {
            throw new NotFoundException("receipt", id);
        }
        return new Printable(before.toDomain(), before.prints() > 0);
    }

    /** A receipt to print and whether the print is a reprint (marked 副本 COPY). */
    public record Printable(Receipt receipt, boolean copy) {
    }

    private Revised<Receipt> change(Caller caller, String id, IfMatch ifMatch, UnaryOperator<Receipt> change,
            boolean voided) {
        ReceiptDocument saved = conditionalSave.apply(() -> load(caller, id), ifMatch, document -> {
            Receipt after = change.apply(document.toDomain());
            document.update(after);
            if (voided) {
                document.publish(outboxEvents.create(ReceiptVoidedV1.TYPE, after.accountId(), after.communityId(),
                        ReceiptVoidedV1.of(after)));
            }
        });
        return new Revised<>(saved.toDomain(), saved.getRevision());
    }

    private ReceiptDocument load(Caller caller, String id) {
        ReceiptDocument document = mongo.findById(id, ReceiptDocument.class);
        if (document == null) {
            throw new NotFoundException("receipt", id);
        }
        Receipt receipt = document.toDomain();
        caller.requireUnit(receipt.communityId(), receipt.unitId(), "receipt", id);
        return document;
    }
}

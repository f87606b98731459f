package com.estate.billing.fee.persistence;

import com.estate.billing.fee.FeeItem;
import com.estate.billing.fee.FeeKind;
import com.estate.platform.outbox.AggregateDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored fee item; one per community, code, unit use and start date. */
@Document(FeeItemDocument.COLLECTION)
@CompoundIndex(name = "fee_item_start", unique = true, def = "{'communityId': 1, 'code': 1, 'unitUse': 1, 'effectiveFrom': 1}")
public class FeeItemDocument extends AggregateDocument {

    public static final String COLLECTION = "fee_items";

    @Id
    private String id;
    private String communityId;
    private String code;
    private String name;
    private FeeKind kind;
    private String unitUse;
    private BigDecimal unitPrice;
    private String meter;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    private int moveInMonths;
    private Instant createdAt;

    protected FeeItemDocument() {
    }

    public static FeeItemDocument from(FeeItem item) {
        FeeItemDocument document = new FeeItemDocument();
        document.id = item.id();
        document.update(item);
        return document;
    }

    public void update(FeeItem item) {
        communityId = item.communityId();
        code = item.code();
        name = item.name();
        kind = item.kind();
        unitUse = item.unitUse();
        unitPrice = item.unitPrice();
        meter = item.meter();
        effectiveFrom = item.effectiveFrom();
        effectiveTo = item.effectiveTo();
        moveInMonths = item.moveInMonths();
        createdAt = item.createdAt();
    }

    public FeeItem toDomain() {
        return new FeeItem(id, communityId, code, name, kind, unitUse, unitPrice, meter,
                effectiveFrom, effectiveTo, moveInMonths, createdAt);
    }
}

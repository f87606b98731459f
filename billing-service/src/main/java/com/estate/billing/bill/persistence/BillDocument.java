package com.estate.billing.bill.persistence;

import com.estate.billing.bill.Allocation;
import com.estate.billing.bill.Bill;
import com.estate.billing.bill.BillLine;
import com.estate.billing.bill.BillPeriod;
import com.estate.billing.bill.BillStatus;
import com.estate.billing.bill.RequestedBy;
import com.estate.platform.money.Money;
import com.estate.platform.outbox.AggregateDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored bill, keyed by its deterministic id (BillIds), with the events its last change raised. */
@Document(BillDocument.COLLECTION)
public class BillDocument extends AggregateDocument {

    public static final String COLLECTION = "bills";

    @Id
    private String id;
    private String accountId;
    private String unitId;
    private String communityId;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String requestedByKind;
    private String requestedById;
    private List<Line> lines;
    private BigDecimal total;
    private BigDecimal openAmount;
    private String currency;
    private LocalDate dueDate;
    private Instant issuedAt;
    private BillStatus status;
    private List<Applied> allocations;
    private Instant paidAt;
    private String runId;
    private Instant voidedAt;
    private String voidReason;

    /** {@code metered}: the readings of a metered line (absent on other lines and on bills stored before). */
    record Line(String item, String description, BigDecimal amount, String chargeId, BillLine.Metered metered) {
    }

    record Applied(String id, BigDecimal amount, Instant appliedAt, Instant reversedAt) {
    }

    protected BillDocument() {
    }

    public static BillDocument from(Bill bill) {
        BillDocument document = new BillDocument();
        document.id = bill.id();
        document.copy(bill);
        return document;
    }

    /** Takes the bill's new state (same id), keeping the document's version and outbox. */
    public void update(Bill bill) {
        if (!bill.id().equals(id)) {
            throw new IllegalArgumentException("bill " + bill.id() + " is not " + id);
        }
        copy(bill);
    }

    private void copy(Bill bill) {
        accountId = bill.accountId();
        unitId = bill.unitId();
        communityId = bill.communityId();
        periodFrom = bill.period() == null ? null : bill.period().from();
        periodTo = bill.period() == null ? null : bill.period().to();
        requestedByKind = bill.requestedBy() == null ? null : bill.requestedBy().kind();
        requestedById = bill.requestedBy() == null ? null : bill.requestedBy().id();
        lines = bill.lines().stream()
                .map(l -> new Line(l.item(), l.description(), l.amount().amount(), l.chargeId(), l.metered())).toList();
        total = bill.total().amount();
        openAmount = bill.openAmount().amount();
        currency = bill.total().currency();
        dueDate = bill.dueDate();
        issuedAt = bill.issuedAt();
        status = bill.status();
        allocations = bill.allocations().stream()
                .map(a -> new Applied(a.id(), a.amount().amount(), a.appliedAt(), a.reversedAt())).toList();
        paidAt = bill.paidAt();
        runId = bill.runId();
        voidedAt = bill.voidedAt();
        voidReason = bill.voidReason();
    }

    public Bill toDomain() {
        return new Bill(id, accountId, unitId, communityId,
                periodFrom == null ? null : new BillPeriod(periodFrom, periodTo),
                requestedByKind == null ? null : new RequestedBy(requestedByKind, requestedById),
                lines.stream().map(l -> new BillLine(l.item(), l.description(), money(l.amount()), l.chargeId(),
                        l.metered()))
                        .toList(),
                money(total), dueDate, issuedAt, status,
                allocations == null ? List.of() : allocations.stream()
                        .map(a -> new Allocation(a.id(), money(a.amount()), a.appliedAt(), a.reversedAt())).toList(),
                paidAt, runId, voidedAt, voidReason);
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, currency);
    }

    public String getId() {
        return id;
    }
}

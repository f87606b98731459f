package com.estate.billing.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.billing.BillingTest;
import com.estate.billing.bill.persistence.BillDocument;
import com.estate.platform.money.Money;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A move-in case asks for its fees; billing answers with one bill, and says when it is paid. */
class MoveInFeesTest extends BillingTest {

    /** The fields of bill.issued / bill.paid this test reads. */
    record BillEvent(String billId, String accountId, String unitId, RequestedBy requestedBy, List<Line> lines,
            String total, LocalDate dueDate) {
        record RequestedBy(String kind, String id) {
        }

        record Line(String item, String amount) {
        }
    }

    @Autowired
    Bills bills;

    @Autowired
    com.estate.billing.ledger.Ledger ledger;

    String feesRequested(String caseId, String unitId, String eventId) {
        return events.of(eventId, "com.estate.resident.movein.fees-requested.v1", "/resident-service", caseId,
                communityId, Map.of("caseId", caseId, "unitId", unitId, "communityId", communityId,
                        "accountHolderResidentId", "r-owner", "items", List.of(Map.of("code",
                                "property-management-fee"), Map.of("code", "move-in-fee")),
                        "requestedAt", "2026-12-01T02:00:00Z"));
    }

    @Test
    void answersTheRequestWithOneBillAndReportsItPaidOnce() {
        feeItem("""
                {"communityId":"$community","code":"property-management-fee","name":"物业管理费","kind":"PER_AREA",
                 "unitUse":"RESIDENTIAL","unitPrice":"2.50","effectiveFrom":"2026-01-01","moveInMonths":3}""");
        feeItem("""
                {"communityId":"$community","code":"move-in-fee","name":"入住手续费","kind":"ONE_OFF",
                 "unitPrice":"200","effectiveFrom":"2026-01-01"}""");
        String unitId = registerUnit("89.50", "RESIDENTIAL");
        String caseId = "case-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();

        var issued = scenario.stimulate(() -> kafka.send("resident.events", caseId,
                        feesRequested(caseId, unitId, eventId)))
                .andWaitForEvent("billing.events", "com.estate.billing.bill.issued.v1", BillEvent.class)
                .matching(bill -> bill.requestedBy() != null && caseId.equals(bill.requestedBy().id()))
                .toArrive();

        assertThat(issued.data().requestedBy().kind()).isEqualTo("move-in");
        assertThat(issued.data().billId()).isEqualTo(BillIds.requested(new RequestedBy("move-in", caseId)));
        assertThat(issued.data().lines()).extracting(BillEvent.Line::item, BillEvent.Line::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("property-management-fee", "671.25"),
                org.assertj.core.groups.Tuple.tuple("move-in-fee", "200.00"));
        assertThat(issued.data().total()).isEqualTo("871.25");
        assertThat(issued.data().dueDate()).isEqualTo(LocalDate.parse("2026-12-16"));
        assertThat(issued.subject()).isEqualTo(accountOf(unitId));
        assertThat(awaitFacts(unitId, facts -> facts.prepaidThrough() != null).prepaidThrough())
                .as("January to March prepaid").isEqualTo(LocalDate.parse("2027-03-31"));
        assertThat(ledger.balanceOf(accountOf(unitId))).isEqualTo(Money.yuan("871.25"));

        // the resident reads it
        var read = api.send("GET", "/api/billing/bills/" + issued.data().billId(),
                TestTokens.get().resident("r-owner", communityId, unitId), null);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("requestedBy").path("id").asString()).isEqualTo(caseId);

        // the same request again (a redelivery, and a re-publication under a new event id): still one bill
        kafka.send("resident.events", caseId, feesRequested(caseId, unitId, eventId));
        kafka.send("resident.events", caseId, feesRequested(caseId, unitId, UUID.randomUUID().toString()));
        kafka.awaitConsumed("billing-service", "resident.events", PATIENCE);
        assertThat(mongo.count(query(where("requestedById").is(caseId)), BillDocument.class)).isOne();
        assertThat(ledger.balanceOf(accountOf(unitId))).isEqualTo(Money.yuan("871.25"));

        // payments applied (bill-pay's part): partly, then in full; each payment id once; bill.paid once
        String billId = issued.data().billId();
        assertThat(bills.applyPayment(billId, "pay-1", Money.yuan("500.00")).bill().status())
                .isEqualTo(BillStatus.PARTLY_PAID);
        assertThat(bills.applyPayment(billId, "pay-1", Money.yuan("500.00")).amount()).isEqualTo(Money.yuan("500.00"));
        var paid = scenario.stimulate(() -> assertThat(bills.applyPayment(billId, "pay-2", Money.yuan("400.00"))
                        .amount()).isEqualTo(Money.yuan("371.25")))
                .andWaitForEvent("billing.events", "com.estate.billing.bill.paid.v1", BillEvent.class)
                .matching(bill -> billId.equals(bill.billId())).toArrive();
        assertThat(paid.data().requestedBy().id()).isEqualTo(caseId);
        assertThat(paid.data().total()).isEqualTo("871.25");
        bills.applyPayment(billId, "pay-2", Money.yuan("400.00"));
        assertThat(kafka.readAll("billing.events", Duration.ofSeconds(2)).stream()
                .filter(r -> r.value().contains("com.estate.billing.bill.paid.v1"))
                .filter(r -> billId.equals(KafkaTestClient.data(r).path("billId").asString(null))))
                .as("bill.paid once").hasSize(1);
        assertThat(bills.openBillsOldestDueFirst(accountOf(unitId))).isEmpty();

        // a reversed payment opens it again
        Bill reopened = bills.reversePayment(billId, "pay-2");
        assertThat(reopened.status()).isEqualTo(BillStatus.PARTLY_PAID);
        assertThat(bills.openBillsOldestDueFirst(accountOf(unitId))).extracting(Bill::id).containsExactly(billId);
    }

    @Test
    void anItemTheScheduleDoesNotPriceSendsTheRequestToTheDeadLetterTopic() {
        String unitId = registerUnit("60.00", "RESIDENTIAL");
        String caseId = "case-" + UUID.randomUUID();
        kafka.send("resident.events", caseId, feesRequested(caseId, unitId, UUID.randomUUID().toString()));
        var dead = kafka.await("resident.events.DLT", r -> caseId.equals(r.key()), PATIENCE);
        assertThat(KafkaTestClient.deadLetterReason(dead)).contains("prices no fee item");
        assertThat(mongo.count(query(where("requestedById").is(caseId)), BillDocument.class)).isZero();
    }

    @Test
    void aRequestForAUnitBillingNeverLearnsOfIsRetriedAFewTimesThenDeadLettered() {
        String unitId = "unit-never-registered-" + UUID.randomUUID();
        String caseId = "case-" + UUID.randomUUID();
        kafka.send("resident.events", caseId, feesRequested(caseId, unitId, UUID.randomUUID().toString()));
        var dead = kafka.await("resident.events.DLT", r -> caseId.equals(r.key()), PATIENCE);
        assertThat(KafkaTestClient.deadLetterReason(dead)).contains("UnitNotKnownYetException")
                .contains("is not known to billing yet");
        assertThat(mongo.count(query(where("requestedById").is(caseId)), BillDocument.class)).isZero();

        // the partition moved on: a request for a known unit right behind it is answered
        String known = registerUnit("60.00", "RESIDENTIAL");
        feeItem("""
                {"communityId":"$community","code":"move-in-fee","name":"入住手续费","kind":"ONE_OFF",
                 "unitPrice":"200","effectiveFrom":"2026-01-01"}""");
        feeItem("""
                {"communityId":"$community","code":"property-management-fee","name":"物业管理费","kind":"PER_AREA",
                 "unitUse":"RESIDENTIAL","unitPrice":"2.50","effectiveFrom":"2026-01-01"}""");
        String nextCase = "case-" + UUID.randomUUID();
        kafka.send("resident.events", caseId, feesRequested(nextCase, known, UUID.randomUUID().toString()));
        await("the next request's bill").atMost(PATIENCE).until(() ->
                mongo.count(query(where("requestedById").is(nextCase)), BillDocument.class) == 1);
    }

    @Test
    void voidingAnUnpaidBillReversesItsChargeAndItTakesNoMoneyAfterwards() {
        String unitId = registerUnit("50.00", "RESIDENTIAL");
        RequestedBy request = new RequestedBy("move-in", "case-" + UUID.randomUUID());
        Bill bill = bills.issue(Bill.issue(BillIds.requested(request), accountOf(unitId), unitId, communityId, null,
                request, List.of(new BillLine("move-in-fee", "入住手续费", Money.yuan("200.00"), null)),
                LocalDate.parse("2026-12-16"), java.time.Instant.now(), null));
        assertThat(ledger.balanceOf(accountOf(unitId))).isEqualTo(Money.yuan("200.00"));
        assertThat(bills.voidBill(bill.id(), "issued by mistake").status()).isEqualTo(BillStatus.VOIDED);
        assertThat(bills.voidBill(bill.id(), "issued by mistake").status()).isEqualTo(BillStatus.VOIDED);
        assertThat(ledger.balanceOf(accountOf(unitId))).isEqualTo(Money.zero());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bills.applyPayment(bill.id(), "pay-x",
                Money.yuan("1.00"))).isInstanceOf(BillVoidedException.class);
    }
}

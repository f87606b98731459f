package com.estate.billing.billrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.billing.BillingTest;
import com.estate.billing.bill.BillIds;
import com.estate.billing.bill.BillPeriod;
import com.estate.billing.bill.persistence.BillDocument;
import com.estate.billing.charge.PendingCharge;
import com.estate.billing.charge.PendingCharges;
import com.estate.billing.ledger.Ledger;
import com.estate.billing.ledger.LedgerEntry;
import com.estate.billing.ledger.LedgerEntryKind;
import com.estate.billing.ledger.LedgerSource;
import com.estate.billing.ledger.persistence.LedgerEntryDocument;
import com.estate.platform.money.Money;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.ProblemAssertions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Bill runs: every chargeable unit billed once per period, however often and however interrupted it runs. */
class BillRunTest extends BillingTest {

    static final Instant BEFORE_DECEMBER = Instant.parse("2026-10-31T16:00:00Z"); // 2026-11-01 in Shanghai

    @Autowired
    Ledger ledger;

    @Autowired
    LockProvider locks;

    @Autowired
    PendingCharges pendingCharges;

    JsonNode bills(String filter) {
        var answer = api.send("GET", "/api/billing/bills?size=200&communityId=" + communityId + filter, finance, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("items");
    }

    JsonNode billOf(String unitId) {
        for (JsonNode bill : bills("")) {
            if (bill.path("unitId").asString().equals(unitId)) {
                return bill;
            }
        }
        throw new AssertionError("no bill for " + unitId);
    }

    String balance(String unitId) {
        var answer = api.send("GET", "/api/billing/accounts/" + accountOf(unitId), finance, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("balance").asString();
    }

    List<ConsumerRecord<String, String>> issuedInCommunity() {
        return kafka.readAll("billing.events", Duration.ofSeconds(2)).stream()
                .filter(r -> KafkaTestClient.data(r).path("communityId").asString("").equals(communityId))
                .filter(r -> r.value().contains("com.estate.billing.bill.issued.v1")).toList();
    }

    @Test
    void billsEveryChargeableUnitOnceProRatedWithCustodyAndPendingCharges() {
        propertyFee("2.50");
        String whole = registerUnit("89.50", "RESIDENTIAL");
        moveIn(whole, BEFORE_DECEMBER);
        String fromThe15th = registerUnit("89.50", "RESIDENTIAL");
        moveIn(fromThe15th, Instant.parse("2026-12-15T02:00:00Z"));
        String vacant = registerUnit("70.00", "RESIDENTIAL");
        String custody = registerUnit("100.00", "RESIDENTIAL");
        moveIn(custody, BEFORE_DECEMBER);
        String custodyId = "custody-" + UUID.randomUUID();
        residentEvent("com.estate.resident.custody.started.v1", custodyId, Map.of("custodyId", custodyId,
                "communityId", communityId, "unitId", custody, "ownerResidentId", "r-1", "startedOn", "2026-12-11",
                "timeZone", "Asia/Shanghai", "startReadings", Map.of("water", "1.000", "electricity", "2.0"),
                "startedAt", "2026-12-11T01:00:00Z"));
        residentEvent("com.estate.resident.custody.ended.v1", custodyId, Map.of("custodyId", custodyId,
                "communityId", communityId, "unitId", custody, "startedOn", "2026-12-11", "endedOn", "2026-12-21",
                "timeZone", "Asia/Shanghai", "endedAt", "2026-12-21T01:00:00Z"));
        awaitFacts(custody, facts -> !facts.custodies().isEmpty() && facts.custodies().getFirst().endedOn() != null);
        String chargeId = "wo-charge-" + UUID.randomUUID();
        kafka.send("workorder.events", "wo-1", events.of(UUID.randomUUID().toString(),
                "com.estate.workorder.charge.requested.v1", "/workorder-service", "wo-1", communityId, Map.of(
                        "chargeId", chargeId, "communityId", communityId, "unitId", whole, "itemCode", "PAID_REPAIR",
                        "amount", "80.00", "currency", "CNY", "reason", "更换水龙头",
                        "source", Map.of("kind", "work-order", "id", "wo-1"),
                        "requestedAt", "2026-12-20T03:00:00Z")));
        org.awaitility.Awaitility.await().atMost(PATIENCE)
                .until(() -> mongo.exists(query(where("_id").is(chargeId)), "charges"));

        JsonNode run = billRun("2026-12-01", "MONTHLY");

        assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("COMPLETED");
        JsonNode report = run.path("report");
        assertThat(report.path("unitsSeen").asLong()).isEqualTo(4);
        assertThat(report.path("billsIssued").asLong()).isEqualTo(3);
        assertThat(report.path("skipped").path("NOT_MOVED_IN").asLong()).isEqualTo(1);
        assertThat(report.path("skippedSamples").get(0).path("unitId").asString()).isEqualTo(vacant);
        assertThat(report.path("chargesBilled").asLong()).isEqualTo(1);
        // 223.75 + 80.00 | 89.50 × 2.50 × 17/31 = 122.70 | 250 × 21/31 = 169.35 and 250 × 0.7 × 10/31 = 56.45
        assertThat(report.path("totalIssued").asString()).isEqualTo("652.25");

        JsonNode first = billOf(whole);
        assertThat(first.path("lines")).hasSize(2);
        assertThat(first.path("lines").get(1).path("chargeId").asString()).isEqualTo(chargeId);
        assertThat(first.path("total").asString()).isEqualTo("303.75");
        assertThat(first.path("dueDate").asString()).isEqualTo("2026-12-16");
        assertThat(first.path("status").asString()).isEqualTo("ISSUED");
        assertThat(billOf(fromThe15th).path("total").asString()).isEqualTo("122.70");
        assertThat(billOf(custody).path("lines").get(1).path("amount").asString()).isEqualTo("56.45");
        assertThat(balance(whole)).isEqualTo("303.75");
        assertThat(mongo.findById(chargeId, Document.class, "charges").getString("status"))
                .isEqualTo("BILLED");

        List<ConsumerRecord<String, String>> issued = org.awaitility.Awaitility.await().atMost(PATIENCE)
                .until(this::issuedInCommunity, records -> records.size() >= 3);
        issued.forEach(record -> contracts.assertValid(record.value()));
        assertThat(issued).extracting(r -> KafkaTestClient.data(r).path("unitId").asString())
                .containsExactlyInAnyOrder(whole, fromThe15th, custody);

        JsonNode again = billRun("2026-12-01", "MONTHLY");
        assertThat(again.path("attempts").asInt()).isEqualTo(2);
        assertThat(again.path("report").path("billsIssued").asLong()).isZero();
        assertThat(again.path("report").path("alreadyBilled").asLong()).isEqualTo(3);
        assertThat(bills("")).hasSize(3);
        assertThat(balance(whole)).isEqualTo("303.75");
        assertThat(issuedInCommunity()).as("no bill is issued twice").hasSize(3);
    }

    @Test
    void aRunThatStoppedHalfWayIsCompletedByRunningItAgain() {
        propertyFee("2.00");
        List<String> units = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String unit = registerUnit("50.00", "RESIDENTIAL");
            moveIn(unit, BEFORE_DECEMBER);
            units.add(unit);
        }
        assertThat(billRun("2026-12-01", "MONTHLY").path("report").path("billsIssued").asLong()).isEqualTo(5);

        // what a crash half-way leaves: the last batch's bills never written, one bill written without its charge
        List<BillDocument> written = mongo.find(query(where("communityId").is(communityId)), BillDocument.class);
        mongo.remove(query(where("_id").in(written.get(0).getId(), written.get(1).getId())), BillDocument.class);
        mongo.remove(query(where("_id").in("CHARGE/bill/" + written.get(0).getId(),
                "CHARGE/bill/" + written.get(1).getId(), "CHARGE/bill/" + written.get(2).getId())),
                LedgerEntryDocument.class);

        JsonNode resumed = billRun("2026-12-01", "MONTHLY");

        assertThat(resumed.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(resumed.path("report").path("billsIssued").asLong()).isEqualTo(2);
        assertThat(resumed.path("report").path("alreadyBilled").asLong()).isEqualTo(3);
        assertThat(resumed.path("report").path("ledgerRepairs").asLong()).isEqualTo(1);
        assertThat(bills("")).hasSize(5);
        for (String unit : units) {
            assertThat(balance(unit)).as("one charge of 100.00 for " + unit).isEqualTo("100.00");
        }
        assertThat(mongo.count(query(where("communityId").is(communityId)), LedgerEntryDocument.class)).isEqualTo(5);
    }

    @Test
    void aPeriodBilledUnderTheEarlierBillIdsIsNotBilledAgain() {
        propertyFee("2.00");
        String unit = registerUnit("50.00", "RESIDENTIAL");
        moveIn(unit, BEFORE_DECEMBER);
        assertThat(billRun("2026-12-01", "MONTHLY").path("report").path("billsIssued").asLong()).isEqualTo(1);
        // the same bill and charge as a build before the sortable ids stored them
        BillPeriod december = new BillPeriod(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"));
        String current = BillIds.periodic(accountOf(unit), december);
        String legacy = BillIds.legacyPeriodic(accountOf(unit), december);
        renameStored(BillDocument.COLLECTION, current, legacy);
        renameStored(LedgerEntryDocument.COLLECTION, "CHARGE/bill/" + current, "CHARGE/bill/" + legacy);

        JsonNode again = billRun("2026-12-01", "MONTHLY");

        assertThat(again.path("report").path("billsIssued").asLong()).isZero();
        assertThat(again.path("report").path("alreadyBilled").asLong()).isEqualTo(1);
        assertThat(again.path("report").path("ledgerRepairs").asLong()).isZero();
        assertThat(bills("")).extracting(bill -> bill.path("id").asString()).containsExactly(legacy);
        assertThat(balance(unit)).isEqualTo("100.00");
    }

    private void renameStored(String collection, String id, String newId) {
        Document stored = mongo.findById(id, Document.class, collection);
        assertThat(stored).as(collection + " " + id).isNotNull();
        mongo.remove(query(where("_id").is(id)), collection);
        stored.put("_id", newId);
        mongo.insert(stored, collection);
    }

    @Test
    void aCreditIsBilledOnlyWhereTheBillStaysAboveZeroAndOtherwiseWaits() {
        propertyFee("2.00");
        String unit = registerUnit("50.00", "RESIDENTIAL"); // 100.00 a month
        moveIn(unit, BEFORE_DECEMBER);
        String small = credit(unit, "-30.00");
        String large = credit(unit, "-150.00");

        JsonNode december = billRun("2026-12-01", "MONTHLY");

        assertThat(december.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(december.path("report").path("billsIssued").asLong()).isEqualTo(1);
        assertThat(billOf(unit).path("total").asString()).isEqualTo("70.00");
        assertThat(billOf(unit).path("lines").findValuesAsString("chargeId")).contains(small).doesNotContain(large);
        assertThat(mongo.findById(large, Document.class, "charges").getString("status")).isEqualTo("PENDING");
        assertThat(balance(unit)).isEqualTo("70.00");
    }

    private String credit(String unit, String amount) {
        String chargeId = "credit-" + UUID.randomUUID();
        pendingCharges.recordOnce(new PendingCharge(chargeId, accountOf(unit), unit, communityId, "water-fee",
                Money.yuan(amount), "water reading corrected", "meter-reading-correction", chargeId, List.of(),
                Instant.now(), null), Instant.now());
        return chargeId;
    }

    @Test
    void prepaidCreditPaysTheNewBillAndWhatIsLeftStaysCredit() {
        propertyFee("2.50");
        String unit = registerUnit("89.50", "RESIDENTIAL");
        moveIn(unit, BEFORE_DECEMBER);
        ledger.post(LedgerEntry.of(accountOf(unit), unit, communityId, LedgerEntryKind.PAYMENT,
                Money.yuan("500.00"), new LedgerSource("payment", "pay-" + UUID.randomUUID()), "prepaid", Instant.now()));

        var paid = scenario.stimulate(() -> billRun("2026-12-01", "MONTHLY"))
                .andWaitForEvent("billing.events", "com.estate.billing.bill.paid.v1", Map.class)
                .matching(data -> unit.equals(data.get("unitId"))).toArrive();

        assertThat(paid.data().get("total")).isEqualTo("223.75");
        JsonNode bill = billOf(unit);
        assertThat(bill.path("status").asString()).isEqualTo("PAID");
        assertThat(bill.path("openAmount").asString()).isEqualTo("0.00");
        assertThat(bill.path("allocations").get(0).path("id").asString()).startsWith("credit:");
        assertThat(balance(unit)).isEqualTo("-276.25");
    }

    @Test
    void quarterlyPrepaymentBillsThreeMonthsInOneBill() {
        propertyFee("2.00");
        String unit = registerUnit("100.00", "RESIDENTIAL");
        moveIn(unit, BEFORE_DECEMBER);
        JsonNode run = billRun("2027-01-01", "QUARTERLY");
        assertThat(run.path("to").asString()).isEqualTo("2027-03-31");
        JsonNode bill = billOf(unit);
        assertThat(bill.path("period").path("to").asString()).isEqualTo("2027-03-31");
        assertThat(bill.path("total").asString()).isEqualTo("600.00");
    }

    @Test
    void oneRunPerCommunityAtATime() {
        var lease = locks.lock(new LockConfiguration(ClockProvider.now(), "bill-run:" + communityId,
                Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();
        try {
            var refused = api.send("POST", "/api/billing/bill-runs", finance,
                    "{\"communityId\":\"%s\",\"from\":\"2026-12-01\"}".formatted(communityId),
                    "Idempotency-Key", UUID.randomUUID().toString());
            ProblemAssertions.assertProblem(refused, 409, "bill-run-in-progress");
        } finally {
            lease.unlock();
        }
    }

    @Test
    void aRunStartsOnAMonthsFirstDayForAKnownPeriod() {
        var midMonth = api.send("POST", "/api/billing/bill-runs", finance,
                "{\"communityId\":\"%s\",\"from\":\"2026-12-02\"}".formatted(communityId),
                "Idempotency-Key", UUID.randomUUID().toString());
        ProblemAssertions.assertProblem(midMonth, 422, "bill-run-invalid");
        var unknownPeriod = api.send("POST", "/api/billing/bill-runs", finance,
                "{\"communityId\":\"%s\",\"from\":\"2026-12-01\",\"period\":\"WEEKLY\"}".formatted(communityId),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(unknownPeriod.status()).as(unknownPeriod.body()).isEqualTo(400);
    }
}

package com.estate.billing.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.billing.FinanceDeskTest;
import com.estate.billing.bill.Bill;
import com.estate.billing.reconciliation.domain.Finding;
import com.estate.billing.unit.persistence.BillingUnitDocument;
import com.estate.contracts.ContractValidator;
import com.estate.testsupport.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/**
 * The reconciliation replays the real topics from offset 0 against the real ledger: a corrupted stored balance and a
 * planted duplicate charge event are both reported, and a second replay reports the same (a charge billing never
 * accepted: {@code ReplayTest}; here billing-service itself accepts every request it reads).
 */
class ReconciliationJobTest extends FinanceDeskTest {

    /** The fields of {@code reconciliation.completed} this test reads. */
    record Completed(String reportId, long eventsRead, long missingCharges, long duplicateCharges,
            long balanceMismatches, boolean clean) {
    }

    @Autowired
    ReconciliationJob job;

    final ContractValidator contracts = new ContractValidator();

    private String chargePosted(String eventId, String chargeId, String accountId) {
        return """
            {"specversion":"1.0","id":"%s","source":"/billing-service","type":"com.estate.billing.charge.posted.v1",
             "subject":"%s","time":"2026-11-26T08:00:00Z","datacontenttype":"application/json",
             "dataschema":"urn:estate:schemas:com.estate.billing.charge.posted.v1","communityid":"%s",
             "data":{"chargeId":"%s","accountId":"%s","unitId":"%s","communityId":"%s","itemCode":"PAID_REPAIR",
                     "amount":"80.00","currency":"CNY","reason":"换水龙头","source":{"kind":"work-order","id":"wo-1"},
                     "postedAt":"2026-11-26T08:00:00Z"}}
            """.formatted(eventId, accountId, communityId, chargeId, accountId, unitOf(accountId), communityId);
    }

    private String chargeRequested(String chargeId, String accountId) {
        return """
            {"specversion":"1.0","id":"%s","source":"/resident-service","type":"com.estate.resident.charge.requested.v1",
             "subject":"ren-1","time":"2026-11-26T08:00:00Z","datacontenttype":"application/json",
             "dataschema":"urn:estate:schemas:com.estate.resident.charge.requested.v1","communityid":"%s",
             "data":{"chargeId":"%s","communityId":"%s","unitId":"%s","itemCode":"RENOVATION_WASTE_REMOVAL",
                     "amount":"228.00","currency":"CNY","reason":"装修垃圾清运费","source":{"kind":"renovation","id":"ren-1"},
                     "requestedAt":"2026-11-26T08:00:00Z"}}
            """.formatted(UUID.randomUUID(), communityId, chargeId, communityId, unitOf(accountId));
    }

    private List<Finding> mine(ReconciliationReport report) {
        return report.findings().stream().filter(finding -> communityId.equals(finding.communityId())).toList();
    }

    @Test
    void reportsACorruptedBalanceAndAPlantedDuplicateChargeAndTheSameOnASecondReplay() {
        String honest = newAccount();
        String corrupted = newAccount();
        YearMonth month = YearMonth.from(today()).minusMonths(1);
        monthlyBill(honest, month, today(), "300.00");
        Bill tampered = monthlyBill(corrupted, month, today(), "300.00");
        // billing's events for them are out before the replay
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.count(new Query(Criteria.where("communityId")
                .is(communityId).and("outbox.0").exists(true)), "bills") == 0);

        // someone edits a stored amount: the ledger now says 999.99 is owed
        mongo.updateFirst(new Query(Criteria.where("_id").is("CHARGE/bill/" + tampered.id())),
                new Update().set("effect", new Decimal128(new BigDecimal("999.99"))), "ledger_entries");
        // a charge accepted twice (a second event id for one chargeId), and one redelivered (same id: harmless)
        String duplicated = "ch-" + UUID.randomUUID();
        String redelivered = "ch-" + UUID.randomUUID();
        String redeliveredEventId = UUID.randomUUID().toString();
        String first = chargePosted(UUID.randomUUID().toString(), duplicated, honest);
        contracts.assertValid(first);
        kafka.send("billing.events", honest, first);
        kafka.send("billing.events", honest, chargePosted(UUID.randomUUID().toString(), duplicated, honest));
        kafka.send("billing.events", honest, chargePosted(redeliveredEventId, redelivered, honest));
        kafka.send("billing.events", honest, chargePosted(redeliveredEventId, redelivered, honest));
        // resident-service asks for a charge: billing accepts it (charge.posted), so nothing is missing for it
        BillingUnitDocument unit = BillingUnitDocument.of(unitOf(honest), communityId);
        unit.takeUnitState(1, new BigDecimal("80.00"), "RESIDENTIAL", "OCCUPIED", null);
        mongo.insert(unit);
        String accepted = "ch-" + UUID.randomUUID();
        String request = chargeRequested(accepted, honest);
        contracts.assertValid(request);
        scenario.stimulate(() -> kafka.send("resident.events", "ren-1", request))
                .andWaitForEvent("billing.events", "com.estate.billing.charge.posted.v1", JsonNode.class)
                .matching(posted -> accepted.equals(posted.path("chargeId").asString())).toArrive();
        kafka.awaitConsumed("billing-service", "resident.events", Duration.ofSeconds(30));

        AtomicReference<ReconciliationReport> run = new AtomicReference<>();
        var completed = scenario.stimulate(() -> run.set(job.run().report()))
                .andWaitForEvent("billing.events", "com.estate.billing.reconciliation.completed.v1", Completed.class)
                .matching(event -> event.reportId().equals(run.get().reportId())).toArrive();
        ReconciliationReport report = run.get();
        assertThat(completed.data().reportId()).isEqualTo(report.reportId());
        assertThat(completed.data().clean()).isFalse();
        assertThat(completed.subject()).isEqualTo(report.reportId());

        assertThat(mine(report)).extracting(Finding::kind, Finding::subject, Finding::expected, Finding::actual)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Finding.Kind.DUPLICATE_CHARGE, duplicated, "1", "2"),
                        org.assertj.core.groups.Tuple.tuple(Finding.Kind.BALANCE_MISMATCH, corrupted, "300.00",
                                "999.99"));
        assertThat(report.upTo()).extracting(ReconciliationReport.Position::topic)
                .contains("billing.events", "resident.events");

        // the same replay again: the same report (its own reconciliation.completed changes nothing)
        ReconciliationReport again = job.run().report();
        assertThat(again.eventsApplied()).isEqualTo(report.eventsApplied());
        assertThat(again.findings()).isEqualTo(report.findings());
        assertThat(again.reportId()).isEqualTo(report.reportId());

        // finance sees the findings of its community through the API
        JsonNode answer = ok(get("/api/billing/reconciliation?communityId=" + communityId, finance)).json();
        assertThat(answer.path("reportId").asString()).isEqualTo(report.reportId());
        assertThat(answer.path("findings")).hasSize(2);
        assertThat(ok(get("/api/billing/reconciliation", TestTokens.get().staff("FINANCE", "c-elsewhere"))).json()
                .path("findings").findValues("communityId").stream().map(JsonNode::asString))
                .doesNotContain(communityId);
        assertThat(get("/api/billing/reconciliation?communityId=" + communityId,
                TestTokens.get().staff("FINANCE", "c-elsewhere")).status()).isEqualTo(404);
        assertThat(get("/api/billing/reconciliation", agent).status()).isEqualTo(403);
    }

    @Test
    void aVoidedBillIsAnnouncedAndTheReplayTakesItOffTheBalance() {
        String account = newAccount();
        Bill bill = monthlyBill(account, YearMonth.from(today()).minusMonths(2), today(), "180.00");
        var voided = scenario.stimulate(() -> bills.voidBill(bill.id(), "issued to the wrong unit"))
                .andWaitForEvent("billing.events", "com.estate.billing.bill.voided.v1", JsonNode.class)
                .matching(event -> bill.id().equals(event.path("billId").asString())).toArrive();
        contracts.assertValid(voided.record().value());
        assertThat(voided.data().path("total").asString()).isEqualTo("180.00");
        assertThat(voided.data().path("accountId").asString()).isEqualTo(account);
        assertThat(voided.data().has("reason")).as("free text stays on the bill").isFalse();
        bills.voidBill(bill.id(), "issued to the wrong unit");
        assertThat(kafka.readAll("billing.events", Duration.ofSeconds(2)).stream()
                .filter(r -> r.value().contains("com.estate.billing.bill.voided.v1"))
                .filter(r -> bill.id().equals(com.estate.testsupport.KafkaTestClient.data(r).path("billId")
                        .asString(null)))).as("bill.voided once").hasSize(1);

        ReconciliationReport report = job.run().report();
        assertThat(mine(report)).filteredOn(finding -> account.equals(finding.accountId()))
                .as("the ledger's 0.00 agrees with issued less voided").isEmpty();
    }
}

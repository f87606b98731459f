package com.estate.billing.dunning;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.billing.BillingProperties;
import com.estate.billing.FinanceDeskTest;
import com.estate.billing.arrears.OpenBills;
import com.estate.billing.bill.Bill;
import com.estate.platform.persistence.Sequences;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Dunning through its HTTP API and its events, as the business clock moves. */
class DunningDeskTest extends FinanceDeskTest {

    /** The fields of {@code dunning.stage-changed} this test reads. */
    record StageChanged(String caseId, String accountId, String unitId, String communityId, String fromStage,
            String toStage, Integer stageNumber, String status, String trigger, String overdue, long caseRevision) {
    }

    /** The fields of {@code notification.requested} this test reads. */
    record NotificationRequested(String communityId, Recipient recipient, String templateKey,
            Map<String, String> params) {

        record Recipient(String kind, String id) {
        }
    }

    private JsonNode scan() {
        return ok(api.send("POST", "/api/billing/dunning/scans", finance, null)).json();
    }

    private JsonNode dunning(String accountId) {
        return ok(get("/api/billing/dunning/" + accountId, agent)).json();
    }

    /** A desk action on the account's case, at the revision just read. */
    private TestHttp.Answer act(String method, String accountId, String action, String token, String body) {
        String etag = get("/api/billing/dunning/" + accountId, agent).header("ETag");
        return api.send(method, "/api/billing/dunning/" + accountId + "/" + action, token, body, "If-Match", etag,
                "Idempotency-Key", UUID.randomUUID().toString());
    }

    private void moveClockTo(Duration offset) {
        clock.setOffset(offset);
    }

    /** An account with one overdue month (due 5 days ago): listed at the next scan. */
    private Bill overdueBill(String accountId) {
        YearMonth lastMonth = YearMonth.from(today()).minusMonths(1);
        return monthlyBill(accountId, lastMonth, today().minusDays(5), "312.40");
    }

    @Autowired
    OpenBills openBills;
    @Autowired
    DunningAccounts dunningAccounts;
    @Autowired
    DunningNotices notices;
    @Autowired
    Sequences sequences;
    @Autowired
    DunningProperties properties;
    @Autowired
    BillingProperties billing;

    /** The scan as configured, but fetching two documents at a time from each of its cursors. */
    private DunningScan scanInBatchesOfTwo() {
        DunningProperties p = properties;
        return new DunningScan(mongo, openBills, dunningAccounts, notices, sequences, new DunningProperties(
                p.reminderAfterListing(), p.letterAfterNotice(), p.homeVisitAfterLetter(), p.legalAfterLetter(),
                p.legalAfterHomeVisit(), p.paymentDeadline(), p.longestPromise(), p.reasonCategories(),
                p.letterPrefix(), p.letterIssuer(), 2), billing, clock);
    }

    @Test
    void aScanReadsAccountsBatchByBatchAndReachesEveryOne() {
        List<String> accounts = new ArrayList<>();
        List<Bill> firstBills = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String accountId = newAccount();
            accounts.add(accountId);
            firstBills.add(overdueBill(accountId));
            // two open bills on one account: an account's bills may straddle two fetches
            monthlyBill(accountId, YearMonth.from(today()).minusMonths(2), today().minusDays(35), "100.00");
        }
        DunningScan scan = scanInBatchesOfTwo();
        DunningScan.Report first = scan.run();
        assertThat(first.listed()).isGreaterThanOrEqualTo(accounts.size());
        for (String accountId : accounts) {
            JsonNode dunning = dunning(accountId);
            assertThat(dunning.path("stage").asString()).as(accountId).isEqualTo("LISTED");
            assertThat(dunning.path("overdue").asString()).as(accountId).isEqualTo("412.40");
        }
        // listed once: a second pass, which meets the open cases on their own cursor, lists nobody again
        scan.run();
        accounts.forEach(accountId -> assertThat(dunning(accountId).path("caseId").asString())
                .isEqualTo("dn-1-" + accountId));

        // the first account pays everything, the last one of its two bills: closed, and still listed
        Bill older = bills.openBillsOldestDueFirst(accounts.getFirst()).getFirst();
        payInFull(older);
        payInFull(firstBills.getFirst());
        payInFull(firstBills.getLast());
        scan.run();
        await("the paid account's case closed").atMost(Duration.ofSeconds(30))
                .until(() -> !dunning(accounts.getFirst()).path("open").asBoolean());
        JsonNode partly = dunning(accounts.getLast());
        assertThat(partly.path("open").asBoolean()).isTrue();
        assertThat(partly.path("stage").asString()).isEqualTo("LISTED");
    }

    @Test
    void anUnpaidBillWalksThroughEveryStageAndLeavesDunningWhenPaid() {
        String accountId = newAccount();
        Bill bill = overdueBill(accountId);

        // stage 1: listed by the scan, announced in a valid event
        var listed = scenario.stimulate(this::scan)
                .andWaitForEvent("billing.events", "com.estate.billing.dunning.stage-changed.v1", StageChanged.class)
                .matching(event -> event.accountId().equals(accountId)).toArrive();
        assertThat(listed.data().toStage()).isEqualTo("LISTED");
        assertThat(listed.data().fromStage()).isNull();
        assertThat(listed.data().stageNumber()).isEqualTo(1);
        assertThat(listed.data().trigger()).isEqualTo("SCHEDULE");
        assertThat(listed.data().overdue()).isEqualTo("312.40");
        assertThat(listed.data().caseId()).isEqualTo("dn-1-" + accountId);
        assertThat(listed.record().key()).isEqualTo(accountId);
        assertThat(dunning(accountId).path("stage").asString()).isEqualTo("LISTED");

        // the reason for non-payment, and a call that did not reach anyone: still listed
        ok(act("PUT", accountId, "reason", agent,
                "{\"category\":\"SERVICE_DISPUTE\",\"note\":\"says the lift is often broken\"}"));
        ok(act("POST", accountId, "contacts", agent,
                "{\"channel\":\"PHONE\",\"outcome\":\"NO_ANSWER\"}"));
        scan();
        assertThat(dunning(accountId).path("stage").asString()).isEqualTo("LISTED");
        assertThat(dunning(accountId).path("reason").path("category").asString()).isEqualTo("SERVICE_DISPUTE");

        // stage 2: a week without a reminder from the desk, the scan sends the SMS with amount, period and deadline
        moveClockTo(Duration.ofDays(8));
        var sms = scenario.stimulate(this::scan)
                .andWaitForEvent("notification.requests", "com.estate.platform.notification.requested.v1",
                        NotificationRequested.class)
                .matching(request -> unitOf(accountId).equals(request.recipient().id())
                        && "billing.dunning-reminder".equals(request.templateKey())).toArrive();
        assertThat(sms.data().recipient().kind()).isEqualTo("HOUSEHOLD");
        assertThat(sms.data().params()).containsEntry("amount", "312.40")
                .containsEntry("periods", bill.period().from().toString().substring(0, 7))
                .containsEntry("deadline", today().plusDays(15).toString());
        JsonNode reminded = dunning(accountId);
        assertThat(reminded.path("stage").asString()).isEqualTo("REMINDED");
        assertThat(reminded.path("reminder").path("channel").asString()).isEqualTo("SMS");

        // two months later: not yet; three months after the notice: the formal letter
        moveClockTo(Duration.ofDays(8 + 60));
        scan();
        assertThat(dunning(accountId).path("stage").asString()).isEqualTo("REMINDED");
        moveClockTo(Duration.ofDays(8 + 93));
        var letter = scenario.stimulate(this::scan)
                .andWaitForEvent("billing.events", "com.estate.billing.dunning.stage-changed.v1", StageChanged.class)
                .matching(event -> event.accountId().equals(accountId) && "LETTER_SENT".equals(event.toStage()))
                .toArrive();
        assertThat(letter.data().fromStage()).isEqualTo("REMINDED");
        assertThat(letter.data().caseRevision()).isEqualTo(3);
        JsonNode atLetter = dunning(accountId);
        assertThat(atLetter.path("letter").path("letterNumber").asString())
                .matches("CJ-" + today().getYear() + "-\\d{4}");
        assertThat(atLetter.path("letter").path("amount").asString()).isEqualTo("312.40");
        ok(act("PUT", accountId, "letter/dispatch", agent,
                "{\"courier\":\"EMS\",\"trackingNumber\":\"EA123456789CN\"}"));
        assertThat(pdfText(download("/api/billing/dunning/" + accountId + "/letter.pdf", agent, "application/pdf")))
                .contains("催缴函", atLetter.path("letter").path("letterNumber").asString(),
                "312.40", "特快专递", "EA123456789CN");
        assertThat(dunning(accountId).path("letter").path("trackingNumber").asString()).isEqualTo("EA123456789CN");

        // the owner lives there (resident-service says the unit is occupied): stage 4 a month after the letter
        kafka.send("resident.events", unitOf(accountId), unitUpdated(unitOf(accountId), "OCCUPIED", 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> dunning(accountId).path("ownerLivesThere").asBoolean());
        moveClockTo(Duration.ofDays(8 + 93 + 32));
        scan();
        assertThat(dunning(accountId).path("stage").asString()).isEqualTo("HOME_VISIT");
        ok(act("PUT", accountId, "home-visit", agent,
                "{\"outcome\":\"owner at home, will not pay until the lift is fixed\"}"));

        // stage 5 a month after the visit: referred by finance
        moveClockTo(Duration.ofDays(8 + 93 + 32 + 32));
        scan();
        assertThat(dunning(accountId).path("stage").asString()).isEqualTo("LEGAL_REFERRAL");
        assertThat(dunning(accountId).path("stageNumber").asInt()).isEqualTo(5);
        assertThat(act("PUT", accountId, "legal-referral", agent,
                "{\"outcome\":\"handed over\"}").status()).as("the desk does not refer to legal channels")
                .isEqualTo(403);
        ok(act("PUT", accountId, "legal-referral", finance,
                "{\"outcome\":\"handed to the law firm\",\"reference\":\"LF-2026-17\"}"));

        // paid in full: the bill.paid closes the case at once, without a scan
        var closed = scenario.stimulate(() -> payInFull(bill))
                .andWaitForEvent("billing.events", "com.estate.billing.dunning.stage-changed.v1", StageChanged.class)
                .matching(event -> event.accountId().equals(accountId) && "CLOSED".equals(event.status()))
                .toArrive();
        assertThat(closed.data().trigger()).isEqualTo("PAID");
        assertThat(closed.data().fromStage()).isEqualTo("LEGAL_REFERRAL");
        assertThat(closed.data().toStage()).isNull();
        JsonNode after = dunning(accountId);
        assertThat(after.path("open").asBoolean()).isFalse();
        assertThat(after.path("history")).extracting(change -> change.path("to").asString(null))
                .containsExactly("LISTED", "REMINDED", "LETTER_SENT", "HOME_VISIT", "LEGAL_REFERRAL", null);

        // the account shows it too
        JsonNode account = ok(get("/api/billing/arrears/accounts/" + accountId, finance)).json();
        assertThat(account.path("dunning").path("open").asBoolean()).isFalse();
        assertThat(account.path("aging").path("overdue").asString()).isEqualTo("0.00");

        // new arrears start a new case at stage 1
        monthlyBill(accountId, YearMonth.from(today()).minusMonths(1), today().minusDays(3), "300.00");
        scan();
        JsonNode again = dunning(accountId);
        assertThat(again.path("caseId").asString()).isEqualTo("dn-2-" + accountId);
        assertThat(again.path("stage").asString()).isEqualTo("LISTED");
        assertThat(again.path("earlierCases")).hasSize(1);
        assertThat(again.path("earlierCases").get(0).path("furthestStage").asString()).isEqualTo("LEGAL_REFERRAL");
    }

    @Test
    void aCallThatReachesTheHouseholdIsTheReminderAndAPromiseHoldsTheLetterUntilItsDayPassed() {
        String accountId = newAccount();
        overdueBill(accountId);
        scan();
        JsonNode called = ok(act("POST", accountId, "contacts", agent,
                "{\"channel\":\"PHONE\",\"outcome\":\"REACHED_WILL_PAY\",\"note\":\"after the bonus\"}")).json();
        assertThat(called.path("stage").asString()).isEqualTo("REMINDED");
        assertThat(called.path("reminder").path("channel").asString()).isEqualTo("PHONE");
        assertThat(called.path("history").get(1).path("trigger").asString()).isEqualTo("STAFF");
        assertThat(called.path("history").get(1).path("by").asString()).isNotBlank();

        moveClockTo(Duration.ofDays(85));
        LocalDate promised = today().plusDays(20);
        ok(act("POST", accountId, "promises", agent,
                "{\"payBy\":\"" + promised + "\",\"amount\":\"312.40\"}"));
        moveClockTo(Duration.ofDays(95));
        scan();
        assertThat(dunning(accountId).path("stage").asString()).as("the promise holds").isEqualTo("REMINDED");
        moveClockTo(Duration.ofDays(85 + 21));
        scan();
        assertThat(dunning(accountId).path("stage").asString()).isEqualTo("LETTER_SENT");

        // the unit is not occupied, but the desk found the owner living there: the home visit comes first
        assertThat(dunning(accountId).path("ownerLivesThere").asBoolean()).isFalse();
        ok(act("PUT", accountId, "residence", agent, "{\"ownerLivesThere\":true}"));
        moveClockTo(Duration.ofDays(85 + 21 + 32));
        scan();
        assertThat(dunning(accountId).path("stage").asString()).isEqualTo("HOME_VISIT");
    }

    @Test
    void badInputIsAProblemNeverA500() {
        String accountId = newAccount();
        overdueBill(accountId);
        scan();
        assertProblem(act("PUT", accountId, "reason", agent,
                "{\"category\":\"MOON_PHASE\"}"), 422, "dunning-reason-category");
        assertProblem(act("POST", accountId, "promises", agent,
                "{\"payBy\":\"" + today().minusDays(1) + "\"}"), 422, "dunning-promise-date");
        assertProblem(act("PUT", accountId, "letter/dispatch", agent,
                "{\"courier\":\"EMS\",\"trackingNumber\":\"EA123456789CN\"}"), 422, "dunning-no-letter");
        assertProblem(act("PUT", accountId, "home-visit", agent,
                "{\"outcome\":\"went there\"}"), 409, "dunning-stage");
        assertProblem(act("POST", accountId, "contacts", agent,
                "{\"channel\":\"PHONE\"}"), 422, "dunning-contact-outcome");
        assertThat(act("POST", accountId, "contacts", agent,
                "{\"channel\":\"CARRIER_PIGEON\"}").status()).isEqualTo(400);
        assertThat(api.send("PUT", "/api/billing/dunning/" + accountId + "/reason", agent,
                "{\"category\":\"OTHER\"}").status()).as("no If-Match").isEqualTo(428);
        assertThat(api.send("PUT", "/api/billing/dunning/" + accountId + "/reason", agent,
                "{\"category\":\"OTHER\"}", "If-Match", "\"99\"").status()).as("a stale If-Match").isEqualTo(412);
    }

    @Test
    void staffSeeOnlyTheirCommunitiesCasesAndResidentsNone() {
        String accountId = newAccount();
        overdueBill(accountId);
        scan();
        String elsewhere = TestTokens.get().staff("CS_AGENT", "c-elsewhere");
        assertThat(get("/api/billing/dunning/" + accountId, elsewhere).status()).isEqualTo(404);
        assertThat(get("/api/billing/dunning/" + accountId, TestTokens.get().resident("r-1", communityId,
                unitOf(accountId))).status()).isEqualTo(403);
        assertThat(get("/api/billing/dunning/" + accountId, TestTokens.get().staff("TECHNICIAN", communityId))
                .status()).isEqualTo(403);
        assertThat(get("/api/billing/dunning/fa-nobody", agent).status()).isEqualTo(404);
        assertThat(get("/api/billing/dunning?communityId=" + communityId, elsewhere).json().path("items")).isEmpty();
        JsonNode mine = ok(get("/api/billing/dunning?communityId=" + communityId + "&open=true&stage=LISTED", director))
                .json();
        assertThat(mine.path("items")).extracting(item -> item.path("accountId").asString()).containsExactly(accountId);
        assertThat(api.send("POST", "/api/billing/dunning/scans", agent, null).status()).isEqualTo(403);
    }

    private String unitUpdated(String unitId, String status, int revision) {
        return """
            {"specversion":"1.0","id":"%s","source":"/resident-service","type":"com.estate.resident.unit.updated.v1",
             "subject":"%s","time":"2026-11-26T08:00:00Z","datacontenttype":"application/json",
             "dataschema":"urn:estate:schemas:com.estate.resident.unit.updated.v1","communityid":"%s",
             "data":{"unitId":"%s","communityId":"%s","building":"1","unitNumber":"1-101","floorArea":"89.50",
                     "status":"%s","unitRevision":%d,"changedFields":["status"],"updatedAt":"2026-11-26T08:00:00Z"}}
            """.formatted(UUID.randomUUID(), unitId, communityId, unitId, communityId, status, revision);
    }
}

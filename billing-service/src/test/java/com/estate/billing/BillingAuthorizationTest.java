package com.estate.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.billing.bill.Bill;
import com.estate.billing.bill.BillIds;
import com.estate.billing.bill.BillLine;
import com.estate.billing.bill.BillPeriod;
import com.estate.billing.bill.Bills;
import com.estate.platform.money.Money;
import com.estate.testsupport.ProblemAssertions;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may read and change what, endpoint by endpoint: residents only their own household's records, staff only
 * their communities' (404 otherwise, never 403, so nothing leaks), roles by what they do (403).
 */
class BillingAuthorizationTest extends BillingTest {

    @Autowired
    Bills bills;

    String unitId;
    String billId;
    String resident;
    String neighbour;
    String elsewhere;

    @BeforeEach
    void aUnitWithABill() {
        unitId = registerUnit("89.50", "RESIDENTIAL");
        BillPeriod december = new BillPeriod(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31"));
        billId = BillIds.periodic(accountOf(unitId), december);
        bills.issue(Bill.issue(billId, accountOf(unitId), unitId, communityId, december, null,
                List.of(new BillLine("property-management-fee", "物业管理费", Money.yuan("223.75"), null)),
                LocalDate.parse("2026-12-16"), Instant.now(), null));
        resident = TestTokens.get().resident("r-" + UUID.randomUUID(), communityId, unitId);
        neighbour = TestTokens.get().resident("r-" + UUID.randomUUID(), communityId, "unit-next-door");
        elsewhere = TestTokens.get().staff("FINANCE", "c-elsewhere-" + UUID.randomUUID());
    }

    int status(String method, String path, String token) {
        TestHttp.Answer answer = api.send(method, path, token, null);
        return answer.status();
    }

    @Test
    void anAccountAndItsLedgerAreTheHouseholdsAndTheCommunitysStaffs() {
        for (String path : List.of("/api/billing/accounts/" + accountOf(unitId),
                "/api/billing/accounts/" + accountOf(unitId) + "/ledger")) {
            assertThat(status("GET", path, resident)).as(path).isEqualTo(200);
            assertThat(status("GET", path, finance)).as(path).isEqualTo(200);
            assertThat(status("GET", path, TestTokens.get().staff("CS_AGENT", communityId))).as(path).isEqualTo(200);
            ProblemAssertions.assertProblem(api.send("GET", path, neighbour, null), 404, "not-found");
            ProblemAssertions.assertProblem(api.send("GET", path, elsewhere, null), 404, "not-found");
            assertThat(status("GET", path, TestTokens.get().staff("TECHNICIAN", communityId))).as(path)
                    .isEqualTo(403);
            assertThat(status("GET", path, null)).as(path).isEqualTo(401);
        }
        var account = api.send("GET", "/api/billing/accounts/" + accountOf(unitId), resident, null).json();
        assertThat(account.path("balance").asString()).as("from the ledger").isEqualTo("223.75");
        var ledger = api.send("GET", "/api/billing/accounts/" + accountOf(unitId) + "/ledger", resident, null).json();
        assertThat(ledger.path("items").get(0).path("id").asString()).isEqualTo("CHARGE/bill/" + billId);
        assertThat(status("GET", "/api/billing/accounts/fa-nothing", admin)).isEqualTo(404);
    }

    @Test
    void aBillIsTheHouseholdsAndTheCommunitysStaffs() {
        String path = "/api/billing/bills/" + billId;
        assertThat(status("GET", path, resident)).isEqualTo(200);
        assertThat(status("GET", path, TestTokens.get().staff("CS_SUPERVISOR", communityId))).isEqualTo(200);
        ProblemAssertions.assertProblem(api.send("GET", path, neighbour, null), 404, "not-found");
        ProblemAssertions.assertProblem(api.send("GET", path, elsewhere, null), 404, "not-found");
        assertThat(status("GET", path, TestTokens.get().staff("SECURITY", communityId))).isEqualTo(403);
        ProblemAssertions.assertProblem(api.send("GET", "/api/billing/bills/bill-nothing",
                TestTokens.get().staff("CS_SUPERVISOR", communityId), null), 404, "not-found");

        String list = "/api/billing/bills?communityId=" + communityId;
        assertThat(api.send("GET", list, resident, null).json().path("total").asLong()).isOne();
        assertThat(api.send("GET", list, neighbour, null).json().path("total").asLong()).isZero();
        assertThat(api.send("GET", list, elsewhere, null).json().path("total").asLong()).isZero();
        assertThat(api.send("GET", list + "&status=ISSUED&accountId=" + accountOf(unitId), finance, null).json()
                .path("total").asLong()).isOne();
        assertThat(api.send("GET", list + "&status=PAID", finance, null).json().path("total").asLong()).isZero();
        assertThat(status("GET", list + "&status=NOT_A_STATUS", finance)).isEqualTo(400);
    }

    @Test
    void financeSetsTheFeeScheduleOfItsOwnCommunityWithPreconditions() {
        String item = """
                {"communityId":"%s","code":"parking","name":"车位费","kind":"FIXED_MONTHLY","unitUse":"PARKING",
                 "unitPrice":"150.00","effectiveFrom":"2026-01-01"}""";
        for (String token : List.of(TestTokens.get().staff("CS_AGENT", communityId), resident)) {
            assertThat(api.send("POST", "/api/billing/fee-items", token, item.formatted(communityId),
                    "Idempotency-Key", UUID.randomUUID().toString()).status()).isEqualTo(403);
        }
        ProblemAssertions.assertProblem(api.send("POST", "/api/billing/fee-items", elsewhere,
                item.formatted(communityId), "Idempotency-Key", UUID.randomUUID().toString()), 404, "not-found");
        var created = feeItem(item.formatted(communityId));
        ProblemAssertions.assertProblem(api.send("POST", "/api/billing/fee-items", finance,
                item.formatted(communityId), "Idempotency-Key", UUID.randomUUID().toString()), 409,
                "fee-item-overlaps");
        String path = "/api/billing/fee-items/" + created.path("id").asString();
        assertThat(status("GET", path, resident)).as("the published price standard").isEqualTo(200);
        ProblemAssertions.assertProblem(api.send("GET", path, elsewhere, null), 404, "not-found");
        assertThat(api.send("PATCH", path, finance, "{\"effectiveTo\":\"2026-12-31\"}").status()).isEqualTo(428);
        ProblemAssertions.assertProblem(api.send("PATCH", path, finance, "{\"effectiveTo\":\"2026-12-31\"}",
                "If-Match", "\"99\""), 412, "precondition-failed");
        var ended = api.send("PATCH", path, finance, "{\"effectiveTo\":\"2026-12-31\"}", "If-Match", "\"1\"");
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().path("effectiveTo").asString()).isEqualTo("2026-12-31");
        var invalid = api.send("POST", "/api/billing/fee-items", finance, """
                {"communityId":"%s","code":"Bad Code","name":"x","kind":"ONE_OFF","unitPrice":"-1",
                 "effectiveFrom":"2026-01-01"}""".formatted(communityId), "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(api.send("GET", "/api/billing/fee-items?communityId=" + communityId, elsewhere, null).json()
                .path("total").asLong()).isZero();
    }

    @Test
    void theLateFeeIsOffUntilFinanceTurnsItOn() {
        String path = "/api/billing/late-fees/" + communityId;
        var off = api.send("GET", path, resident, null);
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().path("enabled").asBoolean()).isFalse();
        String on = "{\"enabled\":true,\"dailyRate\":\"0.0003\",\"graceDays\":10}";
        assertThat(api.send("PUT", path, TestTokens.get().staff("CS_AGENT", communityId), on).status())
                .isEqualTo(403);
        ProblemAssertions.assertProblem(api.send("PUT", path, elsewhere, on), 404, "not-found");
        var set = api.send("PUT", path, finance, on);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().path("dailyRate").asString()).isEqualTo("0.0003");
        assertThat(api.send("PUT", path, finance, on).status()).as("a second change needs If-Match")
                .isEqualTo(412);
        assertThat(api.send("PUT", path, finance, on, "If-Match", set.headers().firstValue("ETag").orElseThrow())
                .status()).isEqualTo(200);
    }

    @Test
    void onlyFinanceOfTheCommunityRunsBillsAndOnlyManagersReadTheRuns() {
        String run = "{\"communityId\":\"%s\",\"from\":\"2026-12-01\"}".formatted(communityId);
        assertThat(api.send("POST", "/api/billing/bill-runs", TestTokens.get().staff("CS_AGENT", communityId), run,
                "Idempotency-Key", UUID.randomUUID().toString()).status()).isEqualTo(403);
        ProblemAssertions.assertProblem(api.send("POST", "/api/billing/bill-runs", elsewhere, run,
                "Idempotency-Key", UUID.randomUUID().toString()), 404, "not-found");
        String id = billRun("2026-12-01", "MONTHLY").path("id").asString();
        assertThat(status("GET", "/api/billing/bill-runs/" + id, resident)).isEqualTo(403);
        ProblemAssertions.assertProblem(api.send("GET", "/api/billing/bill-runs/" + id, elsewhere, null), 404,
                "not-found");
        assertThat(status("GET", "/api/billing/bill-runs/" + id, TestTokens.get().staff("DIRECTOR", communityId)))
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/billing/bill-runs?communityId=" + communityId, elsewhere, null).json()
                .path("total").asLong()).isZero();
    }
}

package com.estate.billing.sharing;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.billing.FinanceDeskTest;
import com.estate.billing.ledger.Ledger;
import com.estate.billing.unit.persistence.BillingUnitDocument;
import com.estate.platform.money.Money;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Public water and electricity shared to the fen, and charged once through bill-core. */
class CostSharingTest extends FinanceDeskTest {

    @Autowired
    Ledger ledger;

    /** A unit billing knows (as unit.registered tells it) with its fee account. */
    private String unit(String area, String status) {
        String accountId = newAccount();
        BillingUnitDocument unit = BillingUnitDocument.of(unitOf(accountId), communityId);
        unit.takeUnitState(1, new BigDecimal(area), "RESIDENTIAL", status, null);
        mongo.insert(unit);
        return accountId;
    }

    private TestHttp.Answer share(String body) {
        return api.send("POST", "/api/billing/cost-sharing", finance, body, "Idempotency-Key",
                UUID.randomUUID().toString());
    }

    @Test
    void sharesByFloorAreaToTheFenAndBillsEachShareOnce() {
        String a = unit("89.50", "OCCUPIED");
        String b = unit("120.35", "VACANT");
        String c = unit("65.00", "OCCUPIED");
        unit("300.00", "UNSOLD");
        String body = "{\"communityId\":\"" + communityId + "\",\"period\":\"2026-11\",\"cost\":\"PUBLIC_ELECTRICITY\","
                + "\"total\":\"1000.00\",\"method\":\"BY_FLOOR_AREA\"}";

        JsonNode shared = ok(share(body)).json();
        assertThat(shared.path("shares")).hasSize(3);
        assertThat(shared.path("shares")).extracting(s -> s.path("amount").asString())
                .containsExactlyInAnyOrder("325.63", "437.88", "236.49");
        for (JsonNode share : shared.path("shares")) {
            String accountId = share.path("accountId").asString();
            assertThat(ledger.balanceOf(accountId)).isEqualTo(Money.yuan(share.path("amount").asString()));
            var bill = bills.get(share.path("billId").asString());
            assertThat(bill.total().toPlainString()).isEqualTo(share.path("amount").asString());
            assertThat(bill.lines().getFirst().item()).isEqualTo("PUBLIC_ELECTRICITY");
            assertThat(bill.requestedBy().kind()).isEqualTo("cost-sharing");
        }
        assertThat(java.util.List.of(a, b, c)).allSatisfy(accountId -> assertThat(
                ledger.balanceOf(accountId).amount().signum()).isPositive());

        // entered again (a retry with another key): the same sharing, nothing charged twice
        JsonNode again = ok(share(body)).json();
        assertThat(again.path("id").asString()).isEqualTo(shared.path("id").asString());
        assertThat(ledger.balanceOf(b)).isEqualTo(Money.yuan("437.88"));
        // the same period with another total is a conflict, not a second charge
        assertProblem(share(body.replace("1000.00", "999.00")), 409, "cost-sharing-exists");

        JsonNode read = ok(get("/api/billing/cost-sharing/" + shared.path("id").asString(), director)).json();
        assertThat(read.path("total").asString()).isEqualTo("1000.00");
        assertThat(ok(get("/api/billing/cost-sharing?communityId=" + communityId, finance)).json()).hasSize(1);
    }

    @Test
    void sharesEquallyWhenAskedAndTheLeftOverFenGoToTheFirstUnits() {
        unit("50.00", "OCCUPIED");
        unit("80.00", "OCCUPIED");
        unit("120.00", "OCCUPIED");
        JsonNode shared = ok(share("{\"communityId\":\"" + communityId + "\",\"period\":\"2026-11\","
                + "\"cost\":\"PUBLIC_WATER\",\"total\":\"100.00\",\"method\":\"EQUALLY\"}")).json();
        assertThat(shared.path("shares")).extracting(s -> s.path("amount").asString())
                .containsExactly("33.34", "33.33", "33.33");
    }

    @Test
    void onlyFinanceOfTheCommunitySharesAndBadInputIsAProblem() {
        unit("50.00", "OCCUPIED");
        String body = "{\"communityId\":\"" + communityId + "\",\"period\":\"2026-11\",\"cost\":\"PUBLIC_WATER\","
                + "\"total\":\"10.00\"}";
        assertThat(api.send("POST", "/api/billing/cost-sharing", director, body, "Idempotency-Key",
                UUID.randomUUID().toString()).status()).isEqualTo(403);
        assertThat(api.send("POST", "/api/billing/cost-sharing", TestTokens.get().staff("FINANCE", "c-elsewhere"),
                body, "Idempotency-Key", UUID.randomUUID().toString()).status()).isEqualTo(404);
        assertThat(share(body.replace("10.00", "10.001")).status()).isEqualTo(400);
        assertThat(share(body.replace("2026-11", "2026-13")).status()).isEqualTo(400);
        assertThat(share(body.replace("PUBLIC_WATER", "PUBLIC_GAS")).status()).isEqualTo(400);
        assertProblem(share(body.replace(communityId, "c-" + UUID.randomUUID()).replace("\"communityId\"",
                "\"communityId\"")), 404, "not-found");
        String empty = "c-" + UUID.randomUUID();
        assertProblem(api.send("POST", "/api/billing/cost-sharing", TestTokens.get().staff("FINANCE", empty),
                body.replace(communityId, empty), "Idempotency-Key", UUID.randomUUID().toString()), 422,
                "cost-sharing-no-units");
        assertThat(get("/api/billing/cost-sharing/cs-nothing", finance).status()).isEqualTo(404);
    }
}

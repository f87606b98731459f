package com.estate.billing.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.billing.FinanceDeskTest;
import com.estate.billing.bill.Bill;
import com.estate.billing.ledger.Ledger;
import com.estate.billing.ledger.LedgerEntry;
import com.estate.billing.ledger.LedgerEntryKind;
import com.estate.billing.ledger.LedgerSource;
import com.estate.platform.money.Money;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A month's income and expenditure statement with its collection rate, published to the community's residents. */
class StatementTest extends FinanceDeskTest {

    @Autowired
    Ledger ledger;

    String month;
    String resident;

    /** Books money received for a bill and applies it, as a desk payment does. */
    private void pay(Bill bill, String amount) {
        String paymentId = "pay-" + UUID.randomUUID();
        ledger.post(LedgerEntry.of(bill.accountId(), bill.unitId(), communityId, LedgerEntryKind.PAYMENT,
                Money.yuan(amount), new LedgerSource("payment", paymentId), "desk", clock.instant()));
        bills.applyPayment(bill.id(), paymentId, Money.yuan(amount));
    }

    private TestHttp.Answer expense(String token, String body) {
        return api.send("POST", "/api/billing/statements/expenses", token, body, "Idempotency-Key",
                UUID.randomUUID().toString());
    }

    @BeforeEach
    void aMonthOfBillsPaymentsAndExpenses() {
        YearMonth thisMonth = YearMonth.from(today());
        month = thisMonth.toString();
        String a = newAccount();
        String b = newAccount();
        Bill billA = monthlyBill(a, thisMonth, today().plusDays(10), "300.00");
        Bill billB = monthlyBill(b, thisMonth, today().plusDays(10), "200.00");
        pay(billA, "300.00");
        pay(billB, "50.00");
        ledger.post(LedgerEntry.of(a, unitOf(a), communityId, LedgerEntryKind.REFUND, Money.yuan("20.00"),
                new LedgerSource("refund", "rf-" + UUID.randomUUID()), "refund of credit", clock.instant()));
        ok(expense(finance, "{\"communityId\":\"" + communityId + "\",\"period\":\"" + month
                + "\",\"category\":\"CLEANING\",\"amount\":\"100.00\",\"description\":\"保洁外包\"}"));
        ok(expense(finance, "{\"communityId\":\"" + communityId + "\",\"period\":\"" + month
                + "\",\"category\":\"PUBLIC_UTILITIES\",\"amount\":\"50.50\",\"description\":\"公共照明电费\"}"));
        resident = TestTokens.get().resident("r-1", communityId, unitOf(a));
    }

    @Test
    void incomeFromTheLedgerExpensesByCategoryAndTheCollectionRate() {
        JsonNode statement = ok(get("/api/billing/statements?communityId=" + communityId + "&period=" + month,
                director)).json();
        assertThat(statement.path("received").asString()).isEqualTo("350.00");
        assertThat(statement.path("paidBack").asString()).isEqualTo("20.00");
        assertThat(statement.path("income").asString()).isEqualTo("330.00");
        assertThat(statement.path("expenditure").path("CLEANING").asString()).isEqualTo("100.00");
        assertThat(statement.path("expenditure").path("PUBLIC_UTILITIES").asString()).isEqualTo("50.50");
        assertThat(statement.path("expenditure").path("STAFF").asString()).isEqualTo("0.00");
        assertThat(statement.path("totalExpenditure").asString()).isEqualTo("150.50");
        assertThat(statement.path("surplus").asString()).isEqualTo("179.50");
        assertThat(statement.path("billed").asString()).isEqualTo("500.00");
        assertThat(statement.path("collected").asString()).isEqualTo("350.00");
        assertThat(statement.path("collectionRatePercent").asString()).isEqualTo("70.0");
        assertThat(ok(get("/api/billing/statements/expenses?communityId=" + communityId + "&period=" + month,
                finance)).json()).hasSize(2);

        String csv = new String(download("/api/billing/statements.csv?communityId=" + communityId + "&period="
                + month, finance, "text/csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFcommunity,period,section,item,code,amount")
                .contains(communityId + "," + month + ",收入,收入合计,INCOME,330.00")
                .contains(",收缴,收缴率（%）,COLLECTION_RATE_PERCENT,70.0");
        assertThat(pdfText(download("/api/billing/statements.pdf?communityId=" + communityId + "&period=" + month,
                director, "application/pdf"))).contains("物业服务收支情况公示", "179.50", "70.0%", "草稿");
    }

    @Test
    void residentsReadOnlyThePublishedStatementOfTheirOwnCommunity() {
        String path = "/api/billing/statements?communityId=" + communityId + "&period=" + month;
        assertThat(get(path, resident).status()).as("nothing published yet").isEqualTo(404);
        assertThat(api.send("POST", "/api/billing/statements/publications", director,
                "{\"communityId\":\"" + communityId + "\",\"period\":\"" + month + "\"}").status()).isEqualTo(403);
        JsonNode published = ok(api.send("POST", "/api/billing/statements/publications", finance,
                "{\"communityId\":\"" + communityId + "\",\"period\":\"" + month + "\"}")).json();
        assertThat(published.path("publishedAt").isNull()).isFalse();

        // an expense entered later changes the working copy, not what residents were shown
        ok(expense(finance, "{\"communityId\":\"" + communityId + "\",\"period\":\"" + month
                + "\",\"category\":\"GREENING\",\"amount\":\"30.00\",\"description\":\"草坪修剪\"}"));
        JsonNode seen = ok(get(path, resident)).json();
        assertThat(seen.path("surplus").asString()).isEqualTo("179.50");
        assertThat(seen.path("publishedAt").asString()).isEqualTo(published.path("publishedAt").asString());
        assertThat(ok(get(path, finance)).json().path("surplus").asString()).isEqualTo("149.50");
        assertThat(pdfText(download("/api/billing/statements.pdf?communityId=" + communityId + "&period=" + month,
                resident, "application/pdf"))).contains("公示时间").doesNotContain("草稿");

        assertThat(get(path, TestTokens.get().resident("r-9", "c-elsewhere", "u-9")).status()).isEqualTo(404);
        assertThat(get("/api/billing/statements.csv?communityId=" + communityId + "&period=" + month, resident)
                .status()).isEqualTo(403);
    }

    @Test
    void onlyFinanceEntersExpensesAndBadInputIsAProblem() {
        String body = "{\"communityId\":\"" + communityId + "\",\"period\":\"" + month
                + "\",\"category\":\"OTHER\",\"amount\":\"10.00\",\"description\":\"杂项\"}";
        assertThat(expense(agent, body).status()).isEqualTo(403);
        assertThat(expense(TestTokens.get().staff("FINANCE", "c-elsewhere"), body).status()).isEqualTo(404);
        assertThat(expense(finance, body.replace("10.00", "0.00")).status()).isEqualTo(400);
        assertThat(expense(finance, body.replace("\"OTHER\"", "\"PARTY\"")).status()).isEqualTo(400);
        assertThat(expense(finance, body.replace(month, "2026-13")).status()).isEqualTo(400);
        assertThat(get("/api/billing/statements?communityId=" + communityId + "&period=2026-1", finance).status())
                .isEqualTo(400);
        assertThat(get("/api/billing/statements?communityId=" + communityId + "&period=" + month,
                TestTokens.get().staff("FINANCE", "c-elsewhere")).status()).isEqualTo(404);
    }
}

package com.estate.billing.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.billing.FinanceDeskTest;
import com.estate.billing.bill.Bill;
import com.estate.testsupport.TestTokens;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Arrears by aging bucket through the API, for finance, the director and the household itself. */
class ArrearsReportTest extends FinanceDeskTest {

    @Test
    void aCommunitysArrearsByBucketWithTheMostOverdueAccountFirst() {
        YearMonth month = YearMonth.from(today());
        String longOwing = newAccount();
        monthlyBill(longOwing, month.minusMonths(8), today().minusDays(200), "300.00");
        monthlyBill(longOwing, month.minusMonths(2), today().minusDays(45), "300.00");
        String lately = newAccount();
        monthlyBill(lately, month.minusMonths(1), today().minusDays(10), "120.50");
        monthlyBill(lately, month, today().plusDays(10), "120.50");
        String partly = newAccount();
        Bill partlyPaid = monthlyBill(partly, month.minusMonths(4), today().minusDays(100), "200.00");
        bills.applyPayment(partlyPaid.id(), "pay-partly", com.estate.platform.money.Money.yuan("150.00"));
        String paidUp = newAccount();
        payInFull(monthlyBill(paidUp, month.minusMonths(1), today().minusDays(10), "99.00"));

        JsonNode report = ok(get("/api/billing/arrears?communityId=" + communityId, finance)).json();
        assertThat(report.path("total").path("buckets").path("CURRENT").asString()).isEqualTo("120.50");
        assertThat(report.path("total").path("buckets").path("DAYS_1_30").asString()).isEqualTo("120.50");
        assertThat(report.path("total").path("buckets").path("DAYS_31_90").asString()).isEqualTo("300.00");
        assertThat(report.path("total").path("buckets").path("DAYS_91_180").asString()).isEqualTo("50.00");
        assertThat(report.path("total").path("buckets").path("OVER_180").asString()).isEqualTo("300.00");
        assertThat(report.path("total").path("overdue").asString()).isEqualTo("770.50");
        assertThat(report.path("accountsInArrears").asLong()).isEqualTo(3);
        assertThat(report.path("items")).extracting(item -> item.path("accountId").asString())
                .containsExactly(longOwing, lately, partly);
        assertThat(report.path("items").get(0).path("aging").path("oldestOverdueDueDate").asString())
                .isEqualTo(today().minusDays(200).toString());

        JsonNode page = ok(get("/api/billing/arrears?communityId=" + communityId + "&page=1&size=2", director))
                .json();
        assertThat(page.path("items")).extracting(item -> item.path("accountId").asString()).containsExactly(partly);

        String csv = new String(download("/api/billing/arrears.csv?communityId=" + communityId, finance, "text/csv"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(5);
        assertThat(csv).startsWith("\uFEFFcommunity,asOf,account,unit,CURRENT,DAYS_1_30,DAYS_31_90,DAYS_91_180,"
                + "OVER_180,overdue,oldestOverdueDueDate,dunningStage")
                .contains(longOwing + "," + unitOf(longOwing) + ",0.00,0.00,300.00,0.00,300.00,600.00,")
                .contains(",TOTAL,,120.50,120.50,300.00,50.00,300.00,770.50,,");
    }

    @Test
    void oneAccountsArrearsForItsHouseholdAndNobodyElsesHousehold() {
        String accountId = newAccount();
        monthlyBill(accountId, YearMonth.from(today()).minusMonths(1), today().minusDays(31), "88.00");
        String unitId = unitOf(accountId);

        JsonNode own = ok(get("/api/billing/arrears/accounts/" + accountId,
                TestTokens.get().resident("r-1", communityId, unitId))).json();
        assertThat(own.path("aging").path("buckets").path("DAYS_31_90").asString()).isEqualTo("88.00");
        assertThat(own.path("openBills").get(0).path("daysOverdue").asLong()).isEqualTo(31);
        assertThat(own.path("openBills").get(0).path("period").asString())
                .isEqualTo(YearMonth.from(today()).minusMonths(1).toString());

        assertThat(get("/api/billing/arrears/accounts/" + accountId,
                TestTokens.get().resident("r-2", communityId, "u-next-door")).status()).isEqualTo(404);
        assertThat(get("/api/billing/arrears/accounts/" + accountId,
                TestTokens.get().staff("FINANCE", "c-elsewhere")).status()).isEqualTo(404);
        assertThat(get("/api/billing/arrears/accounts/fa-nobody", finance).status()).isEqualTo(404);
        assertThat(get("/api/billing/arrears?communityId=" + communityId,
                TestTokens.get().resident("r-1", communityId, unitId)).status()).isEqualTo(403);
        assertThat(get("/api/billing/arrears?communityId=" + communityId, agent).status()).isEqualTo(403);
        assertThat(get("/api/billing/arrears?communityId=" + communityId,
                TestTokens.get().staff("FINANCE", "c-elsewhere")).status()).isEqualTo(404);
    }
}

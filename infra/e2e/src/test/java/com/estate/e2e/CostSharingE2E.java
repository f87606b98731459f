package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Public utility costs (公共水电费) shared to the fen, through the gateway: a new community's units have areas that do
 * not divide the month's public water bill evenly; finance shares it by floor area. Every share is the unit's exact
 * part rounded down to the fen plus, for the largest remainders, one fen of what is left (worked out here from the
 * rule), the shares add up to the total exactly, and each lands on its unit's account as a bill the ledger owes.
 * Entering the same sharing again bills nothing new.
 */
class CostSharingE2E extends Journey {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal TOTAL = new BigDecimal("1000.00");

    @Test
    void aPublicWaterBillIsSharedByFloorAreaToTheFenAndBilledToEachUnit() {
        String communityId = createdId(gateway.postJson("/api/communities", "{\"name\":\"E2E 分摊 " + UUID.randomUUID()
                + "\",\"timeZone\":\"Asia/Shanghai\"}", admin, "Idempotency-Key", UUID.randomUUID().toString()));
        Map<String, BigDecimal> areas = new LinkedHashMap<>();
        String[][] units = {{"1-0101", "87.33"}, {"1-0102", "101.17"}, {"1-0201", "64.59"}, {"1-0202", "120.01"},
                {"1-0301", "33.33"}};
        for (String[] unit : units) {
            areas.put(createdId(gateway.postJson("/api/communities/" + communityId + "/units",
                    "{\"building\":\"1\",\"unitNumber\":\"" + unit[0] + "\",\"floorArea\":\"" + unit[1] + "\"}",
                    admin)), new BigDecimal(unit[1]));
        }
        String finance = gateway.newStaff(admin, "FINANCE", communityId);
        // billing shares among the units it knows: wait until its bill run sees all of them (nothing is billed yet,
        // the community has no fee items)
        YearMonth month = YearMonth.now(SHANGHAI);
        Eventually.until("billing knows every unit", () -> BillRuns.run(gateway, finance, communityId, month),
                run -> run.path("report").path("unitsSeen").asLong() == units.length);

        String entry = """
                {"communityId":"%s","period":"%s","cost":"PUBLIC_WATER","total":"%s","method":"BY_FLOOR_AREA",
                 "dueDate":"%s"}""".formatted(communityId, month, TOTAL, LocalDate.now(SHANGHAI).plusDays(15));
        Reply shared = gateway.postJson("/api/billing/cost-sharing", entry, finance,
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(shared.status()).as("%s", shared).isEqualTo(201);

        Map<String, BigDecimal> expected = largestRemainder(TOTAL, areas);
        Map<String, String> billed = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode share : shared.json().path("shares")) {
            billed.put(share.path("unitId").asString(), share.path("amount").asString());
            sum = sum.add(new BigDecimal(share.path("amount").asString()));
        }
        assertThat(sum).as("the shares add up to the total").isEqualByComparingTo(TOTAL);
        Map<String, String> expectedText = new LinkedHashMap<>();
        expected.forEach((unitId, amount) -> expectedText.put(unitId, amount.toPlainString()));
        assertThat(billed).isEqualTo(expectedText);

        // each share is its unit's bill and what its account owes
        for (Map.Entry<String, BigDecimal> share : expected.entrySet()) {
            JsonNode bills = BillRuns.billsOf(gateway, finance, share.getKey());
            assertThat(bills).as("%s", bills).hasSize(1);
            assertThat(bills.get(0).path("total").asString()).isEqualTo(share.getValue().toPlainString());
            assertThat(gateway.get("/api/billing/accounts/fa-" + share.getKey(), finance).json().path("balance")
                    .asString()).isEqualTo(share.getValue().toPlainString());
        }

        // the same sharing entered again: the same sharing, no new bill
        Reply again = gateway.postJson("/api/billing/cost-sharing", entry, finance,
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(again.status()).as("%s", again).isBetween(200, 201);
        assertThat(again.json().path("id").asString()).isEqualTo(shared.json().path("id").asString());
        for (String unitId : expected.keySet()) {
            assertThat(BillRuns.billsOf(gateway, finance, unitId)).hasSize(1);
        }
    }

    /**
     * The rule (infra/BUSINESS-RULES.md §13), worked out independently: each unit's exact share rounded down to the
     * fen; the fen left over one each to the largest remainders.
     */
    private static Map<String, BigDecimal> largestRemainder(BigDecimal total, Map<String, BigDecimal> areas) {
        BigDecimal allAreas = areas.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        Map<String, BigDecimal> remainders = new LinkedHashMap<>();
        areas.forEach((unitId, area) -> {
            BigDecimal exact = total.multiply(area).divide(allAreas, 20, RoundingMode.DOWN);
            BigDecimal down = exact.setScale(2, RoundingMode.DOWN);
            shares.put(unitId, down);
            remainders.put(unitId, exact.subtract(down));
        });
        BigDecimal allotted = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int fenLeft = total.subtract(allotted).movePointRight(2).intValueExact();
        List<String> byRemainder = new ArrayList<>(areas.keySet());
        byRemainder.sort(Comparator.comparing(remainders::get).reversed());
        for (String unitId : byRemainder.subList(0, fenLeft)) {
            shares.put(unitId, shares.get(unitId).add(new BigDecimal("0.01")));
        }
        return shares;
    }
}

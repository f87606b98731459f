package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Finance's monthly bill run through the gateway, waited for until it has finished. */
final class BillRuns {

    private BillRuns() {
    }

    /**
     * Runs the month's bills of the community and answers the finished run (its {@code report}), or the 409 problem
     * when another attempt still runs (then ask again).
     */
    static JsonNode run(Gateway gateway, String finance, String communityId, YearMonth month) {
        Reply started = gateway.postJson("/api/billing/bill-runs", "{\"communityId\":\"%s\",\"from\":\"%s\"}"
                .formatted(communityId, month.atDay(1)), finance, "Idempotency-Key", UUID.randomUUID().toString());
        if (started.status() == 409) {
            return started.json();
        }
        assertThat(started.status()).as("%s", started).isEqualTo(202);
        String id = started.json().path("id").asString();
        return Eventually.until("bill run " + id, () -> gateway.get("/api/billing/bill-runs/" + id, finance).json(),
                r -> !r.path("status").asString().equals("RUNNING"));
    }

    /** Bills issued by this attempt plus those an earlier attempt issued: the units the month has a bill for. */
    static long billed(JsonNode run) {
        return run.path("report").path("billsIssued").asLong() + run.path("report").path("alreadyBilled").asLong();
    }

    /** The account's bills, newest due date first, as {@code token} may read them. */
    static JsonNode billsOf(Gateway gateway, String token, String unitId) {
        Reply bills = gateway.get("/api/billing/bills?accountId=fa-" + unitId, token);
        assertThat(bills.status()).as("%s", bills).isEqualTo(200);
        return bills.json().path("items");
    }
}

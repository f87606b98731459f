package com.estate.workorder.service;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.consumer.DerivedIds;
import com.estate.testsupport.Scenario;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import com.estate.workorder.desk.DeskTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Convenience and commissioned services: the community's catalog, an order agreed with the resident, assigned,
 * finished and accepted, and its agreed fee requested from billing once, as the charge contract says.
 */
class ServiceOrderDeskTest extends DeskTest {

    private String resident;

    record Charge(String chargeId, String communityId, String unitId, String itemCode, String amount,
            String currency, String reason, Source source, List<Line> lines) {
        record Source(String kind, String id) {
        }

        record Line(String description, String amount) {
        }
    }

    @BeforeEach
    void theUnitsResident() {
        resident = residentOf(unitId);
    }

    private Answer addItem(String token, String price, String unit) {
        return api.send("POST", "/api/service-catalog", token, "{\"communityId\":\"" + communityId
                + "\",\"name\":\"深度保洁\",\"description\":\"厨房、卫生间\",\"price\":\"" + price
                + "\",\"pricingUnit\":\"" + unit + "\",\"department\":\"cleaning\"}", "Idempotency-Key", key());
    }

    private String itemId(String price, String unit) {
        Answer added = addItem(supervisor, price, unit);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().path("id").asString();
    }

    private Answer agree(String token, String itemId, String quantity) {
        return api.send("POST", "/api/service-orders", token, "{\"itemId\":\"" + itemId + "\",\"unitId\":\""
                + unitId + "\"," + (quantity == null ? "" : "\"quantity\":\"" + quantity + "\",")
                + "\"area\":\"厨房\",\"scheduledFor\":\"2026-07-10T09:00:00+08:00\",\"expectedResult\":\"无油污\"}",
                "Idempotency-Key", key());
    }

    private Answer serviceAction(String orderId, String action, String token, String body) {
        String etag = api.send("GET", "/api/service-orders/" + orderId, agent, null).header("ETag");
        return api.send("POST", "/api/service-orders/" + orderId + "/" + action, token, body, "If-Match", etag);
    }

    @Test
    void agreedAssignedFinishedAcceptedAndTheAgreedFeeRequestedOnce() {
        String itemId = itemId("6.50", "PER_SQUARE_METRE");
        Answer agreed = agree(agent, itemId, "12.50");
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(201);
        String orderId = agreed.json().path("id").asString();
        assertThat(agreed.json().path("fee").asString()).isEqualTo("81.25");
        assertThat(agreed.json().path("status").asString()).isEqualTo("AGREED");
        assertThat(agreed.json().path("allowedActions")).extracting(JsonNode::asString)
                .containsExactly("assign", "cancel");

        String cleaner = staff("cleaner-1", "TECHNICIAN");
        assertThat(serviceAction(orderId, "assign", supervisor, "{\"staffIds\":[\"cleaner-1\"]}").status()).isEqualTo(200);
        assertProblem(serviceAction(orderId, "finish", staff("cleaner-2", "TECHNICIAN"), "{\"note\":\"完成\"}"), 422,
                "service-order-not-assigned");
        assertThat(serviceAction(orderId, "finish", cleaner, "{\"note\":\"已完成\"}").status()).isEqualTo(200);

        Answer[] accepted = new Answer[1];
        var charge = new Scenario(kafka)
                .stimulate(() -> accepted[0] = serviceAction(orderId, "accept", resident, null))
                .andWaitForEvent("workorder.events", "com.estate.workorder.charge.requested.v1", Charge.class)
                .matching(c -> c.source().id().equals(orderId)).toArrive();
        assertThat(accepted[0].status()).as(accepted[0].body()).isEqualTo(200);
        assertThat(accepted[0].json().path("status").asString()).isEqualTo("ACCEPTED");
        assertThat(charge.record().key()).isEqualTo(orderId);
        assertThat(charge.data().chargeId())
                .isEqualTo(DerivedIds.of("charge", "CONVENIENCE_SERVICE/service-order/" + orderId));
        assertThat(charge.data()).extracting(Charge::itemCode, Charge::amount, Charge::currency, Charge::unitId)
                .containsExactly("CONVENIENCE_SERVICE", "81.25", "CNY", unitId);
        assertThat(charge.data().source().kind()).isEqualTo("service-order");
        assertThat(charge.data().lines()).singleElement().extracting(Charge.Line::amount).isEqualTo("81.25");

        // accepted once: a second acceptance is a 409 naming the state, and requests nothing
        Answer again = serviceAction(orderId, "accept", resident, null);
        assertProblem(again, 409, "service-order-action-refused");
        assertThat(again.json().path("currentStatus").asString()).isEqualTo("ACCEPTED");
        assertThat(again.json().path("allowedActions")).isEmpty();
        kafka.awaitConsumed("workorder-service", "workorder.events", Duration.ofSeconds(30));
        assertThat(kafka.readAll("workorder.events", Duration.ofSeconds(10)).stream()
                .filter(r -> orderId.equals(r.key()) && r.value().contains("charge.requested")).count())
                .isEqualTo(1);
    }

    @Test
    void aDisputedJobGoesBackToTheStaffAndIllegalActionsNameWhatIsPossible() {
        String orderId = agree(resident, itemId("80.00", "PER_JOB"), null).json().path("id").asString();
        Answer finishEarly = serviceAction(orderId, "finish", supervisor, "{}");
        assertProblem(finishEarly, 409, "service-order-action-refused");
        assertThat(finishEarly.json().path("currentStatus").asString()).isEqualTo("AGREED");
        assertThat(finishEarly.json().path("allowedActions")).extracting(JsonNode::asString)
                .containsExactly("assign", "cancel");
        assertThat(serviceAction(orderId, "assign", supervisor, "{\"staffIds\":[\"tech-1\"]}").status()).isEqualTo(200);
        assertThat(serviceAction(orderId, "finish", staff("tech-1", "TECHNICIAN"), "{}").status()).isEqualTo(200);
        Answer disputed = serviceAction(orderId, "dispute", resident, "{\"note\":\"锁还是卡\"}");
        assertThat(disputed.json().path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(disputed.json().path("note").asString()).isEqualTo("锁还是卡");
        assertThat(serviceAction(orderId, "cancel", resident, "{\"note\":\"不需要了\"}").json().path("status").asString())
                .isEqualTo("CANCELLED");
    }

    @Test
    void theFeeComesFromTheCatalogNeverFromTheRequest() {
        String itemId = itemId("100.00", "PER_HOUR");
        Answer agreed = api.send("POST", "/api/service-orders", agent, "{\"itemId\":\"" + itemId + "\",\"unitId\":\""
                + unitId + "\",\"quantity\":\"1.5\",\"fee\":\"0.01\",\"status\":\"ACCEPTED\",\"communityId\":\""
                + UUID.randomUUID() + "\",\"area\":\"客厅\",\"scheduledFor\":\"2026-07-10T09:00:00+08:00\","
                + "\"expectedResult\":\"干净\"}");
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(201);
        assertThat(agreed.json().path("fee").asString()).isEqualTo("150.00");
        assertThat(agreed.json().path("status").asString()).isEqualTo("AGREED");
        assertThat(agreed.json().path("communityId").asString()).isEqualTo(communityId);

        Answer withdrawn = api.send("PATCH", "/api/service-catalog/" + itemId, supervisor, "{\"available\":false,"
                + "\"price\":\"120.00\"}", "If-Match", api.send("GET", "/api/service-catalog/" + itemId, agent, null)
                .header("ETag"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().path("price").asString()).isEqualTo("120.00");
        assertProblem(agree(agent, itemId, "1"), 422, "service-item-withdrawn");
        // what was agreed keeps its fee
        assertThat(api.send("GET", "/api/service-orders/" + agreed.json().path("id").asString(), agent, null).json()
                .path("fee").asString()).isEqualTo("150.00");
    }

    @Test
    void aRepeatedCreationWithTheSameKeyIsOneOrder() {
        String itemId = itemId("50.00", "PER_JOB");
        String body = "{\"itemId\":\"" + itemId + "\",\"unitId\":\"" + unitId + "\",\"area\":\"阳台\","
                + "\"scheduledFor\":\"2026-07-10T09:00:00+08:00\",\"expectedResult\":\"修好\"}";
        String idempotencyKey = key();
        Answer first = api.send("POST", "/api/service-orders", agent, body, "Idempotency-Key", idempotencyKey);
        Answer second = api.send("POST", "/api/service-orders", agent, body, "Idempotency-Key", idempotencyKey);
        assertThat(second.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(api.send("GET", "/api/service-orders?communityId=" + communityId, agent, null).json()
                .path("total").asInt()).isEqualTo(1);
    }

    @Test
    void whoMayDoWhat() {
        String itemId = itemId("30.00", "PER_JOB");
        String neighbour = residentOf(UUID.randomUUID().toString());
        String elsewhere = TestTokens.get().staff("CS_SUPERVISOR", UUID.randomUUID().toString());

        // the catalog: residents of the community read it, supervisors keep it
        assertThat(api.send("GET", "/api/service-catalog?communityId=" + communityId + "&available=true", resident,
                null).json().path("total").asInt()).isEqualTo(1);
        assertProblem(addItem(agent, "10.00", "PER_JOB"), 403, "forbidden");
        assertProblem(addItem(resident, "10.00", "PER_JOB"), 403, "forbidden");
        assertProblem(addItem(elsewhere, "10.00", "PER_JOB"), 404, "not-found");
        assertProblem(addItem(supervisor, "0.00", "PER_JOB"), 400, "validation");
        assertProblem(addItem(supervisor, "10.00", "PER_YEAR"), 400, "validation");
        assertProblem(api.send("GET", "/api/service-catalog/" + itemId, elsewhere, null), 404, "not-found");

        // orders: a resident for their own unit only; staff of the community only
        assertProblem(agree(neighbour, itemId, null), 404, "not-found");
        assertProblem(agree(elsewhere, itemId, null), 404, "not-found");
        String orderId = agree(resident, itemId, null).json().path("id").asString();
        assertThat(api.send("GET", "/api/service-orders/" + orderId, resident, null).status()).isEqualTo(200);
        assertProblem(api.send("GET", "/api/service-orders/" + orderId, neighbour, null), 404, "not-found");
        assertProblem(api.send("GET", "/api/service-orders/" + orderId, elsewhere, null), 404, "not-found");
        assertThat(api.send("GET", "/api/service-orders?communityId=" + communityId, neighbour, null).json()
                .path("total").asInt()).isZero();
        assertThat(api.send("GET", "/api/service-orders?communityId=" + communityId,
                TestTokens.get().staff("PLATFORM_ADMIN"), null).json().path("total").asInt()).isEqualTo(1);

        // the department head assigns, not the desk, the resident or a technician
        assertProblem(serviceAction(orderId, "assign", agent, "{\"staffIds\":[\"tech-1\"]}"), 403, "forbidden");
        assertProblem(serviceAction(orderId, "assign", resident, "{\"staffIds\":[\"tech-1\"]}"), 403, "forbidden");
        assertProblem(serviceAction(orderId, "assign", elsewhere, "{\"staffIds\":[\"tech-1\"]}"), 404, "not-found");
        assertProblem(serviceAction(orderId, "assign", supervisor, "{\"staffIds\":[]}"), 400, "validation");
        assertThat(serviceAction(orderId, "assign", supervisor, "{\"staffIds\":[\"tech-1\"]}").status()).isEqualTo(200);
        assertThat(serviceAction(orderId, "finish", staff("tech-1", "TECHNICIAN"), "{}").status()).isEqualTo(200);
        // only the household accepts its own
        assertProblem(serviceAction(orderId, "accept", neighbour, null), 404, "not-found");
        assertProblem(serviceAction(orderId, "accept", staff("tech-1", "TECHNICIAN"), null), 403, "forbidden");
        assertProblem(api.send("POST", "/api/service-orders/" + orderId + "/accept", resident, null), 428,
                "precondition-required");
        assertThat(serviceAction(orderId, "accept", resident, null).status()).isEqualTo(200);
    }
}

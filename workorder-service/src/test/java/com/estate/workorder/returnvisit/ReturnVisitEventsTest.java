package com.estate.workorder.returnvisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.contracts.ContractValidator;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.Scenario;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.workorder.desk.DeskTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Return visits from the service's own order events, in and out: one per completed order however often its events
 * are delivered, due from the completion or the leak test, flagged overdue once, each published as its contract says.
 */
class ReturnVisitEventsTest extends DeskTest {

    private static final String TOPIC = "workorder.events";
    private static final String DUE = "com.estate.workorder.return-visit.due.v1";
    private static final String OVERDUE = "com.estate.workorder.return-visit.overdue.v1";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    OverdueReturnVisits overdueScan;

    record Due(String returnVisitId, String orderId, String communityId, String unitId, String category, String basis,
            String startedOn, Instant dueBy) {
    }

    record Overdue(String returnVisitId, String orderId, Instant dueBy, Instant flaggedAt) {
    }

    private JsonNode visitOf(String orderId) {
        return api.send("GET", "/api/return-visits/" + ReturnVisits.idOf(orderId), agent, null).json();
    }

    private List<ConsumerRecord<String, String>> published(String type, String orderId) {
        return kafka.readAll(TOPIC, Duration.ofSeconds(10)).stream()
                .filter(r -> orderId.equals(r.key()) && r.value().contains("\"type\":\"" + type + "\"")).toList();
    }

    @Test
    void aCompletedOrderGetsOneVisitDueInTwoDaysHoweverOftenItsEventArrives() {
        String orderId = UUID.randomUUID().toString();
        String unitId = UUID.randomUUID().toString();
        Instant completedAt = Instant.parse("2026-07-06T02:00:00Z");
        String[] completion = new String[1];

        var due = new Scenario(kafka)
                .stimulate(() -> completion[0] = events.orderCompleted(orderId, communityId, unitId, "plumbing", 7,
                        completedAt))
                .andWaitForEvent(TOPIC, DUE, Due.class).matching(d -> d.orderId().equals(orderId)).toArrive();

        assertThat(due.record().key()).isEqualTo(orderId);
        assertThat(due.data().basis()).isEqualTo("COMPLETION");
        assertThat(due.data().startedOn()).isEqualTo("2026-07-06");
        assertThat(due.data().dueBy()).isEqualTo(Instant.parse("2026-07-08T16:00:00Z"));
        assertThat(due.data().returnVisitId()).isEqualTo(ReturnVisits.idOf(orderId));

        events.deliver(TOPIC, orderId, completion[0]);
        events.orderCompleted(orderId, communityId, unitId, "plumbing", 7, completedAt); // the same fact, again
        kafka.awaitConsumed("workorder-service", TOPIC, Duration.ofSeconds(30));

        JsonNode list = api.send("GET", "/api/return-visits?communityId=" + communityId, agent, null).json();
        assertThat(list.path("total").asInt()).isEqualTo(1);
        assertThat(list.path("items").get(0).path("status").asString()).isEqualTo("DUE");
        assertThat(published(DUE, orderId)).hasSize(1);
    }

    @Test
    void theDueTimeIsCountedInTheCommunitysOwnTimeZone() {
        String pacific = "c-" + UUID.randomUUID();
        announceCommunity(pacific, "America/Los_Angeles");
        String orderId = UUID.randomUUID().toString();
        // 02:00 UTC on 6 July is still 5 July in Los Angeles: due by the end of 7 July there
        var due = new Scenario(kafka)
                .stimulate(() -> events.orderCompleted(orderId, pacific, null, "plumbing", 3,
                        Instant.parse("2026-07-06T02:00:00Z")))
                .andWaitForEvent(TOPIC, DUE, Due.class).matching(d -> d.orderId().equals(orderId)).toArrive();
        assertThat(due.data().startedOn()).isEqualTo("2026-07-05");
        assertThat(due.data().dueBy()).isEqualTo(Instant.parse("2026-07-08T07:00:00Z"));
    }

    @Test
    void ordersOfEveryOtherStatusOpenNoVisit() {
        String orderId = UUID.randomUUID().toString();
        events.orderCompleted(orderId, communityId, null, "plumbing", 1, Instant.now());
        for (String status : List.of("OPEN", "ASSIGNED", "IN_PROGRESS", "ACCEPTED", "REOPENED", "CANCELLED")) {
            events.orderStatusChanged(UUID.randomUUID().toString(), communityId, null, "plumbing", status, 2,
                    Instant.now());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> api.send("GET", "/api/return-visits?communityId="
                + communityId, agent, null).json().path("total").asInt() >= 1);
        kafka.awaitConsumed("workorder-service", TOPIC, Duration.ofSeconds(30));
        assertThat(api.send("GET", "/api/return-visits?communityId=" + communityId, agent, null).json()
                .path("total").asInt()).isEqualTo(1);
    }

    @Test
    void aLeakWaitsForItsLeakTestWhichStartsThreeDaysInTheCommunitysTimeZone() {
        String orderId = UUID.randomUUID().toString();
        String unitId = UUID.randomUUID().toString();
        events.orderCompleted(orderId, communityId, unitId, "leak", 5, Instant.parse("2026-07-06T02:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.send("GET", "/api/return-visits/"
                + ReturnVisits.idOf(orderId), agent, null).status() == 200);
        JsonNode waiting = visitOf(orderId);
        assertThat(waiting.path("status").asString()).isEqualTo("WAITING");
        assertThat(waiting.path("basis").asString()).isEqualTo("LEAK_TEST");
        assertThat(waiting.path("dueBy").isNull()).isTrue();

        String[] test = new String[1];
        var due = new Scenario(kafka)
                .stimulate(() -> test[0] = events.leakTestRecorded(orderId, communityId, unitId,
                        LocalDate.parse("2026-07-08"), 6))
                .andWaitForEvent(TOPIC, DUE, Due.class).matching(d -> d.orderId().equals(orderId)).toArrive();
        assertThat(due.data().basis()).isEqualTo("LEAK_TEST");
        assertThat(due.data().startedOn()).isEqualTo("2026-07-08");
        assertThat(due.data().dueBy()).isEqualTo(LocalDate.parse("2026-07-12").atStartOfDay(SHANGHAI).toInstant());

        events.deliver(TOPIC, orderId, test[0]);
        kafka.awaitConsumed("workorder-service", TOPIC, Duration.ofSeconds(30));
        assertThat(published(DUE, orderId)).hasSize(1);
        assertThat(visitOf(orderId).path("leakTestedOn").asString()).isEqualTo("2026-07-08");
    }

    @Test
    void aVisitNotMadeInTimeIsFlaggedAndPublishedOnce() {
        String orderId = UUID.randomUUID().toString();
        Instant longAgo = Instant.now().minus(5, ChronoUnit.DAYS);
        events.orderCompleted(orderId, communityId, UUID.randomUUID().toString(), "safety-facility", 3, longAgo);
        await().atMost(Duration.ofSeconds(30)).until(() -> "DUE".equals(visitOf(orderId).path("status").asString()));

        var overdue = new Scenario(kafka).stimulate(overdueScan::flagOverdue)
                .andWaitForEvent(TOPIC, OVERDUE, Overdue.class).matching(o -> o.orderId().equals(orderId))
                .toArrive();
        assertThat(overdue.data().dueBy()).isEqualTo(Instant.parse(visitOf(orderId).path("dueBy").asString()));
        assertThat(overdue.record().key()).isEqualTo(orderId);
        JsonNode flagged = visitOf(orderId);
        assertThat(flagged.path("overdue").asBoolean()).isTrue();
        assertThat(api.send("GET", "/api/return-visits?communityId=" + communityId + "&overdue=true", agent, null)
                .json().path("total").asInt()).isEqualTo(1);

        overdueScan.flagOverdue();
        assertThat(published(OVERDUE, orderId)).hasSize(1);
        assertThat(ContractValidator.hasSchemaFor(OVERDUE)).isTrue();
    }

    @Test
    void aVisitMadeIsPublishedWithItsOutcomeAndItsOnTimeFlag() {
        String orderId = UUID.randomUUID().toString();
        String unitId = UUID.randomUUID().toString();
        events.orderCompleted(orderId, communityId, unitId, "electrical", 2, Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> "DUE".equals(visitOf(orderId).path("status").asString()));
        Answer read = api.send("GET", "/api/return-visits/" + ReturnVisits.idOf(orderId), agent, null);

        record Completed(String returnVisitId, String orderId, String communityId, String unitId, String channel,
                boolean satisfied, int rating, boolean onTime, String reworkOrderId) {
        }
        Answer[] made = new Answer[1];
        var completed = new Scenario(kafka)
                .stimulate(() -> made[0] = api.send("POST", "/api/return-visits/" + ReturnVisits.idOf(orderId)
                        + "/outcome", agent, "{\"channel\":\"PHONE\",\"satisfied\":true,\"rating\":5,"
                        + "\"comments\":\"师傅很专业\"}", "If-Match", read.header("ETag")))
                .andWaitForEvent(TOPIC, "com.estate.workorder.return-visit.completed.v1", Completed.class)
                .matching(c -> c.orderId().equals(orderId)).toArrive();
        assertThat(made[0].status()).as(made[0].body()).isEqualTo(200);
        assertThat(completed.data()).isEqualTo(new Completed(ReturnVisits.idOf(orderId), orderId, communityId, unitId,
                "phone", true, 5, true, null));
        assertThat(completed.envelope().path("data").toString()).doesNotContain("师傅很专业");
        assertThat(KafkaTestClient.data(completed.record()).path("completedAt").asString()).isNotBlank();
        assertThat(made[0].json().path("outcome").path("comments").asString()).isEqualTo("师傅很专业");
    }
}

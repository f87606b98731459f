package com.estate.workorder.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.platform.consumer.DerivedIds;
import com.estate.workorder.desk.DeskTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Patrols and inspections that resident-service's events ask for: one task per custody patrol request (weekly or
 * heavy rain), however often delivered; a renovation's routine inspections from its permit, ended by its completion
 * (which schedules the acceptance inspection) and its acceptance.
 */
class PatrolEventsTest extends DeskTest {

    private JsonNode patrols(String query) {
        return api.send("GET", "/api/patrols?communityId=" + communityId + query, agent, null).json();
    }

    @Test
    void eachCustodyPatrolRequestIsOneTaskHoweverOftenItArrives() {
        String unitId = UUID.randomUUID().toString();
        String custodyId = UUID.randomUUID().toString();
        String requestId = UUID.randomUUID().toString();
        Instant dueBy = Instant.parse("2026-07-10T10:00:00Z");
        String request = events.custodyPatrolRequested(requestId, custodyId, communityId, unitId, "BEFORE_HEAVY_RAIN",
                null, dueBy);
        events.custodyPatrolRequested(UUID.randomUUID().toString(), custodyId, communityId, unitId, "WEEKLY", null,
                Instant.parse("2026-07-12T16:00:00Z"));
        await().atMost(Duration.ofSeconds(30)).until(() -> patrols("").path("total").asInt() == 2);
        events.deliver("resident.events", custodyId, request);
        kafka.awaitConsumed("workorder-service", "resident.events", Duration.ofSeconds(30));

        assertThat(patrols("").path("total").asInt()).isEqualTo(2);
        JsonNode rain = patrols("&kind=CUSTODY_BEFORE_HEAVY_RAIN").path("items").get(0);
        assertThat(rain.path("id").asString()).isEqualTo(DerivedIds.of("custody-patrol",
                DerivedIds.of("custody-patrol-requested", requestId)));
        assertThat(rain.path("unitId").asString()).isEqualTo(unitId);
        assertThat(rain.path("sourceId").asString()).isEqualTo(requestId);
        assertThat(Instant.parse(rain.path("dueBy").asString())).isEqualTo(dueBy);
        assertThat(rain.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(rain.path("checklist")).extracting(c -> c.path("code").asString()).contains("drains");
        assertThat(patrols("&kind=CUSTODY_WEEKLY").path("items").get(0).path("checklist"))
                .extracting(c -> c.path("code").asString()).contains("meters");
    }

    @Test
    void aRenovationIsInspectedWhileItsWorksRunAndAcceptedOnceFinished() {
        String unitId = UUID.randomUUID().toString();
        String renovationId = UUID.randomUUID().toString();
        String permit = events.renovationPermitted(renovationId, communityId, unitId, LocalDate.parse("2026-07-01"),
                LocalDate.parse("2026-07-20"));
        await().atMost(Duration.ofSeconds(30)).until(() -> patrols("").path("total").asInt() == 4);
        events.deliver("resident.events", renovationId, permit);
        kafka.awaitConsumed("workorder-service", "resident.events", Duration.ofSeconds(30));
        JsonNode routine = patrols("&kind=RENOVATION_INSPECTION&sort=dueBy");
        assertThat(routine.path("total").asInt()).isEqualTo(4);
        // due by the end of 1, 8, 15 and 20 July in Shanghai
        assertThat(routine.path("items")).extracting(t -> t.path("dueBy").asString()).containsExactly(
                "2026-07-01T16:00:00Z", "2026-07-08T16:00:00Z", "2026-07-15T16:00:00Z", "2026-07-20T16:00:00Z");

        String completed = events.renovationCompleted(renovationId, communityId, unitId,
                Instant.parse("2026-07-18T03:00:00Z"));
        events.deliver("resident.events", renovationId, completed);
        await().atMost(Duration.ofSeconds(30)).until(() -> patrols("&kind=RENOVATION_ACCEPTANCE").path("total")
                .asInt() == 1);
        assertThat(patrols("&kind=RENOVATION_INSPECTION&status=ENDED").path("total").asInt()).isEqualTo(4);
        JsonNode acceptance = patrols("&kind=RENOVATION_ACCEPTANCE").path("items").get(0);
        assertThat(acceptance.path("dueBy").asString()).isEqualTo("2026-07-21T16:00:00Z");
        assertThat(acceptance.path("status").asString()).isEqualTo("SCHEDULED");

        String accepted = events.renovationAccepted(renovationId, communityId, unitId);
        events.deliver("resident.events", renovationId, accepted);
        await().atMost(Duration.ofSeconds(30)).until(() -> patrols("&status=SCHEDULED").path("total").asInt() == 0);
        kafka.awaitConsumed("workorder-service", "resident.events", Duration.ofSeconds(30));
        assertThat(patrols("&status=ENDED").path("total").asInt()).isEqualTo(5);
        assertThat(patrols("").path("total").asInt()).isEqualTo(5);
    }
}

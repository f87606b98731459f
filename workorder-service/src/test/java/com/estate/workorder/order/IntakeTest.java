package com.estate.workorder.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.testsupport.Scenario;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import com.estate.workorder.WorkOrderTest;
import com.estate.workorder.order.domain.Channel;
import com.estate.workorder.order.domain.Origin;
import com.estate.workorder.order.domain.OriginKind;
import com.estate.workorder.order.domain.Requester;
import com.estate.workorder.order.domain.WorkOrderStatus;
import com.estate.workorder.order.messaging.OrderStatusChangedV1;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Repair intake over HTTP and through the Java API, with the warranty decision and the published event. */
class IntakeTest extends WorkOrderTest {

    @Autowired
    WorkOrders orders;

    final Scenario scenario = new Scenario(kafka);

    String leakReport() {
        return """
            {"communityId":"%s","unitId":"%s","contactName":"王女士","contactPhone":"13812345678",
             "category":"leak","description":"卫生间天花板漏水 the bathroom ceiling leaks",
             "preferredWindow":{"from":"2026-12-02T09:00:00+08:00","to":"2026-12-02T12:00:00+08:00"},
             "emergency":false,"channel":"PHONE"}
            """.formatted(communityId, unitId);
    }

    @Test
    void aResidentReportsALeakInWarrantyAndTheOrderIsAnnouncedOpen() {
        String token = resident("r-" + UUID.randomUUID());
        String key = key();
        var opened = scenario.stimulate(() -> expect(201, api.send("POST", "/api/work-orders", token, leakReport(),
                        "Idempotency-Key", key)))
                .andWaitForEvent("workorder.events", OrderStatusChangedV1.TYPE.type(), OrderStatusChangedV1.class)
                .matching(e -> e.unitId() != null && e.unitId().equals(unitId))
                .toArrive();

        assertThat(opened.data().status()).isEqualTo("OPEN");
        assertThat(opened.data().orderRevision()).isEqualTo(1);
        assertThat(opened.data().origin().kind()).isEqualTo("app");
        assertThat(opened.data().channel()).isEqualTo("RESIDENT_APP");
        assertThat(opened.data().coverage()).isEqualTo("FREE");
        assertThat(opened.record().value()).doesNotContain("13812345678", "王女士");

        var order = expect(200, api.send("GET", "/api/work-orders/" + opened.data().orderId(), token, null));
        assertThat(order.header("ETag")).isEqualTo("\"1\"");
        var json = order.json();
        assertThat(json.path("channel").asString()).as("a resident reports through the app").isEqualTo("RESIDENT_APP");
        assertThat(json.path("warranty").path("basis").asString()).isEqualTo("IN_WARRANTY");
        assertThat(json.path("warranty").path("coveredUntil").asString())
                .isEqualTo(LocalDate.now().minusYears(1).plusYears(5).minusDays(1).toString());
        assertThat(json.path("contactPhone").asString()).isEqualTo("138****5678");
        assertThat(json.path("allowedActions").toString()).contains("assign", "pool", "urge");

        var replay = expect(201, api.send("POST", "/api/work-orders", token, leakReport(), "Idempotency-Key", key));
        assertThat(replay.json().path("id").asString()).isEqualTo(opened.data().orderId());
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void aPublicAreaRepairIsFreeAndAnOutOfWarrantyOneIsPaid() {
        var hall = expect(201, api.send("POST", "/api/work-orders", agent, """
            {"communityId":"%s","publicArea":"3号楼 电梯厅","category":"electrical","description":"走廊灯不亮"}
            """.formatted(communityId), "Idempotency-Key", key())).json();
        assertThat(hall.path("warranty").path("coverage").asString()).isEqualTo("FREE");
        assertThat(hall.path("warranty").path("basis").asString()).isEqualTo("PUBLIC_AREA");
        assertThat(hall.path("channel").asString()).isEqualTo("FRONT_DESK");

        String oldUnit = announceUnit(communityId, LocalDate.now().minusYears(3));
        var tap = expect(201, api.send("POST", "/api/work-orders", agent, """
            {"communityId":"%s","unitId":"%s","category":"plumbing","description":"水龙头坏了"}
            """.formatted(communityId, oldUnit), "Idempotency-Key", key())).json();
        assertThat(tap.path("warranty").path("coverage").asString()).isEqualTo("PAID");
        assertThat(tap.path("warranty").path("basis").asString()).isEqualTo("WARRANTY_EXPIRED");
    }

    @Test
    void theJavaApiMakesOneOrderPerOriginHoweverOftenItIsCalled() {
        String entryId = "duty-" + UUID.randomUUID();
        var command = new IntakeCommand(communityId, unitId, null, new Requester(Requester.Kind.STAFF, "staff-night"),
                null, null, "plumbing", "夜间来电：厨房下水道堵塞", List.of(), null, true, Channel.DUTY_LOG,
                new Origin(OriginKind.DUTY_LOG, entryId));
        var first = orders.intake(command);
        var again = orders.intake(command);
        assertThat(again.value().id()).isEqualTo(first.value().id());
        assertThat(again.revision()).isEqualTo(1);
        assertThat(first.value().status()).isEqualTo(WorkOrderStatus.OPEN);
        assertThat(first.value().emergency()).isTrue();
        assertThat(first.value().deadlines().respondBy()).isEqualTo(first.value().createdAt()
                .plus(Duration.ofMinutes(30)));

        var second = orders.intake(new IntakeCommand(communityId, unitId, null, command.requester(), null, null,
                "plumbing", "再次堵塞", List.of(), null, false, Channel.DUTY_LOG, command.origin(), 2));
        assertThat(second.value().id()).isNotEqualTo(first.value().id());

        kafka.awaitConsumed("workorder-service", "resident.events", Duration.ofSeconds(5));
        long opened = kafka.readAll("workorder.events", Duration.ofSeconds(2)).stream()
                .filter(r -> first.value().id().equals(r.key()))
                .filter(r -> r.value().contains("order.status-changed")).count();
        assertThat(opened).as("one OPEN event for the origin's first order").isEqualTo(1);
    }

    @Test
    void residentsReportOnlyForTheirOwnUnitsAndTechniciansTakeNothingIn() {
        String neighbour = TestTokens.get().resident("r-next", communityId, "u-next-door");
        TestHttp.Answer refused = api.send("POST", "/api/work-orders", neighbour, leakReport(), "Idempotency-Key",
                key());
        assertThat(refused.status()).as(refused.body()).isEqualTo(404);
        assertThat(api.send("POST", "/api/work-orders", technician("t-1"), leakReport(), "Idempotency-Key", key())
                .status()).isEqualTo(403);
        String elsewhere = TestTokens.get().staff("CS_AGENT", "c-elsewhere");
        assertThat(api.send("POST", "/api/work-orders", elsewhere, leakReport(), "Idempotency-Key", key())
                .status()).isEqualTo(404);
    }

    @Test
    void anUnknownCategoryIsRefusedNamingTheCommunitysOnes() {
        var refused = api.send("POST", "/api/work-orders", agent, leakReport().replace("\"leak\"", "\"roof\""),
                "Idempotency-Key", key());
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("code").asString()).isEqualTo("unknown-repair-category");
        assertThat(refused.json().path("detail").asString()).contains("roof", "plumbing");
    }

    @Test
    void aDescriptionSuggestsACategoryThatSupervisorsCanTeachNewWords() {
        var suggestion = expect(200, api.send("GET", "/api/work-orders/category-suggestion?communityId="
                + communityId + "&description=" + java.net.URLEncoder.encode("卫生间漏水了",
                        java.nio.charset.StandardCharsets.UTF_8), agent, null)).json();
        assertThat(suggestion.path("suggestedCategory").asString()).isEqualTo("leak");

        var categories = expect(200, api.send("GET", "/api/work-orders/categories?communityId=" + communityId,
                supervisor, null));
        String body = categories.body().replace("\"keywords\":[]", "\"keywords\":[\"猫\",\"cat stuck\"]");
        expect(200, api.send("PUT", "/api/work-orders/categories?communityId=" + communityId, supervisor, body,
                "If-Match", categories.header("ETag")));
        var taught = expect(200, api.send("GET", "/api/work-orders/category-suggestion?communityId=" + communityId
                + "&description=Cat+stuck+on+the+roof", agent, null)).json();
        assertThat(taught.path("suggestedCategory").asString()).isEqualTo("other");
        assertThat(api.send("PUT", "/api/work-orders/categories?communityId=" + communityId, agent, body,
                "If-Match", "\"1\"").status()).isEqualTo(403);
    }
}

package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The duty desk through the gateway: a supervisor rosters a night technician and the next morning's agent in a new
 * community (workorder-service learns the community from resident-service's event); the technician logs two calls at
 * night and writes the handover; the agent cannot accept it while the entries are open, converts one into a work
 * order and the other into a complaint, accepts, and only then is the technician released. The coverage check of
 * those two days reports the shifts nobody was put on.
 */
class DutyHandoverE2E extends Journey {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aNightsLogIsHandedOverWithEveryEntryConvertedAndAGapIsReported() {
        String communityId = created(gateway.postJson("/api/communities",
                "{\"name\":\"E2E 值班 " + UUID.randomUUID() + "\",\"timeZone\":\"Asia/Shanghai\"}", admin,
                "Idempotency-Key", UUID.randomUUID().toString()));
        String supervisor = gateway.newStaff(admin, "CS_SUPERVISOR", communityId);
        String technician = gateway.newStaff(admin, "TECHNICIAN", communityId);
        String agent = gateway.newStaff(admin, "CS_AGENT", communityId);
        LocalDate night = LocalDate.now(SHANGHAI).minusDays(2);
        LocalDate morning = night.plusDays(1);
        Eventually.until("workorder-service knows the community", () -> gateway.get("/api/duty/shifts?communityId="
                + communityId + "&from=" + night + "&to=" + night, supervisor), reply -> reply.status() == 200);

        // the night is kept by a technician of the community: one with the profile the supervisor keeps
        Reply profile = gateway.sendJson("PUT", "/api/work-orders/technicians/" + accountIdOf(technician), """
                {"name":"值班师傅","skills":["plumbing"],"communities":["%s"]}""".formatted(communityId), supervisor,
                "If-Match", "\"0\"");
        assertThat(profile.status()).as("%s", profile).isEqualTo(200);
        assign(supervisor, communityId, night, "NIGHT", accountIdOf(technician));
        assign(supervisor, communityId, morning, "DAY", accountIdOf(agent));

        String leak = logged(technician, communityId, night.atTime(22, 40), "3-201 卫生间漏水，已关阀");
        String noise = logged(technician, communityId, morning.atTime(1, 15), "楼上装修噪音扰民");
        Reply written = gateway.postJson("/api/duty/handovers", """
                {"communityId":"%s","shiftDate":"%s","shiftKind":"NIGHT","incomingStaffId":"%s",
                 "matters":[{"kind":"REPAIR","description":"3-201 漏水，明早维修"}],
                 "tools":[{"item":"对讲机","holder":"值班室"}]}""".formatted(communityId, night, accountIdOf(agent)),
                technician, "Idempotency-Key", UUID.randomUUID().toString());
        String handover = "/api/duty/handovers/" + created(written);
        assertThat(written.json().path("unresolved").asInt()).as("%s", written).isEqualTo(2);

        Reply early = gateway.postJson(handover + "/accept", "{}", agent, "If-Match", written.etag());
        assertThat(early.status()).as("%s", early).isEqualTo(409);
        assertThat(early.json().path("code").asString()).isEqualTo("handover-unresolved");
        Reply leaving = gateway.postJson(handover + "/release", "{}", technician, "If-Match", written.etag());
        assertThat(leaving.status()).as("%s", leaving).isEqualTo(409);
        assertThat(leaving.json().path("code").asString()).isEqualTo("handover-not-accepted");

        Reply order = route(agent, leak, "{\"resolution\":\"WORK_ORDER\",\"category\":\"plumbing\"}");
        String orderId = order.json().path("routing").path("workOrderId").asString();
        assertThat(orderId).as("%s", order).isNotBlank();
        assertThat(gateway.get("/api/work-orders/" + orderId, agent).status()).isEqualTo(200);
        route(agent, noise, "{\"resolution\":\"COMPLAINT\"}");

        Reply current = gateway.get(handover, agent);
        assertThat(current.json().path("unresolved").asInt()).as("%s", current).isZero();
        Reply accepted = gateway.postJson(handover + "/accept", "{}", agent, "If-Match", current.etag());
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
        Reply released = gateway.postJson(handover + "/release", "{}", technician, "If-Match", accepted.etag());
        assertThat(released.status()).as("%s", released).isEqualTo(200);
        assertThat(released.json().path("status").asString()).isEqualTo("RELEASED");

        Reply coverage = gateway.get("/api/duty/coverage?communityId=" + communityId + "&from=" + morning + "&to="
                + morning, supervisor);
        assertThat(coverage.status()).as("%s", coverage).isEqualTo(200);
        assertThat(coverage.json().path("covered").asBoolean()).isFalse();
        JsonNode firstGap = coverage.json().path("gaps").get(0);
        assertThat(firstGap.path("start").asString()).as("%s", coverage).isEqualTo(morning + "T12:00:00+08:00");
        assertThat(firstGap.path("shifts").get(0).path("kind").asString()).isEqualTo("NOON");
    }

    private static void assign(String supervisor, String communityId, LocalDate date, String kind, String staffId) {
        Reply assigned = gateway.postJson("/api/duty/shifts", """
                {"communityId":"%s","date":"%s","kind":"%s","staffId":"%s"}""".formatted(communityId, date, kind,
                staffId), supervisor, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(assigned.status()).as("%s", assigned).isEqualTo(201);
    }

    private static String logged(String token, String communityId, java.time.LocalDateTime at, String content) {
        return created(gateway.postJson("/api/duty/log", """
                {"communityId":"%s","occurredAt":"%s","channel":"CALL","unitId":"u-3-201","content":"%s"}"""
                .formatted(communityId, ZonedDateTime.of(at, SHANGHAI).toOffsetDateTime(), content), token,
                "Idempotency-Key", UUID.randomUUID().toString()));
    }

    private static Reply route(String token, String entryId, String body) {
        Reply entry = gateway.get("/api/duty/log/" + entryId, token);
        Reply routed = gateway.postJson("/api/duty/log/" + entryId + "/route", body, token, "If-Match", entry.etag());
        assertThat(routed.status()).as("%s", routed).isEqualTo(200);
        return routed;
    }


    private static String created(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        String id = reply.json().path("id").asString();
        assertThat(id).as("%s", reply).isNotBlank();
        return id;
    }
}

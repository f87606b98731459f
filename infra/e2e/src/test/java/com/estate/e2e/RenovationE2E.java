package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A renovation and an item release through the gateway, with tokens from the real log-in: the platform
 * administrator sets up a new community with a desk agent, a supervisor and a security guard (staff accounts, each
 * logged in); the desk applies for the owner, the supervisor approves the plan, the desk issues the permit (the
 * community's first number) and a worker's pass, which the guard checks at the gate; the desk approves goods leaving
 * the unit, and the guard lets them out once: the second scan is refused as used. Every check is in the log.
 */
class RenovationE2E extends Journey {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aRenovationIsPermittedWithPassesAndGoodsLeaveOnce() {
        String communityId = created(gateway.postJson("/api/communities",
                "{\"name\":\"E2E 装修 " + UUID.randomUUID() + "\",\"timeZone\":\"Asia/Shanghai\"}", admin,
                "Idempotency-Key", UUID.randomUUID().toString()));
        String unitId = created(gateway.postJson("/api/communities/" + communityId + "/units",
                "{\"building\":\"6\",\"unitNumber\":\"6-602\",\"floorArea\":\"100.00\"}", admin));
        String agent = staff("CS_AGENT", communityId);
        String supervisor = staff("CS_SUPERVISOR", communityId);
        String guard = staff("SECURITY", communityId);
        LocalDate today = LocalDate.now(SHANGHAI);

        // the owner at the desk: works declared, the rules restated and acknowledged
        Reply applied = gateway.postJson("/api/renovations", """
                {"unitId":"%s","applicant":{"name":"王先生","proxy":false},
                 "works":[{"description":"厨卫翻新","changesStructure":false,"addsLoad":false}],
                 "startDate":"%s","endDate":"%s","contractor":{"name":"安居装饰","manager":"李工"},
                 "workers":["张三"],"rulesAcknowledged":true}""".formatted(unitId, today, today.plusDays(20)),
                agent, "Idempotency-Key", UUID.randomUUID().toString());
        String renovationId = created(applied);
        assertThat(gateway.postJson("/api/renovations/" + renovationId + "/review", "{\"decision\":\"APPROVE\"}",
                agent, "If-Match", applied.etag()).status()).as("the review is the supervisor's").isEqualTo(403);
        Reply reviewed = ok(gateway.postJson("/api/renovations/" + renovationId + "/review",
                "{\"decision\":\"APPROVE\"}", supervisor, "If-Match", applied.etag()));
        Reply permitted = ok(gateway.postJson("/api/renovations/" + renovationId + "/permit", "{}", agent,
                "If-Match", reviewed.etag()));
        JsonNode permit = permitted.json().path("permit");
        assertThat(permit.path("number").asString()).isEqualTo("ZX-" + today.getYear() + "-0001");
        assertThat(permit.path("wasteFee").path("amount").asString()).isEqualTo("300.00");
        assertThat(gateway.get("/api/units/" + unitId, agent).json().path("status").asString())
                .isEqualTo("UNDER_RENOVATION");

        Reply workerPass = gateway.postJson("/api/renovations/" + renovationId + "/worker-passes",
                "{\"workerName\":\"张三\"}", agent, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(workerPass.status()).as("%s", workerPass).isEqualTo(201);
        Reply workerAtTheGate = ok(gateway.postJson("/api/gate-passes/check",
                "{\"code\":\"" + workerPass.json().path("qrPayload").asString() + "\"}", guard));
        assertThat(workerAtTheGate.json().path("result").asString()).isEqualTo("ACCEPTED");
        assertThat(workerAtTheGate.json().path("pass").path("holder").asString()).isEqualTo("张三");
        assertThat(gateway.postJson("/api/gate-passes/check", "{\"code\":\"x\"}", agent).status())
                .as("only security checks passes").isEqualTo(403);

        // goods leave the unit: approved by the desk, let out once by the guard
        Reply release = gateway.postJson("/api/release-passes", """
                {"unitId":"%s","applicantName":"王先生","items":[{"name":"旧橱柜","quantity":2}],
                 "carrierName":"李师傅","vehiclePlate":"粤B·D12345","date":"%s"}""".formatted(unitId, today), agent,
                "Idempotency-Key", UUID.randomUUID().toString());
        String releaseId = created(release);
        Reply approved = ok(gateway.postJson("/api/release-passes/" + releaseId + "/approve", "{}", agent,
                "If-Match", release.etag()));
        String code = approved.json().path("gatePass").path("code").asString();
        Reply out = ok(gateway.postJson("/api/release-passes/check", "{\"code\":\"" + code + "\"}", guard));
        assertThat(out.json().path("result").asString()).isEqualTo("ACCEPTED");
        assertThat(out.json().path("release").path("items").get(0).path("name").asString()).isEqualTo("旧橱柜");
        Reply again = ok(gateway.postJson("/api/release-passes/check", "{\"code\":\"" + code + "\"}", guard));
        assertThat(again.json().path("result").asString()).isEqualTo("REFUSED");
        assertThat(again.json().path("reason").asString()).isEqualTo("USED");

        Reply log = ok(gateway.get("/api/gate-passes/checks?communityId=" + communityId, supervisor));
        assertThat(log.json().path("total").asLong()).isEqualTo(3);
        assertThat(log.json().path("items").get(0).path("reason").asString()).isEqualTo("USED");
    }

    private static String staff(String role, String communityId) {
        return gateway.newStaff(admin, role, communityId);
    }

    private static Reply ok(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply;
    }

    private static String created(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        String id = reply.json().path("id").asString();
        assertThat(id).as("%s", reply).isNotBlank();
        return id;
    }
}

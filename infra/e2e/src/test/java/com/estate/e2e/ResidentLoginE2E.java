package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A resident's log-in across the suite: the desk registers a community, a unit and its owner through the gateway;
 * resident-service announces the owner (resident.registered, with the phone's keyed hash), the gateway learns the
 * log-in from it; the owner asks for a one-time code, reads it from the SMS file ({@code ./suite sms}), logs in and
 * sees the unit in {@code /api/me}. Once the desk moves them out (resident.moved-out), the session ends and no
 * code logs them in any more.
 */
class ResidentLoginE2E {

    /** A valid mainland ID number (GB 11643 check character); the community is new, so it is free there. */
    private static final String ID_NUMBER = "11010519491231002X";

    private static Gateway gateway;
    private static String adminToken;
    private static ResidentCodes codes;

    @BeforeAll
    static void logIn() {
        E2eSettings settings = E2eSettings.fromSystemProperties();
        gateway = new Gateway(settings.gateway());
        adminToken = gateway.login("admin", settings.adminPassword());
        codes = new ResidentCodes(gateway, settings.smsOutbox());
    }

    @Test
    void aRegisteredResidentLogsInByCodeUntilTheyMoveOut() throws InterruptedException {
        String communityId = created(gateway.postJson("/api/communities",
                "{\"name\":\"E2E 住户 " + UUID.randomUUID() + "\"}", adminToken));
        String unitId = created(gateway.postJson("/api/communities/" + communityId + "/units",
                "{\"building\":\"3\",\"unitNumber\":\"3-301\",\"floorArea\":\"92.00\"}", adminToken));
        String phone = "137" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        Reply registered = gateway.postJson("/api/residents", """
                {"communityId":"%s","kind":"PERSON","name":"韩梅梅","phone":"%s",
                 "identityDocument":{"type":"MAINLAND_ID","number":"%s"},"unitIds":["%s"],"relation":"OWNER"}"""
                .formatted(communityId, phone, ID_NUMBER, unitId), adminToken,
                "Idempotency-Key", UUID.randomUUID().toString());
        String residentId = created(registered);
        assertThat(registered.body()).as("masked for an administrator").doesNotContain(phone, ID_NUMBER);

        String code = codes.awaitCode(phone);
        Reply login = gateway.postJson("/auth/login/otp", "{\"phone\":\"+86 " + phone + "\",\"code\":\"" + code + "\"}",
                null);
        assertThat(login.status()).as("%s", login).isEqualTo(200);
        String residentToken = login.json().path("accessToken").asString();
        Reply me = gateway.get("/api/me", residentToken);
        assertThat(me.status()).as("%s", me).isEqualTo(200);
        assertThat(me.json().path("residentId").asString()).isEqualTo(residentId);
        assertThat(strings(me.json().path("unitIds"))).containsExactly(unitId);
        Reply household = gateway.get("/api/units/" + unitId + "/household", residentToken);
        assertThat(household.status()).as("%s", household).isEqualTo(200);
        assertThat(household.json().path("members").get(0).path("residentId").asString()).isEqualTo(residentId);

        Reply movedOut = gateway.postJson("/api/residents/" + residentId + "/move-out", "{}", adminToken,
                "If-Match", registered.etag());
        assertThat(movedOut.status()).as("%s", movedOut).isEqualTo(200);
        awaitRefused(residentToken);

        // no code logs them in any more: none is sent, and the last one is refused
        int before = codes.lines();
        Reply again = codes.requestCodeWhenAllowed(phone);
        assertThat(again.status()).as("%s", again).isEqualTo(202);
        assertThat(codes.codeSince(phone, before, Duration.ofSeconds(3))).as("no code for a moved-out resident").isEmpty();
        Reply refused = gateway.postJson("/auth/login/otp", "{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\"}",
                null);
        assertThat(refused.status()).as("%s", refused).isEqualTo(401);
    }

    /** The gateway applied the move-out once /api/me refuses the resident's token. */
    private static void awaitRefused(String residentToken) {
        Eventually.until("the moved-out resident's token refused", () -> gateway.get("/api/me", residentToken),
                me -> me.status() == 401);
    }

    private static String created(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        String id = reply.json().path("id").asString();
        assertThat(id).as("%s", reply).isNotBlank();
        return id;
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}

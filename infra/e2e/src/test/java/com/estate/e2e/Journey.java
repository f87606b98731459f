package com.estate.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What a journey starts from: the running suite's settings, the gateway, the administrator logged in through it, the
 * one-time codes sent to residents, and (made when first asked for) the publisher of partner events.
 */
abstract class Journey {

    static E2eSettings settings;
    static Gateway gateway;
    static String admin;
    static ResidentCodes codes;
    private static PartnerEvents partners;

    @BeforeAll
    static void logInAsAdmin() {
        settings = E2eSettings.fromSystemProperties();
        gateway = new Gateway(settings.gateway());
        admin = gateway.login("admin", settings.adminPassword());
        codes = new ResidentCodes(gateway, settings.smsOutbox());
    }

    /** Publishes schema-valid events as a partner service would. */
    static PartnerEvents partners() {
        if (partners == null) {
            partners = new PartnerEvents(settings);
        }
        return partners;
    }

    /** The account id a token stands for (its {@code sub}): what the roster and dispatch name staff by. */
    static String accountIdOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return tools.jackson.databind.json.JsonMapper.shared().readTree(payload).path("sub").asString();
    }

    static Reply okReply(Reply reply) {
        org.assertj.core.api.Assertions.assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply;
    }

    /** The id of what a 201 created. */
    static String createdId(Reply reply) {
        org.assertj.core.api.Assertions.assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        String id = reply.json().path("id").asString();
        org.assertj.core.api.Assertions.assertThat(id).as("%s", reply).isNotBlank();
        return id;
    }

    /** One action on a work order as it is now (its current ETag in If-Match), which must succeed. */
    static Reply workOrderAction(String orderId, String action, String body, String token) {
        String etag = gateway.get("/api/work-orders/" + orderId, token).etag();
        return okReply(gateway.postJson("/api/work-orders/" + orderId + "/" + action, body, token, "If-Match", etag));
    }

    @AfterAll
    static void closePartners() {
        if (partners != null) {
            partners.close();
            partners = null;
        }
    }
}

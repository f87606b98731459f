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

    /** The user id ({@code sub}) a token was issued to, e.g. a technician's, as workorder-service knows them. */
    static String subjectOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return tools.jackson.databind.json.JsonMapper.shared().readTree(payload).path("sub").asString();
    }

    @AfterAll
    static void closePartners() {
        if (partners != null) {
            partners.close();
            partners = null;
        }
    }
}

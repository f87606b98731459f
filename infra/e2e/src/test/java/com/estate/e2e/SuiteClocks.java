package com.estate.e2e;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves the business time of every service together, for journeys through deadlines (a bill falls due, a
 * complaint escalates): {@code POST /internal/clock} on each service's own port, as a platform administrator. The
 * suite must run with {@code ./suite up --adjustable-clock} ({@code ./suite test} does). Tokens and the gateway
 * keep the machine's time.
 */
final class SuiteClocks {

    private static final String PATH = "/internal/clock";

    private final Map<String, Gateway> services = new LinkedHashMap<>();
    private final String adminToken;

    SuiteClocks(E2eSettings settings, String adminToken) {
        settings.services().forEach((name, uri) -> services.put(name, new Gateway(uri)));
        this.adminToken = adminToken;
    }

    /** Every service's business time becomes the machine's time plus {@code offset} (not added to a former one). */
    void moveAll(Duration offset) {
        services.forEach((name, service) -> expectOk(name,
                service.postJson(PATH, "{\"offset\":\"" + offset + "\"}", adminToken)));
    }

    void resetAll() {
        services.forEach((name, service) -> expectOk(name, service.delete(PATH, adminToken)));
    }

    /** Each service's answer to {@code GET /internal/clock}: {@code adjustable}, {@code offset}, {@code now}. */
    Map<String, Reply> readAll() {
        Map<String, Reply> answers = new LinkedHashMap<>();
        services.forEach((name, service) -> answers.put(name, expectOk(name, service.get(PATH, adminToken))));
        return answers;
    }

    private static Reply expectOk(String service, Reply reply) {
        if (reply.status() != 200) {
            throw new AssertionError(service + " did not let its clock be moved (is the suite up with"
                    + " --adjustable-clock?): " + reply);
        }
        return reply;
    }
}

package com.estate.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The community a desk works in, set up through the gateway as an administrator and the desk would: a new
 * community, {@code units} units of one building, an owner registered for each (so each unit has a household and a
 * timeline), desk agents ({@code CS_AGENT}) created with the gateway's admin API, and one open work order per unit.
 * It is ready when billing-service has opened every unit's account and workorder-service took the orders in: both
 * learn of the units from resident-service's events.
 */
record DeskCommunity(String communityId, List<String> unitIds, List<String> workOrderIds,
        List<SuiteClient.Staff> agents) {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Duration PARTNERS_WAIT = Duration.ofMinutes(3);

    /** The account billing-service opens for a unit (billing's {@code fa-<unitId>}). */
    static String accountOf(String unitId) {
        return "fa-" + unitId;
    }

    static DeskCommunity seed(HttpClient http, URI gateway, String adminToken, int units, int agents) {
        Calls calls = new Calls(http, gateway);
        SuiteClient suite = new SuiteClient(http, gateway);
        String community = suite.createCommunity(adminToken);
        List<SuiteClient.Staff> desk = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            desk.add(suite.createStaff(adminToken, "CS_AGENT", community));
        }
        List<String> unitIds = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            String unitNumber = "1-" + (i / 10 + 1) + String.format(Locale.ROOT, "%02d", i % 10 + 1);
            String unit = calls.created("POST", "/api/communities/" + community + "/units", adminToken, """
                    {"building":"1","unitNumber":"%s","floorArea":"%d.50","handoverDate":"2019-06-01"}"""
                    .formatted(unitNumber, 60 + i % 80));
            unitIds.add(unit);
            calls.created("POST", "/api/residents", adminToken, """
                    {"communityId":"%s","kind":"PERSON","name":"住户%d","phone":"139%08d",
                     "identityDocument":{"type":"MAINLAND_ID","number":"%s"},"unitIds":["%s"],"relation":"OWNER",
                     "since":"2025-06-01"}""".formatted(community, i, 10_000_000 + i, mainlandId(i), unit));
        }
        String agent = suite.login(desk.getFirst());
        List<String> orders = new ArrayList<>();
        for (String unit : unitIds) {
            // 404 until workorder-service has heard of the unit from resident-service
            orders.add(until("workorder-service knows unit " + unit, () -> calls.createdOrNull("POST",
                    "/api/work-orders", agent, DeskDayMix.workOrder(community, unit))));
        }
        for (String unit : unitIds) {
            until("billing-service opened the account of " + unit, () -> calls.status("GET",
                    "/api/billing/accounts/" + accountOf(unit), agent) == 200 ? unit : null);
        }
        return new DeskCommunity(community, List.copyOf(unitIds), List.copyOf(orders), List.copyOf(desk));
    }

    /**
     * A valid mainland ID number (GB 11643: 17 digits and the check character), different for each {@code n} below
     * 999 × 28: a resident is registered once per community by their ID number.
     */
    static String mainlandId(int n) {
        String body = String.format(Locale.ROOT, "110105198001%02d%03d", n / 999 % 28 + 1, n % 999 + 1);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static <T> T until(String what, Supplier<T> attempt) {
        long deadline = System.nanoTime() + PARTNERS_WAIT.toNanos();
        while (true) {
            T result = attempt.get();
            if (result != null) {
                return result;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not within " + PARTNERS_WAIT.toMinutes() + " minutes: " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** The set-up's requests: JSON through the gateway, commands with an Idempotency-Key each. */
    private record Calls(HttpClient http, URI gateway) {

        String created(String method, String path, String token, String body) {
            String id = createdOrNull(method, path, token, body);
            if (id == null) {
                throw new IllegalStateException(method + " " + path + " was not created: " + body);
            }
            return id;
        }

        /** The new resource's id, or null when the answer is 404 (a partner has not heard of something yet). */
        String createdOrNull(String method, String path, String token, String body) {
            HttpResponse<String> response = send(method, path, token, body);
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() != 201) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            JsonNode id = JSON.readTree(response.body()).path("id");
            if (!id.isString()) {
                throw new IllegalStateException(method + " " + path + " answered no id: " + response.body());
            }
            return id.asString();
        }

        int status(String method, String path, String token) {
            return send(method, path, token, null).statusCode();
        }

        private HttpResponse<String> send(String method, String path, String token, String body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
            }
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}

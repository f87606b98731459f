package com.estate.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * What a desk does in a day, as one request after another for {@link FixedRateLoad}: 70% reads (a unit, its
 * household, a work order, the community's work-order list, a unit's account, a household's timeline) and 30%
 * commands (open a work order, take a desk payment in cash, add a duty-log entry), each through the gateway as one
 * of the desk agents, on a random unit of the {@link DeskCommunity}. Each request's kind (its route class) is what
 * the figures are kept by. The choice is random but seeded, so every run offers the same sequence.
 */
final class DeskDayMix implements LongFunction<FixedRateLoad.Shot> {

    /** The route classes and their shares of the mix, in twentieths (5% each): 14 reads, 6 commands. */
    enum RouteClass {
        READ_UNIT("GET /api/units/{id}", 3),
        READ_HOUSEHOLD("GET /api/units/{id}/household", 2),
        READ_WORK_ORDER("GET /api/work-orders/{id}", 2),
        LIST_WORK_ORDERS("GET /api/work-orders?communityId", 2),
        READ_ACCOUNT("GET /api/billing/accounts/{id}", 3),
        READ_TIMELINE("GET /api/units/{id}/timeline", 2),
        OPEN_WORK_ORDER("POST /api/work-orders", 2),
        DESK_PAYMENT("POST /api/billing/payments", 2),
        DUTY_LOG_ENTRY("POST /api/duty/log", 2);

        final String route;
        final int twentieths;

        RouteClass(String route, int twentieths) {
            this.route = route;
            this.twentieths = twentieths;
        }

        boolean command() {
            return route.startsWith("POST");
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final RouteClass[] SLOTS = slots();

    private final URI gateway;
    private final DeskCommunity community;
    private final Random random = new Random(20261202); // only the pacing thread draws from it
    private volatile List<String> tokens;

    DeskDayMix(URI gateway, DeskCommunity community, List<String> tokens) {
        this.gateway = gateway;
        this.community = community;
        this.tokens = List.copyOf(tokens);
    }

    /** Fresh access tokens of the agents (they live 15 minutes; a run with its steps may take longer). */
    void useTokens(List<String> fresh) {
        tokens = List.copyOf(fresh);
    }

    @Override
    public FixedRateLoad.Shot apply(long i) {
        RouteClass kind = SLOTS[random.nextInt(SLOTS.length)];
        List<String> agents = tokens;
        String token = agents.get((int) (i % agents.size()));
        String unit = pick(community.unitIds());
        String communityId = community.communityId();
        HttpRequest request = switch (kind) {
            case READ_UNIT -> get("/api/units/" + unit, token);
            case READ_HOUSEHOLD -> get("/api/units/" + unit + "/household", token);
            case READ_WORK_ORDER -> get("/api/work-orders/" + pick(community.workOrderIds()), token);
            case LIST_WORK_ORDERS -> get("/api/work-orders?communityId=" + communityId + "&page=0&size=20", token);
            case READ_ACCOUNT -> get("/api/billing/accounts/" + DeskCommunity.accountOf(unit), token);
            case READ_TIMELINE -> get("/api/units/" + unit + "/timeline?page=0&size=20", token);
            case OPEN_WORK_ORDER -> post("/api/work-orders", token, workOrder(communityId, unit));
            case DESK_PAYMENT -> post("/api/billing/payments", token, """
                    {"method":"DESK","unitId":"%s","amount":"%d.00","channel":"CASH","payerName":"住户"}"""
                    .formatted(unit, 50 + random.nextInt(500)));
            case DUTY_LOG_ENTRY -> post("/api/duty/log", token, """
                    {"communityId":"%s","channel":"CALL","callerName":"王先生","unitId":"%s",
                     "content":"询问本月物业费 asks about this month's fee","actionTaken":"已答复 answered"}"""
                    .formatted(communityId, unit));
        };
        return new FixedRateLoad.Shot(kind.name(), request);
    }

    /** A repair the desk takes in at the counter. */
    static String workOrder(String communityId, String unitId) {
        return """
                {"communityId":"%s","unitId":"%s","category":"plumbing",
                 "description":"厨房水龙头漏水 the kitchen tap drips","channel":"FRONT_DESK"}""".formatted(communityId, unitId);
    }

    private String pick(List<String> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(gateway.resolve(path)).timeout(TIMEOUT).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();
    }

    private HttpRequest post(String path, String token, String body) {
        return HttpRequest.newBuilder(gateway.resolve(path)).timeout(TIMEOUT).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static RouteClass[] slots() {
        return java.util.Arrays.stream(RouteClass.values())
                .flatMap(kind -> java.util.stream.Stream.generate(() -> kind).limit(kind.twentieths))
                .toArray(RouteClass[]::new);
    }
}

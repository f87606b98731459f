package com.estate.workorder.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.testsupport.Scenario;
import com.estate.workorder.WorkOrderTest;
import com.estate.workorder.order.messaging.OrderOverdueV1;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Overdue orders found by the scanner with the movable clock, published once, listed for the desk. */
class OverdueTest extends WorkOrderTest {

    @Autowired
    OverdueScanner scanner;

    final Scenario scenario = new Scenario(kafka);

    @Test
    void anOrderNobodyAcceptedInTimeIsOverdueOnceAndListed() {
        String id = newOrder("plumbing", "厨房水管漏水");
        clock.advance(Duration.ofHours(3)); // ordinary plumbing: a response within 4 hours
        scanner.scan();
        assertThat(expect(200, api.send("GET", "/api/work-orders/" + id, agent, null)).json().path("overdue")
                .asBoolean()).isFalse();

        clock.advance(Duration.ofHours(2));
        var overdue = scenario.stimulate(scanner::scan)
                .andWaitForEvent("workorder.events", OrderOverdueV1.TYPE.type(), OrderOverdueV1.class)
                .matching(e -> e.orderId().equals(id)).toArrive();
        assertThat(overdue.data().deadline()).isEqualTo("RESPONSE");
        assertThat(overdue.data().status()).isEqualTo("OPEN");
        var list = expect(200, api.send("GET", "/api/work-orders/overdue?communityId=" + communityId, agent, null))
                .json();
        assertThat(list.path("items").get(0).path("id").asString()).isEqualTo(id);

        String etag = api.send("GET", "/api/work-orders/" + id, agent, null).header("ETag");
        scanner.scan();
        assertThat(api.send("GET", "/api/work-orders/" + id, agent, null).header("ETag"))
                .as("a second pass changes nothing").isEqualTo(etag);

        clock.advance(Duration.ofDays(2));
        var late = scenario.stimulate(scanner::scan)
                .andWaitForEvent("workorder.events", OrderOverdueV1.TYPE.type(), OrderOverdueV1.class)
                .matching(e -> e.orderId().equals(id) && e.deadline().equals("COMPLETION")).toArrive();
        assertThat(late.data().dueAt()).isEqualTo(overdue.data().dueAt().minus(Duration.ofHours(4))
                .plus(Duration.ofDays(2)));
        long events = kafka.readAll("workorder.events", Duration.ofSeconds(2)).stream()
                .filter(r -> id.equals(r.key()) && r.value().contains(OrderOverdueV1.TYPE.type())).count();
        assertThat(events).as("once for the response, once for the completion").isEqualTo(2);
    }

    @Test
    void anEmergencyHasShorterTargets() {
        String id = expect(201, api.send("POST", "/api/work-orders", agent, """
            {"communityId":"%s","unitId":"%s","category":"electrical","description":"全屋停电","emergency":true}
            """.formatted(communityId, unitId), "Idempotency-Key", key())).json().path("id").asString();
        clock.advance(Duration.ofMinutes(31));
        scanner.scan();
        var order = expect(200, api.send("GET", "/api/work-orders/" + id, agent, null)).json();
        assertThat(order.path("overdue").asBoolean()).isTrue();
        assertThat(order.path("deadlines").path("responseOverdueAt").isMissingNode()).isFalse();
    }
}

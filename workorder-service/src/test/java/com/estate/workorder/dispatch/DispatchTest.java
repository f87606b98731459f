package com.estate.workorder.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.testsupport.TestHttp;
import com.estate.workorder.WorkOrderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Automatic dispatch by skill, load and duty; the pool, grabbed once however many technicians try at once. */
class DispatchTest extends WorkOrderTest {

    String assignee(String orderId) {
        return expect(200, api.send("GET", "/api/work-orders/" + orderId, agent, null)).json().path("assigneeId")
                .asString();
    }

    @Test
    void automaticDispatchTakesTheSkilledTechnicianWithTheLeastWorkAndPrefersWhoeverIsOnDuty() {
        String suffix = UUID.randomUUID().toString();
        newTechnician("t-a-" + suffix, "plumbing");
        newTechnician("t-b-" + suffix, "plumbing", "electrical");
        newTechnician("t-c-" + suffix, "electrical");

        String first = newOrder("plumbing", "水管滴水");
        expect(200, act(first, "assign", agent, "{}"));
        assertThat(assignee(first)).as("a tie: the smaller id").isEqualTo("t-a-" + suffix);
        String second = newOrder("plumbing", "地漏堵塞");
        expect(200, act(second, "assign", agent, "{}"));
        assertThat(assignee(second)).as("the one with less work").isEqualTo("t-b-" + suffix);

        roster.onDuty(communityId, "t-a-" + suffix);
        String third = newOrder("plumbing", "水压低");
        expect(200, act(third, "assign", agent, null));
        assertThat(assignee(third)).as("on duty, despite one more order").isEqualTo("t-a-" + suffix);

        TestHttp.Answer nobody = act(newOrder("elevator", "电梯异响"), "assign", agent, null);
        assertThat(nobody.status()).as(nobody.body()).isEqualTo(409);
        assertThat(nobody.json().path("code").asString()).isEqualTo("no-technician-available");
        TestHttp.Answer unskilled = act(newOrder("elevator", "电梯按钮失灵"), "assign", agent,
                "{\"technicianId\":\"t-c-" + suffix + "\"}");
        assertThat(unskilled.status()).as(unskilled.body()).isEqualTo(422);
    }

    @Test
    void ofManyTechniciansGrabbingAtOnceExactlyOneGetsThePooledOrder() throws Exception {
        int grabbers = 8;
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < grabbers; i++) {
            tokens.add(newTechnician("t-" + i + "-" + UUID.randomUUID(), "leak"));
        }
        String id = newOrder("leak", "外墙渗水");
        expect(200, act(id, "pool", agent, null));
        var pool = expect(200, api.send("GET", "/api/work-orders/pool?communityId=" + communityId, tokens.get(0),
                null)).json();
        assertThat(pool.path("items").get(0).path("id").asString()).isEqualTo(id);
        String etag = expect(200, api.send("GET", "/api/work-orders/" + id, tokens.get(0), null)).header("ETag");

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(grabbers)) {
            for (String token : tokens) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return api.send("POST", "/api/work-orders/" + id + "/grab", token, null, "If-Match", etag)
                            .status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s != 200).as("the others are told it is gone").allMatch(s -> s == 409 || s == 412);
        }
        var order = expect(200, api.send("GET", "/api/work-orders/" + id, agent, null)).json();
        assertThat(order.path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(order.path("pooled").asBoolean()).isFalse();
        assertThat(order.path("history").toString()).containsOnlyOnce("\"grab\"");
    }
}

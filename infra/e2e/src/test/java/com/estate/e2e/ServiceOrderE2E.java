package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A convenience service (便民服务) through the gateway: a supervisor publishes a catalog item, the owner (logged in by
 * one-time code) reads the catalog and agrees a service order for their unit, the department head assigns it and
 * reports it done, the owner accepts the work, and workorder-service asks billing for the agreed fee on
 * {@code workorder.events}, once, under the charge id derived from the order.
 */
class ServiceOrderE2E extends Journey {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void aServiceAgreedDoneAndAcceptedIsChargedOnce() throws InterruptedException {
        String communityId = id(gateway.postJson("/api/communities",
                "{\"name\":\"E2E 便民 " + UUID.randomUUID() + "\",\"timeZone\":\"Asia/Shanghai\"}", admin));
        String unitId = id(gateway.postJson("/api/communities/" + communityId + "/units",
                "{\"building\":\"5\",\"unitNumber\":\"5-0601\",\"floorArea\":\"96.00\"}", admin));
        String phone = "137" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        id(gateway.postJson("/api/residents", """
                {"communityId":"%s","kind":"PERSON","name":"王芳","phone":"%s",
                 "identityDocument":{"type":"MAINLAND_ID","number":"11010519491231002X"},"unitIds":["%s"],
                 "relation":"OWNER"}""".formatted(communityId, phone, unitId), admin,
                "Idempotency-Key", UUID.randomUUID().toString()));

        String itemId = id(gateway.postJson("/api/service-catalog", """
                {"communityId":"%s","name":"家电清洗","description":"空调、油烟机","price":"45.00",
                 "pricingUnit":"PER_HOUR","department":"maintenance"}""".formatted(communityId), admin,
                "Idempotency-Key", UUID.randomUUID().toString()));

        String owner = codes.logIn(phone);
        Reply catalog = gateway.get("/api/service-catalog?communityId=" + communityId + "&available=true", owner);
        assertThat(catalog.status()).as("%s", catalog).isEqualTo(200);
        assertThat(catalog.json().path("items").get(0).path("id").asString()).isEqualTo(itemId);

        Reply agreed = gateway.postJson("/api/service-orders", """
                {"itemId":"%s","unitId":"%s","quantity":"2.5","area":"厨房油烟机",
                 "scheduledFor":"2026-12-12T09:30:00+08:00","expectedResult":"油烟机无油垢，运转正常"}"""
                .formatted(itemId, unitId), owner, "Idempotency-Key", UUID.randomUUID().toString());
        String orderId = id(agreed);
        assertThat(agreed.json().path("fee").asString()).isEqualTo("112.50");

        ok(action(orderId, "assign", "{\"staffIds\":[\"maintenance-1\"]}", admin));
        ok(action(orderId, "finish", "{\"note\":\"已清洗\"}", admin));
        try (KafkaConsumer<String, String> events = fromTheEnd("workorder.events")) {
            Reply accepted = ok(action(orderId, "accept", "", owner));
            assertThat(accepted.json().path("status").asString()).isEqualTo("ACCEPTED");

            JsonNode charge = Eventually.until("the charge of service order " + orderId, () -> chargeOf(events,
                    orderId), found -> found != null);
            assertThat(charge.path("itemCode").asString()).isEqualTo("CONVENIENCE_SERVICE");
            assertThat(charge.path("amount").asString()).isEqualTo("112.50");
            assertThat(charge.path("unitId").asString()).isEqualTo(unitId);
            assertThat(charge.path("source").path("kind").asString()).isEqualTo("service-order");
            assertThat(charge.path("chargeId").asString()).isNotBlank();
        }
        Reply again = action(orderId, "accept", "", owner);
        assertThat(again.status()).as("%s", again).isEqualTo(409);
        assertThat(again.json().path("currentStatus").asString()).isEqualTo("ACCEPTED");
    }

    private Reply action(String orderId, String action, String body, String token) {
        String etag = gateway.get("/api/service-orders/" + orderId, token).etag();
        return gateway.postJson("/api/service-orders/" + orderId + "/" + action, body, token, "If-Match", etag);
    }

    /** A consumer of every partition of the topic, positioned at its end: it sees what is published from now on. */
    private static KafkaConsumer<String, String> fromTheEnd(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(15)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static JsonNode chargeOf(KafkaConsumer<String, String> events, String orderId) {
        for (ConsumerRecord<String, String> record : events.poll(Duration.ofMillis(500))) {
            JsonNode event = JSON.readTree(record.value());
            if (event.path("type").asString().equals("com.estate.workorder.charge.requested.v1")
                    && event.path("data").path("source").path("id").asString().equals(orderId)) {
                return event.path("data");
            }
        }
        return null;
    }

    private static Reply ok(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply;
    }

    private static String id(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json().path("id").asString();
    }
}

package com.estate.testsupport;

import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

import com.estate.local.TopicCreator;
import com.estate.local.Topics;

/**
 * A real MongoDB replica set (sessions, transactions and change streams work, unlike on the stand-in) and an
 * Apache Kafka broker, in Docker. Configured like the embedded broker: no auto topic creation, the suite's
 * topics created explicitly, no initial rebalance delay.
 */
final class ContainerInfrastructure implements Infrastructure {

    static final DockerImageName MONGO_IMAGE = DockerImageName.parse("mongo:8.0");
    static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.1.2");

    private final MongoDBContainer mongo;
    private final KafkaContainer kafka;

    private ContainerInfrastructure(MongoDBContainer mongo, KafkaContainer kafka) {
        this.mongo = mongo;
        this.kafka = kafka;
    }

    static ContainerInfrastructure start() {
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE).withReplicaSet();
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        ContainerInfrastructure infrastructure = new ContainerInfrastructure(mongo, kafka);
        try {
            Startables.deepStart(mongo, kafka).join();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers()))) {
                TopicCreator.createMissing(admin, Topics.newTopics());
            }
            return infrastructure;
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    /** Without a database name, like the stand-in's: each service fixes its own database. */
    @Override
    public String mongoUri() {
        return mongo.getConnectionString();
    }

    @Override
    public boolean usesContainers() {
        return true;
    }

    @Override
    public void close() {
        try {
            kafka.stop();
        } finally {
            mongo.stop();
        }
    }
}

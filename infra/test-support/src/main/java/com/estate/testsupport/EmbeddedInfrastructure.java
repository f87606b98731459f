package com.estate.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import com.estate.local.KafkaBroker;
import com.estate.local.MongoStandIn;
import com.estate.local.Topics;

/** The infra/local broker in a temporary directory and the in-memory MongoDB stand-in, both on free ports. */
final class EmbeddedInfrastructure implements Infrastructure {

    private final Path dir;
    private final KafkaBroker kafka;
    private final MongoStandIn mongo;

    private EmbeddedInfrastructure(Path dir, KafkaBroker kafka, MongoStandIn mongo) {
        this.dir = dir;
        this.kafka = kafka;
        this.mongo = mongo;
    }

    static EmbeddedInfrastructure start() {
        TestLogging.quietBroker();
        Path dir;
        try {
            dir = Files.createTempDirectory("estate-test-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the test broker", e);
        }
        MongoStandIn mongo = MongoStandIn.inMemory(0);
        try {
            KafkaBroker kafka = KafkaBroker.start(dir, 0, 0);
            kafka.createTopics(Topics.newTopics());
            return new EmbeddedInfrastructure(dir, kafka, mongo);
        } catch (RuntimeException e) {
            mongo.close();
            delete(dir);
            throw e;
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String mongoUri() {
        return mongo.connectionString();
    }

    @Override
    public boolean usesContainers() {
        return false;
    }

    @Override
    public void close() {
        try {
            mongo.close();
        } finally {
            kafka.close();
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp directory is not worth failing a test run for
        }
    }
}

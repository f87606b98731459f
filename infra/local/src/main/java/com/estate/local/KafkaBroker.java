package com.estate.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real Kafka broker (KRaft combined mode: broker and its own controller) inside this JVM, on 127.0.0.1.
 * Data lives under the given directory and survives restarts.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final String clusterId;
    private final Admin admin;
    private final DirectoryLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private KafkaBroker(KafkaRaftServer server, DirectoryLock lock, Path dataDir, int port, int controllerPort,
            String clusterId) {
        this.server = server;
        this.lock = lock;
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.clusterId = clusterId;
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, "estate-local-admin",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }

    /** Starts a broker; a port of 0 picks a free one. Blocks until the broker accepts requests. */
    public static KafkaBroker start(Path dataDir, int brokerPort, int controllerPort) {
        return start(dataDir, brokerPort, controllerPort, Map.of());
    }

    /** As {@link #start(Path, int, int)}, with broker settings that override the small-machine defaults. */
    public static KafkaBroker start(Path dataDir, int brokerPort, int controllerPort, Map<String, String> overrides) {
        int port = resolvePort(brokerPort, "Kafka broker");
        int controller = resolvePort(controllerPort, "Kafka controller");
        while (controllerPort == 0 && controller == port) {
            controller = FreePorts.pick();
        }
        long started = System.nanoTime();
        DirectoryLock lock = DirectoryLock.acquire(dataDir, "broker.lock", "Kafka broker");
        KafkaRaftServer server;
        String clusterId;
        try {
            Path logDir = dataDir.resolve("logs");
            Properties settings = KafkaSettings.of(logDir, port, controller, overrides);
            Path serverProperties = dataDir.resolve("server.properties");
            try (Writer out = Files.newBufferedWriter(serverProperties)) {
                settings.store(out, "written by com.estate.local.KafkaBroker on every start; edits are lost");
            }
            clusterId = KafkaStorage.formatOnce(dataDir, logDir, serverProperties);
            server = new KafkaRaftServer(KafkaConfig.fromProps(settings, false), Time.SYSTEM);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e instanceof IOException io ? new UncheckedIOException("cannot prepare Kafka storage in " + dataDir, io)
                    : (RuntimeException) e;
        }
        try {
            server.startup();
        } catch (RuntimeException e) {
            shutdownQuietly(server);
            lock.close();
            throw e;
        }
        KafkaBroker broker = new KafkaBroker(server, lock, dataDir, port, controller, clusterId);
        try {
            broker.awaitReady();
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        log.info("Kafka broker ready on {} in {} ms (cluster {}, data {})", broker.bootstrapServers(),
                (System.nanoTime() - started) / 1_000_000, clusterId, dataDir);
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public String clusterId() {
        return clusterId;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Creates the topics that do not exist yet; safe to call again. Returns the names it created. */
    public Set<String> createTopics(Collection<NewTopic> topics) {
        return TopicCreator.createMissing(admin, topics);
    }

    /** Stops the broker and its controller; the data stays on disk. Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        admin.close(Duration.ofSeconds(5));
        shutdownQuietly(server);
        lock.close();
        log.info("Kafka broker on {} stopped", bootstrapServers());
    }

    /** startup() returns before the broker is unfenced; until then clients see no brokers. */
    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (true) {
            try {
                if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            } catch (ExecutionException | TimeoutException e) {
                log.debug("Kafka not ready yet: {}", e.toString());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Kafka on " + bootstrapServers() + " not ready after " + READY_TIMEOUT);
            }
            sleep(50);
        }
    }

    private static int resolvePort(int requested, String what) {
        if (requested != 0) {
            FreePorts.requireFree(requested, what);
        }
        return FreePorts.resolve(requested);
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            log.warn("Kafka did not shut down cleanly", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

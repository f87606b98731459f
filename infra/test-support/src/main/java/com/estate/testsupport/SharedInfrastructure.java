package com.estate.testsupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Kafka broker and one MongoDB per test JVM, shared by every test class, started on first use and
 * stopped by a shutdown hook. Testcontainers (real MongoDB replica set, Apache Kafka) when Docker is
 * available, otherwise the embedded broker and the in-memory MongoDB stand-in from infra/local. Force
 * either with {@code ESTATE_TEST_INFRA=embedded|containers} (environment variable or system property).
 * The suite's topics and their {@code .DLT} twins exist on both paths.
 */
public final class SharedInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(SharedInfrastructure.class);
    private static final Object LOCK = new Object();
    private static SharedInfrastructure instance;
    private static RuntimeException startFailure;

    private final Infrastructure delegate;

    private SharedInfrastructure(Infrastructure delegate) {
        this.delegate = delegate;
    }

    /** Starts the infrastructure on the first call; a failed start fails every later call the same way, fast. */
    public static SharedInfrastructure get() {
        synchronized (LOCK) {
            if (instance == null && startFailure == null) {
                try {
                    instance = start();
                } catch (RuntimeException e) {
                    startFailure = e;
                }
            }
            if (startFailure != null) {
                throw new IllegalStateException("the shared test infrastructure could not start", startFailure);
            }
            return instance;
        }
    }

    public String kafkaBootstrapServers() {
        return delegate.kafkaBootstrapServers();
    }

    /** {@code mongodb://host:port}, without a database name. */
    public String mongoUri() {
        return delegate.mongoUri();
    }

    public boolean usesContainers() {
        return delegate.usesContainers();
    }

    private static SharedInfrastructure start() {
        long started = System.nanoTime();
        InfrastructureMode mode = InfrastructureMode.resolve();
        Infrastructure infrastructure = mode == InfrastructureMode.CONTAINERS
                ? ContainerInfrastructure.start()
                : EmbeddedInfrastructure.start();
        Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "estate-test-infrastructure-stop"));
        log.info("Shared test infrastructure ({}) ready in {} ms: kafka={} mongo={}", mode.name().toLowerCase(),
                (System.nanoTime() - started) / 1_000_000, infrastructure.kafkaBootstrapServers(),
                infrastructure.mongoUri());
        return new SharedInfrastructure(infrastructure);
    }
}

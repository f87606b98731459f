package com.estate.testsupport;

import java.util.Locale;

import org.testcontainers.DockerClientFactory;

/** Where the shared Kafka and MongoDB come from: containers when Docker is there, else the embedded ones. */
enum InfrastructureMode {
    EMBEDDED, CONTAINERS;

    static final String SETTING = "ESTATE_TEST_INFRA";

    /** {@code ESTATE_TEST_INFRA} (system property, then environment) = embedded | containers; unset = detect. */
    static InfrastructureMode resolve() {
        String value = System.getProperty(SETTING, System.getenv(SETTING));
        if (value == null || value.isBlank() || value.equalsIgnoreCase("auto")) {
            return dockerAvailable() ? CONTAINERS : EMBEDDED;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "embedded" -> EMBEDDED;
            case "containers" -> CONTAINERS;
            default -> throw new IllegalArgumentException(
                    SETTING + " must be 'embedded', 'containers' or unset, not '" + value + "'");
        };
    }

    /**
     * Never fails: a broken Docker setup just means the embedded path. Testcontainers reports a missing Docker
     * at ERROR with every strategy it tried; without Docker that is the normal case here, so it is silenced.
     */
    static boolean dockerAvailable() {
        return TestLogging.silenced("org.testcontainers.dockerclient", () -> {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        });
    }
}

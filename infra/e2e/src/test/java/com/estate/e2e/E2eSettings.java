package com.estate.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the running suite is, from the system properties that {@code ./suite test} passes through failsafe
 * ({@code e2e.gateway}, {@code e2e.admin-password-file}, {@code e2e.resident-service}). A missing or unresolved value fails loudly: a silent
 * default would send the tests to a developer's own suite.
 */
record E2eSettings(URI gateway, String adminPassword, URI residentService) {

    static E2eSettings fromSystemProperties() {
        URI gateway = URI.create(required("e2e.gateway").replaceAll("/+$", ""));
        Path passwordFile = Path.of(required("e2e.admin-password-file"));
        // for the checks a service must make itself, whatever the gateway did (tokens of a revoked key)
        URI residentService = URI.create(required("e2e.resident-service").replaceAll("/+$", ""));
        try {
            return new E2eSettings(gateway, Files.readString(passwordFile).strip(), residentService);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the admin password from " + passwordFile
                    + " (the gateway writes it at its first start; is the suite up?)", e);
        }
    }

    private static String required(String name) {
        String value = System.getProperty(name, "");
        if (value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("system property " + name + " is not set; run the end-to-end tests"
                    + " with ./suite test, or: mvn -pl infra/e2e verify -DskipE2E=false"
                    + " -De2e.gateway=http://127.0.0.1:8080 -De2e.admin-password-file=$PWD/.suite/dev/admin-password"
                    + " -De2e.resident-service=http://127.0.0.1:8081");
        }
        return value;
    }
}

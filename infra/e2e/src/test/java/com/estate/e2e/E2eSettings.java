package com.estate.e2e;

import com.estate.contracts.applications.Applications;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the running suite is, from the system properties that {@code ./suite test} passes through failsafe
 * ({@code e2e.gateway}, {@code e2e.admin-password-file}, {@code e2e.sms-outbox-file}, {@code e2e.kafka}, and
 * {@code e2e.services}: {@code name=url} of each service, comma-separated, e.g. {@code resident-service=http://...}). A missing or unresolved value fails loudly: a silent default would send the
 * tests to a developer's own suite.
 *
 * @param services each service's own URL by name, for the checks a service must make itself, whatever the gateway
 *                 did (tokens of a revoked key), and for what the gateway never routes ({@code /internal/clock})
 * @param smsOutbox the file the gateway's embedded SMS adapter writes one-time codes to ({@code ./suite sms})
 * @param kafkaBootstrap the suite's broker ({@code e2e.kafka}), for {@link PartnerEvents}
 */
record E2eSettings(URI gateway, String adminPassword, Map<String, URI> services, Path smsOutbox,
        String kafkaBootstrap) {

    static E2eSettings fromSystemProperties() {
        URI gateway = uri(required("e2e.gateway"));
        Path passwordFile = Path.of(required("e2e.admin-password-file"));
        Map<String, URI> services = new LinkedHashMap<>();
        for (String entry : required("e2e.services").split(",")) {
            String[] nameAndUrl = entry.split("=", 2);
            if (nameAndUrl.length != 2) {
                throw new IllegalStateException("e2e.services must list name=url pairs, not " + entry);
            }
            services.put(nameAndUrl[0].strip(), uri(nameAndUrl[1].strip()));
        }
        Applications.declared().services().forEach(declared -> {
            if (!services.containsKey(declared.name())) {
                throw new IllegalStateException("e2e.services does not name " + declared.name());
            }
        });
        try {
            return new E2eSettings(gateway, Files.readString(passwordFile).strip(), Map.copyOf(services),
                    Path.of(required("e2e.sms-outbox-file")), required("e2e.kafka"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the admin password from " + passwordFile
                    + " (the gateway writes it at its first start; is the suite up?)", e);
        }
    }

    URI residentService() {
        return services.get("resident-service");
    }

    private static URI uri(String value) {
        return URI.create(value.replaceAll("/+$", ""));
    }

    private static String required(String name) {
        String value = System.getProperty(name, "");
        if (value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("system property " + name + " is not set; run the end-to-end tests"
                    + " with ./suite test, or: mvn -pl infra/e2e -am verify -DskipE2E=false -Dtest=none"
                    + " -Dsurefire.failIfNoSpecifiedTests=false"
                    + " -De2e.gateway=http://127.0.0.1:8080 -De2e.admin-password-file=$PWD/.suite/dev/admin-password"
                    + " -De2e.sms-outbox-file=$PWD/.suite/dev/sms-outbox.log"
                    + " -De2e.services=resident-service=http://127.0.0.1:8081,workorder-service=http://127.0.0.1:8082,"
                    + "complaint-service=http://127.0.0.1:8083,billing-service=http://127.0.0.1:8084,"
                    + "activity-service=http://127.0.0.1:8085 -De2e.kafka=127.0.0.1:9092"
                    + " (a suite started with --adjustable-clock)");
        }
        return value;
    }
}

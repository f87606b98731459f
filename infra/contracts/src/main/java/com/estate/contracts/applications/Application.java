package com.estate.contracts.applications;

import java.util.List;

/**
 * One application of the suite.
 *
 * @param name     its {@code spring.application.name}, also its module directory
 * @param port     its HTTP port before ./suite's port offset
 * @param database its MongoDB database
 * @param topics   the topics it publishes its events on
 * @param routes   the path patterns the gateway sends to it
 */
public record Application(String name, int port, String database, List<String> topics, List<String> routes) {

    public static final String GATEWAY = "gateway";

    public Application {
        topics = List.copyOf(topics);
        routes = List.copyOf(routes);
    }

    public boolean isService() {
        return !name.equals(GATEWAY);
    }

    /**
     * The key of its base URL among the gateway's {@code app.services.*} settings: the name without
     * {@code -service} ({@code app.services.resident}, environment {@code APP_SERVICES_RESIDENT}).
     */
    public String serviceKey() {
        return name.endsWith("-service") ? name.substring(0, name.length() - "-service".length()) : name;
    }
}

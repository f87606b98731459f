package com.estate.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may read {@code /actuator/prometheus} without a token: a scraper on this machine (the request arrived on a
 * loopback address, as in the embedded suite, where every service binds 127.0.0.1) or one on the management port
 * ({@code management.server.port}), which production deployments keep off the service's public port. On the public
 * port of a service bound to another interface the metrics need a {@code PLATFORM_ADMIN} token: they name routes,
 * consumer groups and backlog sizes that are nobody else's business.
 */
final class MetricsScrapeAccess implements RequestMatcher {

    static final String PATH = "/actuator/prometheus";

    private final int managementPort;

    /** @param managementPort {@code management.server.port}, or a negative number when it is not set */
    MetricsScrapeAccess(int managementPort) {
        this.managementPort = managementPort;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return PATH.equals(request.getRequestURI())
                && (isLoopback(request.getLocalAddr()) || (managementPort > 0 && request.getLocalPort() == managementPort));
    }

    private static boolean isLoopback(String address) {
        // only IP literals (what the socket reports); for those getByName does no lookup
        if (address == null || !(address.contains(":") || address.matches("[0-9.]+"))) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

package com.estate.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class MetricsScrapeAccessTest {

    private static final int SERVICE_PORT = 8081;
    private static final int MANAGEMENT_PORT = 9464;

    @Test
    void aScraperOnThisMachineNeedsNoToken() {
        MetricsScrapeAccess access = new MetricsScrapeAccess(-1);
        assertThat(access.matches(request("127.0.0.1", SERVICE_PORT))).isTrue();
        assertThat(access.matches(request("::1", SERVICE_PORT))).isTrue();
    }

    @Test
    void onThePublicAddressOfTheServicePortTheMetricsAreNotOpen() {
        MetricsScrapeAccess access = new MetricsScrapeAccess(-1);
        assertThat(access.matches(request("10.1.2.3", SERVICE_PORT))).isFalse();
        assertThat(access.matches(request("fd00::2", SERVICE_PORT))).isFalse();
        assertThat(access.matches(request(null, SERVICE_PORT))).isFalse();
        assertThat(access.matches(request("not-an-address", SERVICE_PORT))).isFalse();
    }

    @Test
    void theManagementPortIsOpenToTheClustersScraperOnAnyAddress() {
        MetricsScrapeAccess access = new MetricsScrapeAccess(MANAGEMENT_PORT);
        assertThat(access.matches(request("10.1.2.3", MANAGEMENT_PORT))).isTrue();
        assertThat(access.matches(request("10.1.2.3", SERVICE_PORT))).isFalse();
    }

    @Test
    void onlyTheMetricsPathIsConcerned() {
        MockHttpServletRequest other = request("127.0.0.1", SERVICE_PORT);
        other.setRequestURI("/api/units");
        assertThat(new MetricsScrapeAccess(-1).matches(other)).isFalse();
    }

    private static MockHttpServletRequest request(String localAddress, int localPort) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", MetricsScrapeAccess.PATH);
        request.setLocalAddr(localAddress);
        request.setLocalPort(localPort);
        return request;
    }
}

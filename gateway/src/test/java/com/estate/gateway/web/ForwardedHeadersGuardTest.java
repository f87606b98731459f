package com.estate.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The gateway resolves client addresses itself; it refuses to start where Boot or Spring Cloud Gateway would rewrite
 * the remote address from forwarded headers before it sees the request.
 */
class ForwardedHeadersGuardTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(ForwardedHeadersGuard.class);

    @Test
    void startsWithTheStrategyNone() {
        runner.withPropertyValues("server.forward-headers-strategy=none")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "framework", "NATIVE"})
    void refusesAnotherStrategy(String strategy) {
        runner.withPropertyValues("server.forward-headers-strategy=" + strategy)
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("server.forward-headers-strategy must be none")
                        .hasMessageContaining(strategy)
                        .hasMessageContaining("app.trusted-proxies"));
    }

    @Test
    void refusesToLeaveTheStrategyToBootWhichChoosesNativeOnKubernetes() {
        runner.withPropertyValues("spring.main.cloud-platform=kubernetes")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("server.forward-headers-strategy must be none")
                        .hasMessageContaining("Kubernetes"));
    }

    @Test
    void refusesSpringCloudGatewaysOwnTrustedProxies() {
        runner.withPropertyValues("server.forward-headers-strategy=none",
                        "spring.cloud.gateway.server.webflux.trusted-proxies=10\\..*")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("spring.cloud.gateway.server.webflux.trusted-proxies")
                        .hasMessageContaining("app.trusted-proxies"));
    }
}

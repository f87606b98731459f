package com.estate.gateway.web;

import static com.estate.gateway.web.Ips.ip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import com.estate.gateway.web.ClientAddressProperties.ForwardedHeader;

/** {@code app.trusted-proxies} and {@code app.forwarded-header} as the gateway binds them at start. */
class ClientAddressPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ClientAddressProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Test
    void byDefaultNoProxyIsTrustedAndXForwardedForIsTheHeader() {
        runner.run(context -> {
            ClientAddressProperties properties = context.getBean(ClientAddressProperties.class);
            assertThat(properties.trustedProxies()).isEmpty();
            assertThat(properties.forwardedHeader()).isEqualTo(ForwardedHeader.X_FORWARDED_FOR);
        });
    }

    @Test
    void aCommaSeparatedListAsAnEnvironmentVariableGivesIt() {
        runner.withPropertyValues("app.trusted-proxies=10.0.0.0/8, 2001:db8::/32", "app.forwarded-header=forwarded")
                .run(context -> {
                    ClientAddressProperties properties = context.getBean(ClientAddressProperties.class);
                    assertThat(properties.trustedProxies()).hasSize(2);
                    assertThat(properties.trustedProxies().get(0).contains(ip("10.9.8.7"))).isTrue();
                    assertThat(properties.trustedProxies().get(1).contains(ip("2001:db8:1::1"))).isTrue();
                    assertThat(properties.forwardedHeader()).isEqualTo(ForwardedHeader.FORWARDED);
                });
    }

    @Test
    void aMalformedBlockStopsTheStartNamingTheEntryAndWhatIsWrong() {
        runner.withPropertyValues("app.trusted-proxies[0]=10.0.0.0/8", "app.trusted-proxies[1]=10.0.0.0/33")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .hasStackTraceContaining("app.trusted-proxies[1]")
                            .rootCause()
                            .isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("'10.0.0.0/33'")
                            .hasMessageContaining("prefix length must be 0-32");
                });
    }

    @Test
    void aHostNameIsNotAcceptedSinceItWouldNeedALookup() {
        runner.withPropertyValues("app.trusted-proxies=ingress.internal")
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("'ingress.internal' is not a CIDR block"));
    }
}

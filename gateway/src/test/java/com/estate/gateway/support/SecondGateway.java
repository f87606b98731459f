package com.estate.gateway.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.estate.gateway.GatewayApplication;
import com.estate.testsupport.SharedInfrastructure;

/**
 * A second gateway on the test context's database, standing for a restart or another replica: same database,
 * broker, issuer, audience, resident-service stub, administrator password file and log-in allowances as the test
 * context, and key refresh in seconds (1 s), so it follows what the first one does to the stored keys.
 */
public final class SecondGateway implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final WebTestClient client;

    private SecondGateway(ConfigurableApplicationContext context) {
        this.context = context;
        String port = context.getEnvironment().getRequiredProperty("local.server.port");
        this.client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** Starts a gateway configured like {@code first}; {@code extra} arguments override. */
    public static SecondGateway startLike(Environment first, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.mongodb.uri=" + SharedInfrastructure.get().mongoUri(),
                "--spring.mongodb.database=" + first.getRequiredProperty("spring.mongodb.database"),
                "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.get().kafkaBootstrapServers(),
                "--app.security.issuer=" + first.getRequiredProperty("app.security.issuer"),
                "--app.security.audience=" + first.getRequiredProperty("app.security.audience"),
                "--app.services.resident=" + first.getRequiredProperty("app.services.resident"),
                "--app.bootstrap-admin.password-file=" + first.getRequiredProperty("app.bootstrap-admin.password-file"),
                // the test context's allowance for log-ins per username and phone: tests log in as admin often
                "--app.login.account-rate-limit.capacity="
                        + first.getRequiredProperty("app.login.account-rate-limit.capacity"),
                "--app.otp.phone-rate-limit.capacity=" + first.getRequiredProperty("app.otp.phone-rate-limit.capacity"),
                "--app.keys.refresh-interval=1s",
                "--app.keys.activation-delay=5s"));
        args.addAll(List.of(extra));
        return new SecondGateway(new SpringApplicationBuilder(GatewayApplication.class)
                .initializers(SecondGateway::privateNettyResources)
                .run(args.toArray(String[]::new)));
    }

    public WebTestClient client() {
        return client;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * By default every Boot app in a JVM shares Reactor Netty's global event loops and connection pools, and
     * closing one context disposes them, cutting the test context's connections too. The second gateway gets
     * its own.
     */
    private static void privateNettyResources(ConfigurableApplicationContext context) {
        ((GenericApplicationContext) context).registerBean(ReactorResourceFactory.class, () -> {
            ReactorResourceFactory resources = new ReactorResourceFactory();
            resources.setUseGlobalResources(false);
            return resources;
        });
    }
}

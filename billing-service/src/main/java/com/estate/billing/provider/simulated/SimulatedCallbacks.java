package com.estate.billing.provider.simulated;

import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Delivers the simulated provider's callbacks over HTTP, later and on threads of their own, as a provider's
 * servers do: signed, and delivered again with doubling delays while the receiver does not answer 2xx.
 */
@Component
@ConditionalOnProperty(prefix = "app.billing.providers.simulated", name = "enabled", havingValue = "true",
        matchIfMissing = true)
class SimulatedCallbacks {

    private static final Logger log = LoggerFactory.getLogger(SimulatedCallbacks.class);

    private final SimulatedProviderProperties properties;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "simulated-provider-callbacks");
        thread.setDaemon(true);
        return thread;
    });

    SimulatedCallbacks(SimulatedProviderProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends {@code body} to {@code url} after {@code delay}, signed at the moment it leaves. */
    void send(String url, String body, Duration delay) {
        schedule(url, body, delay, 1);
    }

    private void schedule(String url, String body, Duration delay, int attempt) {
        timer.schedule(() -> deliver(url, body, delay, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void deliver(String url, String body, Duration delay, int attempt) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = UUID.randomUUID().toString().replace("-", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(HmacSignature.TIMESTAMP, timestamp)
                .header(HmacSignature.NONCE, nonce)
                .header(HmacSignature.SIGNATURE, HmacSignature.sign(properties.secret(), timestamp, nonce, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                return;
            }
            log.warn("simulated provider: callback answered {} (attempt {})", status, attempt);
        } catch (java.io.IOException e) {
            log.warn("simulated provider: callback not delivered (attempt {}): {}", attempt, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (attempt < properties.callbackAttempts()) {
            schedule(url, body, delay.multipliedBy(2).plusMillis(100), attempt + 1);
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}

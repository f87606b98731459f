package com.estate.gateway.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;

import com.estate.contracts.delivery.TransientFailures;
import com.estate.platform.core.consumer.ConsumerRetryProperties;
import com.estate.platform.core.consumer.ConsumerRetryProperties.WhileTransient;
import com.estate.platform.core.consumer.ListenerErrorHandlers;
import com.estate.platform.events.InvalidEventException;
import com.mongodb.MongoTimeoutException;

import reactor.core.publisher.Mono;

/** The resident listener's error handler driven directly: what it retries, for how long, and how it stops. */
class ResidentEventErrorHandlingTest {

    private static final Duration TINY = Duration.ofMillis(1);

    private final List<ConsumerRecord<?, ?>> deadLettered = new ArrayList<>();
    private final ConsumerRecord<String, String> record = new ConsumerRecord<>("resident.events", 0, 7L, "k", "v");
    @SuppressWarnings("unchecked")
    private final Consumer<String, String> consumer = mock(Consumer.class);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final MessageListenerContainer container = mock(MessageListenerContainer.class);

    ResidentEventErrorHandlingTest() {
        when(container.isRunning()).thenAnswer(invocation -> running.get());
    }

    @Test
    void theDatabaseAwayIsWaitedForWithoutALimitAndAWaitEndsWhenTheContainerStops() {
        DefaultErrorHandler quick = handler(TINY);
        Exception outage = failed(new DataAccessResourceFailureException("down", new MongoTimeoutException("x")));
        for (int attempt = 1; attempt <= 50; attempt++) {
            retried(quick, outage);
        }
        Exception timedOut = failed(timeoutOfOneWrite());
        for (int attempt = 1; attempt <= 20; attempt++) {
            retried(quick, timedOut);
        }

        DefaultErrorHandler slow = handler(Duration.ofSeconds(30));
        CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(() -> running.set(false));
        long started = System.nanoTime();
        retried(slow, outage);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void aMalformedEventIsDeadLetteredAtOnceAndABugAfterTheBoundedRetries() {
        DefaultErrorHandler handler = handler(TINY);
        handler.handleRemaining(failed(new InvalidEventException("record value is not JSON")),
                List.of(record), consumer, container);
        assertThat(deadLettered).containsExactly(record);

        deadLettered.clear();
        Exception bug = failed(new NullPointerException());
        for (int attempt = 1; attempt <= 4; attempt++) {
            retried(handler, bug);
        }
        handler.handleRemaining(bug, List.of(record), consumer, container);
        assertThat(deadLettered).containsExactly(record);
    }

    @Test
    void everyTransientTypeNameIsARealClassHere() throws ClassNotFoundException {
        for (String name : TransientFailures.typeNames()) {
            Class.forName(name, false, getClass().getClassLoader());
        }
    }

    /** What the listener's {@code timeout(...).block()} throws when the database does not answer in time. */
    private static RuntimeException timeoutOfOneWrite() {
        try {
            Mono.never().timeout(Duration.ofMillis(5)).block();
            throw new AssertionError("no timeout");
        } catch (RuntimeException e) {
            return e;
        }
    }

    private void retried(DefaultErrorHandler handler, Exception failure) {
        assertThatThrownBy(() -> handler.handleRemaining(failure, List.of(record), consumer, container))
                .hasMessageContaining("not yet recovered"); // sought back: the record comes again
    }

    private DefaultErrorHandler handler(Duration transientInterval) {
        ConsumerRetryProperties retry = new ConsumerRetryProperties(4, TINY, 2.0, TINY,
                new WhileTransient(transientInterval, 2.0, transientInterval));
        return ListenerErrorHandlers.create((failed, exception) -> deadLettered.add(failed), retry,
                InvalidEventException.class);
    }

    private static Exception failed(Throwable cause) {
        return new ListenerExecutionFailedException("Listener method threw exception", cause);
    }
}

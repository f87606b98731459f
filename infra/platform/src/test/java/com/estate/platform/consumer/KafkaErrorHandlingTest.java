package com.estate.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.estate.contracts.delivery.TransientFailures;
import com.estate.platform.core.consumer.ConsumerRetryProperties;
import com.estate.platform.core.consumer.ConsumerRetryProperties.WhileTransient;
import com.estate.platform.core.consumer.ListenerErrorHandlers;
import com.estate.platform.events.InvalidEventException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.mongodb.TransientMongoDbException;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.converter.ConversionException;
import org.springframework.kafka.support.serializer.DeserializationException;

/** The error handler's decisions, driven directly: how often it retries what, and how fast it lets go on stop. */
class KafkaErrorHandlingTest {

    private static final Duration TINY = Duration.ofMillis(1);

    private final List<ConsumerRecord<?, ?>> deadLettered = new ArrayList<>();
    private final ConsumerRecord<String, String> record = new ConsumerRecord<>("resident.events", 1, 42L, "k", "v");
    @SuppressWarnings("unchecked")
    private final Consumer<String, String> consumer = mock(Consumer.class);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final MessageListenerContainer container = container(running);

    @Test
    void aTransientFailureIsRetriedWithoutALimit() {
        DefaultErrorHandler handler = handler(TINY, TINY);
        Exception outage = failed(new DataAccessResourceFailureException("Timed out", new MongoTimeoutException("x")));
        for (int attempt = 1; attempt <= 50; attempt++) {
            retried(handler, outage);
        }
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void anOtherFailureIsDeadLetteredAfterTheBoundedRetries() {
        DefaultErrorHandler handler = handler(TINY, TINY);
        Exception bug = failed(new IllegalStateException("a bug"));
        for (int attempt = 1; attempt <= 4; attempt++) {
            retried(handler, bug);
        }
        assertThat(deadLettered).isEmpty();
        handler.handleRemaining(bug, List.of(record), consumer, container); // the fifth delivery: given up
        assertThat(deadLettered).containsExactly(record);
    }

    @Test
    void anEventThatCanNeverBeAppliedIsDeadLetteredAtOnce() {
        DefaultErrorHandler handler = handler(TINY, TINY);
        for (Exception never : List.of(failed(new InvalidEventException("no data")),
                new DeserializationException("not JSON", new byte[0], false, new RuntimeException()),
                failed(new ConversionException("cannot convert", new RuntimeException())))) {
            deadLettered.clear();
            handler.handleRemaining(never, List.of(record), consumer, container);
            assertThat(deadLettered).as(never.toString()).containsExactly(record);
        }
    }

    @Test
    void aWaitForTheDatabaseEndsSoonAfterTheContainerIsStopped() throws Exception {
        DefaultErrorHandler handler = handler(Duration.ofSeconds(30), Duration.ofSeconds(30));
        Exception outage = failed(new DataAccessResourceFailureException("down", new MongoTimeoutException("x")));
        CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(() -> running.set(false));

        long started = System.nanoTime();
        retried(handler, outage);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(deadLettered).isEmpty();
        verify(consumer).seek(new TopicPartition("resident.events", 1), 42L);
    }

    @Test
    void theRetryKeysBindWithTheirDefaults() {
        ConsumerRetryProperties defaults = bind(Map.of());
        assertThat(defaults.maxAttempts()).isEqualTo(4);
        assertThat(defaults.maxInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.whileTransient()).isEqualTo(
                new WhileTransient(Duration.ofMillis(500), 2.0, Duration.ofSeconds(30)));

        ConsumerRetryProperties set = bind(Map.of("app.kafka.retry.transient.initial-interval", "100ms",
                "app.kafka.retry.transient.max-interval", "1s"));
        assertThat(set.whileTransient())
                .isEqualTo(new WhileTransient(Duration.ofMillis(100), 2.0, Duration.ofSeconds(1)));
        assertThatThrownBy(() -> bind(Map.of("app.kafka.retry.transient.max-interval", "10m")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    private static ConsumerRetryProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("app.kafka.retry", ConsumerRetryProperties.class);
    }

    @Test
    void theSharedClassificationKnowsTheDatabaseFailuresOfThisStack() {
        assertThat(TransientFailures.isTransient(new DataAccessResourceFailureException("down"))).isTrue();
        assertThat(TransientFailures.isTransient(new QueryTimeoutException("slow"))).isTrue();
        assertThat(TransientFailures.isTransient(new OptimisticLockingFailureException("raced"))).isTrue();
        assertThat(TransientFailures.isTransient(new TransientMongoDbException("label", null))).isTrue();
        assertThat(TransientFailures.isTransient(
                new MongoSocketReadException("reset", new ServerAddress()))).isTrue();
        assertThat(TransientFailures.isTransient(new DuplicateKeyException("E11000"))).isFalse();
        assertThat(TransientFailures.isTransient(new InvalidEventException("no data"))).isFalse();
    }

    @Test
    void everyTransientTypeNameIsARealClass() {
        for (String name : TransientFailures.typeNames()) {
            assertThat(loadable(name)).as(name + " on the services' classpath").isTrue();
        }
    }

    /** One failed delivery that the handler keeps: it seeks back (the record comes again) and says so by throwing. */
    private void retried(DefaultErrorHandler handler, Exception failure) {
        assertThatThrownBy(() -> handler.handleRemaining(failure, List.of(record), consumer, container))
                .hasMessageContaining("not yet recovered");
    }

    private DefaultErrorHandler handler(Duration transientInitial, Duration transientMax) {
        ConsumerRetryProperties retry = new ConsumerRetryProperties(4, TINY, 2.0, TINY,
                new WhileTransient(transientInitial, 2.0, transientMax));
        return ListenerErrorHandlers.create((failed, exception) -> deadLettered.add(failed), retry,
                InvalidEventException.class);
    }

    private static Exception failed(Throwable cause) {
        return new ListenerExecutionFailedException("Listener method threw exception", cause);
    }

    private static MessageListenerContainer container(AtomicBoolean running) {
        MessageListenerContainer container = mock(MessageListenerContainer.class);
        when(container.isRunning()).thenAnswer(invocation -> running.get());
        return container;
    }

    private static boolean loadable(String name) {
        try {
            Class.forName(name, false, KafkaErrorHandlingTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}

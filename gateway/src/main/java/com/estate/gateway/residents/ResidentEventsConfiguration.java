package com.estate.gateway.residents;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;
import com.estate.platform.core.consumer.ConsumerRetryProperties;
import com.estate.platform.core.consumer.ListenerErrorHandlers;
import com.estate.platform.events.InvalidEventException;

/**
 * Failures of the resident-event listener, handled as the services' listeners are ({@link ListenerErrorHandlers},
 * {@code app.kafka.retry.*}): a move-out waits out a database outage instead of being dead-lettered (which would
 * leave the former resident able to log in); malformed records ({@link InvalidEventException}, as in the services) go to {@code <topic>.DLT} at once. The gateway's
 * only listener is the resident one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBuiltInIssuer
@EnableConfigurationProperties(ConsumerRetryProperties.class)
class ResidentEventsConfiguration {

    @Bean
    CommonErrorHandler kafkaErrorHandler(KafkaTemplate<?, ?> template, ConsumerRetryProperties retry) {
        return ListenerErrorHandlers.create(ListenerErrorHandlers.deadLetters(template), retry,
                InvalidEventException.class);
    }
}

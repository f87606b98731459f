package com.estate.gateway.residents;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;
import com.estate.platform.core.consumer.ConsumerRetryProperties;
import com.estate.platform.core.consumer.DeadLetterTemplate;
import com.estate.platform.core.consumer.ListenerErrorHandlers;
import com.estate.platform.events.EventReader;
import com.estate.platform.events.InvalidEventException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Failures of the resident-event listener, handled as the services' listeners are ({@link ListenerErrorHandlers},
 * {@code app.kafka.retry.*}): a move-out waits out a database outage instead of being dead-lettered (which would
 * leave the former resident able to log in); records that break their contract (read by the platform's
 * {@code CloudEventDeserializer}) and events that can never be applied ({@link InvalidEventException}) go to
 * {@code <topic>.DLT} at once, written by the platform's {@link DeadLetterTemplate}, as in the services. The gateway's
 * only listener is the resident one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBuiltInIssuer
@EnableConfigurationProperties(ConsumerRetryProperties.class)
class ResidentEventsConfiguration {

    @Bean
    DeadLetterTemplate deadLetterTemplate(KafkaProperties kafka) {
        return new DeadLetterTemplate(kafka.buildProducerProperties());
    }

    @Bean
    CommonErrorHandler kafkaErrorHandler(DeadLetterTemplate deadLetters, ConsumerRetryProperties retry) {
        return ListenerErrorHandlers.create(ListenerErrorHandlers.deadLetters(deadLetters.template()), retry,
                InvalidEventException.class);
    }

    @Bean
    EventReader residentEventReader() {
        return new EventReader(JsonMapper.builder().build());
    }
}

package com.estate.platform.consumer;

import com.estate.platform.core.consumer.ConsumerRetryProperties;
import com.estate.platform.core.consumer.DeadLetterTemplate;
import com.estate.platform.core.consumer.ListenerErrorHandlers;
import com.estate.platform.events.InvalidEventException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * Listener failures of every service, handled as {@link ListenerErrorHandlers} says (the gateway's the same way);
 * events that break their contract ({@link InvalidEventException}) go to the DLT at once.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(ConsumerRetryProperties.class)
public class KafkaErrorHandlingConfiguration {

    @Bean
    DeadLetterTemplate deadLetterTemplate(KafkaProperties kafka) {
        return new DeadLetterTemplate(kafka.buildProducerProperties());
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaErrorHandler(DeadLetterTemplate deadLetters, ConsumerRetryProperties retry) {
        return ListenerErrorHandlers.create(ListenerErrorHandlers.deadLetters(deadLetters.template()), retry,
                InvalidEventException.class);
    }
}

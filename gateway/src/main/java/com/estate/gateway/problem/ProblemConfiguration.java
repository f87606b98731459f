package com.estate.gateway.problem;

import jakarta.validation.ValidatorFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.CodecConfigurer;
import org.springframework.http.codec.ServerCodecConfigurer;

/** Wires the problem mapper to the application's own validator and body-size limit. */
@Configuration(proxyBeanMethods = false)
class ProblemConfiguration {

    @Bean
    ProblemMapper problemMapper(ObjectProvider<ValidatorFactory> validators,
            ObjectProvider<ServerCodecConfigurer> codecs) {
        // The application's validator honours its message source; Hibernate Validator's default is the fallback.
        ValidatorFactory validator = validators.getIfAvailable();
        FieldMessages fieldMessages = validator != null
                ? new FieldMessages(validator.getMessageInterpolator())
                : FieldMessages.standard();
        return new ProblemMapper(fieldMessages, maxBodyBytes(codecs.getIfAvailable()));
    }

    /** The limit the JSON decoder enforces, for the {@code body-too-large} detail. */
    private static long maxBodyBytes(ServerCodecConfigurer codecs) {
        if (codecs != null && codecs.defaultCodecs() instanceof CodecConfigurer.DefaultCodecConfig config
                && config.maxInMemorySize() != null && config.maxInMemorySize() >= 0) {
            return config.maxInMemorySize();
        }
        return ProblemMapper.DEFAULT_MAX_BODY_BYTES;
    }
}

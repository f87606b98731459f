package com.estate.platform.pii;

import com.estate.platform.core.pii.FieldEncryptor;
import com.estate.platform.core.pii.LookupHasher;
import com.estate.platform.core.pii.MaskedId;
import com.estate.platform.core.pii.MaskedPhone;
import com.estate.platform.core.pii.MaskedValue;
import com.estate.platform.core.pii.PiiProperties;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/**
 * Personal data in every service (infra/ARCHITECTURE.md §9): the field encryptor and lookup hasher from
 * {@code app.pii.*} (the service does not start without their keys, so nothing is ever stored in clear), and the
 * JSON writing of {@link MaskedValue}s by the caller's role.
 */
@AutoConfiguration
@EnableConfigurationProperties(PiiProperties.class)
public class PiiAutoConfiguration {

    @Bean
    FieldEncryptor fieldEncryptor(PiiProperties properties) {
        return new FieldEncryptor(properties);
    }

    @Bean
    LookupHasher lookupHasher(PiiProperties properties) {
        return new LookupHasher(properties);
    }

    /** Picked up by Boot's JSON mapper, so every response, problem and actuator body writes masked values alike. */
    @Bean
    JacksonModule maskedValuesModule(PiiProperties properties) {
        return new SimpleModule("masked-values")
                .addSerializer(MaskedValue.class, new MaskedValueSerializer(new UnmaskedRoles(properties)));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SpringDocUtils.class)
    static class MaskedValuesInOpenApi {

        static {
            // written as strings (MaskedValueSerializer), so documented as strings, not as their Java getters
            SpringDocUtils.getConfig().replaceWithClass(MaskedId.class, String.class)
                    .replaceWithClass(MaskedPhone.class, String.class);
        }
    }
}

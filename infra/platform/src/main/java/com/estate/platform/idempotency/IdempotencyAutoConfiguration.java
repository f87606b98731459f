package com.estate.platform.idempotency;

import com.estate.platform.web.ProblemWriter;
import com.estate.platform.web.WebAutoConfiguration;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** {@code Idempotency-Key} for every {@link IdempotentCommand} (infra/ARCHITECTURE.md §10). */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, WebAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyAutoConfiguration {

    /** After Spring Security's filter chain (order -100): a request without a valid token is never buffered. */
    static final int CAPTURE_FILTER_ORDER = 0;

    @Bean(initMethod = "createIndexes")
    IdempotencyStore idempotencyStore(MongoTemplate mongo, Clock clock, IdempotencyProperties properties) {
        return new IdempotencyStore(mongo, clock, properties);
    }

    @Bean
    FilterRegistrationBean<IdempotencyCaptureFilter> idempotencyCaptureFilter(ProblemWriter problemWriter) {
        var registration = new FilterRegistrationBean<>(new IdempotencyCaptureFilter(problemWriter));
        registration.setOrder(CAPTURE_FILTER_ORDER);
        return registration;
    }

    @Bean
    WebMvcConfigurer idempotencyInterceptorConfigurer(IdempotencyStore store) {
        IdempotencyInterceptor interceptor = new IdempotencyInterceptor(store);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(interceptor);
            }
        };
    }
}

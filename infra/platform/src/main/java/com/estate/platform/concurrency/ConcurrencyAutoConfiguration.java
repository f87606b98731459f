package com.estate.platform.concurrency;

import com.estate.platform.outbox.RevisionCallback;
import com.estate.platform.persistence.Sequences;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Optimistic concurrency on the wire (infra/ARCHITECTURE.md §10): revisions, ETags and If-Match; and the gapless
 * sequences that concurrent writers draw numbers from.
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
public class ConcurrencyAutoConfiguration {

    @Bean
    RevisionCallback revisionCallback() {
        return new RevisionCallback();
    }

    @Bean
    ConditionalSave conditionalSave(MongoTemplate mongo) {
        return new ConditionalSave(mongo);
    }

    /** Gapless numbers (permits, receipts): one counter document per scope. */
    @Bean
    Sequences sequences(MongoTemplate mongo) {
        return new Sequences(mongo);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Web {

        @Bean
        WebMvcConfigurer ifMatchArgumentResolverConfigurer() {
            return new WebMvcConfigurer() {
                @Override
                public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                    resolvers.add(new IfMatchArgumentResolver());
                }
            };
        }
    }
}

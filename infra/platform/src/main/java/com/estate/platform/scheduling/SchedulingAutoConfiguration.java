package com.estate.platform.scheduling;

import java.util.UUID;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs that must run once per period however many replicas of a service run: annotate the
 * {@code @Scheduled} method with {@code @SchedulerLock(name = ..., lockAtLeastFor = ..., lockAtMostFor = ...)}
 * (infra/ARCHITECTURE.md §13). A job that is safe on every replica needs no lock.
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@EnableScheduling
// a job that hangs (or a process that dies holding a lock) holds it for this long at most, unless the job says
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class SchedulingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(LockProvider.class)
    MongoLockProvider lockProvider(MongoTemplate mongo, Environment environment) {
        // this process among the replicas: two replicas may share a host name, never this id
        String instance = environment.getRequiredProperty("spring.application.name") + "@" + UUID.randomUUID();
        return new MongoLockProvider(mongo, instance);
    }
}

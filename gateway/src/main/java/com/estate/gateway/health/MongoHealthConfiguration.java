package com.estate.gateway.health;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import com.estate.platform.core.health.MongoPingHealthIndicator;

/** The gateway's MongoDB health: the platform's ping indicator, run through the reactive driver. */
@Configuration(proxyBeanMethods = false)
class MongoHealthConfiguration {

    /** Bounds one check, so that a database that does not answer makes the probe fail rather than hang. */
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    /** Reported as {@code mongoPing}, like the services' indicator. */
    @Bean
    MongoPingHealthIndicator mongoPingHealthIndicator(ReactiveMongoTemplate mongo) {
        // getMongoDatabase() resolves the configured database without a round trip to the server.
        String database = mongo.getMongoDatabase().map(db -> db.getName()).block(TIMEOUT);
        return new MongoPingHealthIndicator(database, command -> mongo.executeCommand(command).block(TIMEOUT));
    }
}

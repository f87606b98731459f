package com.estate.platform.core.health;

import java.util.function.UnaryOperator;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * MongoDB health by the {@code ping} command, which both real MongoDB and the stand-in answer. Boot's own
 * indicator sends {@code hello}, which the stand-in lacks, so it is turned off
 * ({@code management.health.mongodb.enabled=false}) and this one, reported as {@code mongoPing}, takes its place.
 *
 * <p>It takes the command runner rather than a template so that one class serves both stacks: the services pass
 * {@code MongoTemplate::executeCommand}, the gateway (reactive driver) a runner that blocks with a timeout. The
 * health endpoint of a WebFlux application calls a blocking indicator on a bounded-elastic thread, never on an
 * event loop.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    static final Document PING = new Document("ping", 1);

    private final String database;
    private final UnaryOperator<Document> runCommand;

    /**
     * @param database   the database's name, reported as a detail
     * @param runCommand runs a command against that database and answers its reply (throws when it fails)
     */
    public MongoPingHealthIndicator(String database, UnaryOperator<Document> runCommand) {
        super("MongoDB ping failed");
        this.database = database;
        this.runCommand = runCommand;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = runCommand.apply(PING);
        if (answer == null) {
            // A blocking runner whose reply never came (an empty publisher): no answer is no health.
            builder.down().withDetail("database", database);
            return;
        }
        builder.up().withDetail("database", database).withDetail("ok", answer.get("ok"));
    }
}

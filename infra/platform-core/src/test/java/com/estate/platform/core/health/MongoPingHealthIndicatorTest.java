package com.estate.platform.core.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class MongoPingHealthIndicatorTest {

    @Test
    void upWithTheDatabaseWhenThePingIsAnswered() {
        List<Document> sent = new ArrayList<>();
        Health health = new MongoPingHealthIndicator("estate", command -> {
            sent.add(command);
            return new Document("ok", 1.0);
        }).health();

        assertThat(sent).containsExactly(new Document("ping", 1));
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("database", "estate").containsEntry("ok", 1.0);
    }

    @Test
    void downWhenThePingFails() {
        Health health = new MongoPingHealthIndicator("estate", command -> {
            throw new IllegalStateException("no server");
        }).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void downWhenNoAnswerCame() {
        Health health = new MongoPingHealthIndicator("estate", command -> null).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("database", "estate");
    }
}

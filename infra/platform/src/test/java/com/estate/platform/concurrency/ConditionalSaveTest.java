package com.estate.platform.concurrency;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.testapp.PlatformTestApp;
import com.estate.platform.testapp.Sample;
import com.estate.testsupport.WithSharedInfrastructure;
import com.mongodb.client.model.Updates;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The race between a conditional change and whatever writes the same document between its read and its save, on
 * the MongoDB stand-in: the outbox relay (version only) is retried, a real change (revision) is a 412.
 */
@SpringBootTest(classes = PlatformTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.web.max-body-size=1KB")
@WithSharedInfrastructure
class ConditionalSaveTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ConditionalSave conditionalSave;

    private Sample stored() {
        Sample sample = new Sample();
        sample.id = UUID.randomUUID().toString();
        sample.name = "save-" + sample.id;
        return mongo.insert(sample);
    }

    @Test
    void aVersionBumpedByTheRelayInBetweenIsRetriedAndTheChangeLands() {
        Sample sample = stored();
        AtomicInteger attempts = new AtomicInteger();

        Sample saved = conditionalSave.apply(() -> mongo.findById(sample.id, Sample.class), IfMatch.parse("\"1\""),
                document -> {
                    if (attempts.incrementAndGet() == 1) {
                        // what the relay does when it removes a published event: version + 1, revision untouched
                        mongo.getCollection("samples").updateOne(eq("_id", sample.id), Updates.inc("version", 1L));
                    }
                    document.name = "changed-" + sample.id;
                });

        assertThat(attempts).hasValue(2);
        assertThat(saved.getRevision()).isEqualTo(2);
        Sample read = mongo.findById(sample.id, Sample.class);
        assertThat(read.name).isEqualTo("changed-" + sample.id);
        assertThat(read.getRevision()).isEqualTo(2);
        assertThat(read.getVersion()).isEqualTo(2);
    }

    @Test
    void aRealChangeInBetweenIsAFailedPreconditionNamingTheNewEtag() {
        Sample sample = stored();
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> conditionalSave.apply(() -> mongo.findById(sample.id, Sample.class),
                IfMatch.parse("\"1\""), document -> {
                    if (attempts.incrementAndGet() == 1) {
                        Sample other = mongo.findById(sample.id, Sample.class);
                        other.name = "theirs-" + sample.id;
                        mongo.save(other);
                    }
                    document.name = "mine-" + sample.id;
                }))
                .isInstanceOfSatisfying(PreconditionFailedException.class,
                        e -> assertThat(e.currentEtag()).isEqualTo("\"2\""));

        assertThat(attempts).hasValue(1);
        assertThat(mongo.findById(sample.id, Sample.class).name).isEqualTo("theirs-" + sample.id);
    }
}

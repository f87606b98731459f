package com.estate.resident.custody;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.core.pii.MainlandIdNumbers;
import com.estate.resident.DeskTest;
import com.estate.testsupport.MovableClock;
import com.estate.testsupport.SampleFiles;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestUploads;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * What custody tests start from: a community with a unit, its owner and the signed agreement among the unit's
 * documents; the application clock is movable (one cached context for all custody tests).
 */
@Import(MovableClock.AsApplicationClock.class)
abstract class CustodyDeskTest extends DeskTest {

    protected static final String STARTED = "com.estate.resident.custody.started.v1";
    protected static final String ENDED = "com.estate.resident.custody.ended.v1";
    protected static final String ANOMALY = "com.estate.resident.custody.anomaly-detected.v1";
    protected static final String PATROL_REQUESTED = "com.estate.resident.custody.patrol-requested.v1";

    @Autowired
    protected MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.setOffset(java.time.Duration.ZERO);
    }

    /** A unit of the test's community with its owner and the uploaded agreement, ready for custody. */
    protected record Home(String unitId, String ownerId, String agreementId) {
    }

    protected Home newHome() {
        String unitId = newUnit(communityId, "5", "5-" + ThreadLocalRandom.current().nextInt(100_000));
        return new Home(unitId, newOwner(unitId), upload(unitId, "document", "托管协议.pdf", SampleFiles.pdf()));
    }

    protected String newOwner(String unitId) {
        String first17 = "440308198502" + "%02d".formatted(1 + ThreadLocalRandom.current().nextInt(28))
                + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
        String body = """
                {"communityId":"%s","kind":"PERSON","name":"王芳","phone":"139%08d",
                 "identityDocument":{"type":"MAINLAND_ID","number":"%s"},"unitIds":["%s"],"relation":"OWNER",
                 "since":"2025-06-01"}""".formatted(communityId, ThreadLocalRandom.current().nextInt(100_000_000),
                first17 + MainlandIdNumbers.checkCharacter(first17), unitId);
        Answer created = api.send("POST", "/api/residents", agent, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    protected String upload(String unitId, String kind, String filename, byte[] content) {
        Answer uploaded = new TestUploads(port).upload("/api/units/" + unitId + "/attachments?kind=" + kind, agent,
                filename, "application/octet-stream", content);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json().path("id").asString();
    }

    protected String startBody(Home home, String water, String electricity) {
        return """
                {"unitId":"%s","ownerResidentId":"%s","agreementAttachmentId":"%s",
                 "startReadings":{"water":"%s","electricity":"%s"}}"""
                .formatted(home.unitId(), home.ownerId(), home.agreementId(), water, electricity);
    }

    protected Answer start(Home home, String water, String electricity) {
        return api.send("POST", "/api/custody", agent, startBody(home, water, electricity), "Idempotency-Key",
                UUID.randomUUID().toString());
    }

    protected Answer started(Home home) {
        Answer started = start(home, "100.0", "2000.0");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started;
    }

    protected Answer read(String custodyId, String etag, String water, String electricity) {
        return api.send("POST", "/api/custody/" + custodyId + "/readings", agent,
                "{\"water\":\"" + water + "\",\"electricity\":\"" + electricity + "\"}", "If-Match", etag);
    }

    protected String unitStatus(String unitId) {
        return api.send("GET", "/api/units/" + unitId, agent, null).json().path("status").asString();
    }
}

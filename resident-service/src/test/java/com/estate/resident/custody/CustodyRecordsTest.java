package com.estate.resident.custody;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.consumer.DerivedIds;
import com.estate.testsupport.Scenario;
import com.estate.testsupport.TestHttp.Answer;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Custody from start to end through real HTTP: the unit's status, readings and anomalies, the events for billing. */
class CustodyRecordsTest extends CustodyDeskTest {

    record Started(String custodyId, String communityId, String unitId, String ownerResidentId, String startedOn,
            String timeZone, Readings startReadings, String replacedStatus) {
    }

    record Readings(String water, String electricity) {
    }

    record Ended(String custodyId, String unitId, String startedOn, String endedOn, String restoredStatus) {
    }

    record Exceeded(String meter, String unit, String start, String reading, String increase, String threshold) {
    }

    record Anomaly(String custodyId, String unitId, String readingId, List<Exceeded> exceeded) {
    }

    @Test
    void startingPutsTheUnitInCustodyAndTellsBillingTheDay() {
        Home home = newHome();
        AtomicReference<Answer> answer = new AtomicReference<>();
        // what the client says of status, ids and audit fields is not its to set
        String body = startBody(home, "100.50", "2000").replace("{", "{\"status\":\"ENDED\",\"id\":\"mine\","
                + "\"communityId\":\"elsewhere\",\"startedBy\":\"someone\",\"anomalyDetected\":true,");

        var event = new Scenario(kafka)
                .stimulate(() -> answer.set(api.send("POST", "/api/custody", agent, body, "Idempotency-Key",
                        UUID.randomUUID().toString())))
                .andWaitForEvent("resident.events", STARTED, Started.class)
                .matching(started -> started.unitId().equals(home.unitId()))
                .toArrive();

        Answer created = answer.get();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String custodyId = created.json().path("id").asString();
        assertThat(custodyId).isNotEqualTo("mine");
        assertThat(created.header("Location")).isEqualTo("/api/custody/" + custodyId);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        String todayInShanghai = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
        assertThat(event.data()).isEqualTo(new Started(custodyId, communityId, home.unitId(), home.ownerId(),
                todayInShanghai, "Asia/Shanghai", new Readings("100.5", "2000"), "VACANT"));
        assertThat(event.id()).isEqualTo(DerivedIds.of("custody-started", custodyId));
        assertThat(event.record().key()).isEqualTo(custodyId);

        JsonNode custody = api.send("GET", "/api/custody/" + custodyId, agent, null).json();
        assertThat(custody.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(custody.path("communityId").asString()).isEqualTo(communityId);
        assertThat(custody.path("startedBy").asString()).isNotEqualTo("someone");
        assertThat(custody.path("anomalyDetected").asBoolean()).isFalse();
        assertThat(custody.path("replacedStatus").asString()).isEqualTo("VACANT");
        assertThat(unitStatus(home.unitId())).isEqualTo("IN_CUSTODY");

        // one active custody per unit
        assertProblem(start(home, "100.5", "2000"), 409, "custody-active");
    }

    @Test
    void aReadingOverTheThresholdIsAnAnomalyOncePerReadingAndExactlyAtItIsNot() {
        Home home = newHome();
        Answer started = started(home);
        String custodyId = started.json().path("id").asString();

        // +5 m³ and +20 kWh exactly: within
        Answer within = read(custodyId, started.header("ETag"), "105.000", "2020");
        assertThat(within.status()).as(within.body()).isEqualTo(200);
        assertThat(within.header("ETag")).isEqualTo("\"2\"");
        assertThat(within.json().path("anomalyDetected").asBoolean()).isFalse();
        assertThat(within.json().path("readings").get(0).path("thresholds").path("water").asString()).isEqualTo("5");

        AtomicReference<Answer> over = new AtomicReference<>();
        var event = new Scenario(kafka)
                .stimulate(() -> over.set(read(custodyId, "\"2\"", "105.001", "2020.5")))
                .andWaitForEvent("resident.events", ANOMALY, Anomaly.class)
                .matching(anomaly -> anomaly.custodyId().equals(custodyId))
                .toArrive();
        assertThat(over.get().status()).as(over.get().body()).isEqualTo(200);
        JsonNode reading = over.get().json().path("readings").get(1);
        assertThat(reading.path("anomaly").asBoolean()).isTrue();
        assertThat(over.get().json().path("anomalyDetected").asBoolean()).isTrue();
        String readingId = reading.path("id").asString();
        assertThat(event.data()).isEqualTo(new Anomaly(custodyId, home.unitId(), readingId, List.of(
                new Exceeded("WATER", "m3", "100", "105.001", "5.001", "5"),
                new Exceeded("ELECTRICITY", "kWh", "2000", "2020.5", "20.5", "20"))));
        assertThat(event.id()).isEqualTo(DerivedIds.of("custody-anomaly", readingId));

        // the next reading over it again is another anomaly, of its own
        var again = new Scenario(kafka)
                .stimulate(() -> assertThat(read(custodyId, "\"3\"", "106", "2020.5").status()).isEqualTo(200))
                .andWaitForEvent("resident.events", ANOMALY, Anomaly.class)
                .matching(anomaly -> anomaly.custodyId().equals(custodyId))
                .toArrive();
        assertThat(again.data().readingId()).isNotEqualTo(readingId);
        assertThat(again.data().exceeded()).extracting(Exceeded::meter).containsExactly("WATER", "ELECTRICITY");
    }

    @Test
    void readingsAreDecimalStringsThatNeverGoBack() {
        Home home = newHome();
        Answer started = started(home);
        String custodyId = started.json().path("id").asString();
        String etag = started.header("ETag");

        assertProblem(api.send("POST", "/api/custody/" + custodyId + "/readings", agent,
                "{\"water\":\"101\",\"electricity\":\"2001\"}"), 428, "precondition-required");
        assertProblem(read(custodyId, etag, "1e3", "2001"), 400, "validation");
        assertProblem(read(custodyId, etag, "-1", "2001"), 400, "validation");
        assertProblem(read(custodyId, etag, "99.9", "2001"), 422, "custody-reading-decreased");
        assertProblem(api.send("POST", "/api/custody/" + custodyId + "/readings", agent,
                "{\"water\":\"101\",\"electricity\":\"2001\",\"readOn\":\"2999-01-01\"}", "If-Match", etag), 422,
                "custody-day-out-of-range");
        assertProblem(api.send("POST", "/api/custody/" + custodyId + "/readings", agent,
                "{\"water\":\"101\",\"electricity\":\"2001\",\"readOn\":\"yesterday\"}", "If-Match", etag), 400,
                "validation");
        assertThat(read(custodyId, etag, "101", "2001").status()).isEqualTo(200);
        assertProblem(read(custodyId, etag, "102", "2002"), 412, "precondition-failed");
    }

    @Test
    void endingPutsTheUnitBackAndTellsBillingTheLastDay() {
        Home home = newHome();
        Answer started = started(home);
        String custodyId = started.json().path("id").asString();
        assertThat(unitStatus(home.unitId())).isEqualTo("IN_CUSTODY");

        AtomicReference<Answer> answer = new AtomicReference<>();
        var event = new Scenario(kafka)
                .stimulate(() -> answer.set(api.send("POST", "/api/custody/" + custodyId + "/end", agent, "{}",
                        "If-Match", started.header("ETag"))))
                .andWaitForEvent("resident.events", ENDED, Ended.class)
                .matching(ended -> ended.custodyId().equals(custodyId))
                .toArrive();

        assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(200);
        String today = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
        assertThat(event.data()).isEqualTo(new Ended(custodyId, home.unitId(), today, today, "VACANT"));
        assertThat(event.id()).isEqualTo(DerivedIds.of("custody-ended", custodyId));
        assertThat(answer.get().json().path("status").asString()).isEqualTo("ENDED");
        assertThat(unitStatus(home.unitId())).isEqualTo("VACANT");

        String etag = answer.get().header("ETag");
        assertProblem(api.send("POST", "/api/custody/" + custodyId + "/end", agent, "{}", "If-Match", etag), 409,
                "custody-ended");
        assertProblem(read(custodyId, etag, "101", "2001"), 409, "custody-ended");
        // and the unit can be put in custody again
        assertThat(start(home, "101", "2001").status()).isEqualTo(201);
    }

    @Test
    void custodyNeedsTheOwnersSignatureOnAnAgreementOfTheUnit() {
        Home home = newHome();
        Home other = newHome();

        assertProblem(start(new Home(home.unitId(), other.ownerId(), home.agreementId()), "1", "1"), 422,
                "custody-owner-required");
        assertProblem(start(new Home(home.unitId(), home.ownerId(), other.agreementId()), "1", "1"), 422,
                "custody-agreement-unknown");
        String photo = upload(home.unitId(), "photo", "门口.png", com.estate.testsupport.SampleFiles.png());
        assertProblem(start(new Home(home.unitId(), home.ownerId(), photo), "1", "1"), 422,
                "custody-agreement-unknown");
        assertProblem(api.send("POST", "/api/custody", agent, startBody(home, "1", "1")
                .replace("\"startReadings\"", "\"startedOn\":\"2999-01-01\",\"startReadings\""),
                "Idempotency-Key", UUID.randomUUID().toString()), 422, "custody-day-in-future");
        assertProblem(api.send("POST", "/api/custody", agent, "{\"unitId\":\"" + home.unitId() + "\"}"), 400,
                "validation");
        assertProblem(start(new Home(UUID.randomUUID().toString(), home.ownerId(), home.agreementId()), "1", "1"),
                404, "not-found");
        assertThat(unitStatus(home.unitId())).isEqualTo("VACANT");
    }
}

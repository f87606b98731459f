package com.estate.workorder.duty;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.contracts.ContractValidator;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.TestHttp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HandoverFlowTest extends DutyDeskTest {

    private final ContractValidator validator = new ContractValidator();
    private final ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    private final LocalDate night = LocalDate.now(shanghai).minusDays(2);

    @BeforeEach
    void rosterTheNightAndTheMorning() {
        assign(night, "NIGHT", technicianId);
        assign(night.plusDays(1), "DAY", agentId);
    }

    private String logAt(int hour, String content) {
        LocalDate date = hour < 12 ? night.plusDays(1) : night;
        TestHttp.Answer logged = api.send("POST", "/api/duty/log", technician, "{\"communityId\":\"" + communityId
                + "\",\"occurredAt\":\"" + ZonedDateTime.of(date.atTime(hour, 0), shanghai).toOffsetDateTime()
                + "\",\"channel\":\"CALL\",\"unitId\":\"u-1\",\"content\":\"" + content + "\"}");
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        return logged.json().path("id").asString();
    }

    private TestHttp.Answer write(String token, String incoming) {
        return api.send("POST", "/api/duty/handovers", token, "{\"communityId\":\"" + communityId
                + "\",\"shiftDate\":\"" + night + "\",\"shiftKind\":\"NIGHT\",\"incomingStaffId\":\"" + incoming
                + "\",\"matters\":[{\"kind\":\"REPAIR\",\"description\":\"5-302 漏水，已关阀，明早维修\"},"
                + "{\"kind\":\"MAJOR_EVENT\",\"description\":\"02:00 停电 40 分钟\"}],"
                + "\"tools\":[{\"item\":\"对讲机\",\"holder\":\"值班室\"},{\"item\":\"机房钥匙\",\"holder\":\"" + incoming
                + "\"}],\"status\":\"ACCEPTED\"}", "Idempotency-Key", UUID.randomUUID().toString());
    }

    @Test
    void everyNightEntryIsConvertedBeforeTheMorningAcceptsAndOnlyThenIsTheNightReleased() {
        String leak = logAt(23, "5-302 厨房漏水");
        String noise = logAt(2, "装修噪音投诉");
        String question = logAt(6, "询问停水时间");
        TestHttp.Answer written = write(technician, agentId);
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        assertThat(written.json().path("status").asString()).isEqualTo("OPEN");
        assertThat(written.json().path("unresolved").asInt()).isEqualTo(3);
        assertThat(written.json().path("incomingShift").path("kind").asString()).isEqualTo("DAY");
        String handover = "/api/duty/handovers/" + written.json().path("id").asString();

        assertProblem(api.send("POST", handover + "/release", technician, null, "If-Match", written.header("ETag")),
                409, "handover-not-accepted");
        assertProblem(api.send("POST", handover + "/accept", agent, null, "If-Match", written.header("ETag")), 409,
                "handover-unresolved");
        assertProblem(api.send("POST", handover + "/accept", technician, null, "If-Match", written.header("ETag")),
                403, "forbidden");

        route(leak, "{\"resolution\":\"WORK_ORDER\",\"category\":\"leak\"}");
        route(noise, "{\"resolution\":\"COMPLAINT\"}");
        route(question, "{\"resolution\":\"CLOSED\",\"reason\":\"已答复：明日 9:00-12:00 停水\"}");
        TestHttp.Answer current = api.send("GET", handover, agent, null);
        assertThat(current.json().path("unresolved").asInt()).isZero();
        TestHttp.Answer accepted = api.send("POST", handover + "/accept", agent, null, "If-Match",
                current.header("ETag"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("status").asString()).isEqualTo("ACCEPTED");
        TestHttp.Answer released = api.send("POST", handover + "/release", technician, null, "If-Match",
                accepted.header("ETag"));
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.json().path("status").asString()).isEqualTo("RELEASED");

        String handoverId = written.json().path("id").asString();
        ConsumerRecord<String, String> record = kafka.await("workorder.events",
                r -> r.value().contains("handover.completed") && handoverId.equals(KafkaTestClient.data(r)
                        .path("handoverId").asString()), Duration.ofSeconds(30));
        assertThat(validator.violations(record.value())).isEmpty();
        JsonNode data = KafkaTestClient.data(record);
        assertThat(data.path("outgoingStaffId").asString()).isEqualTo(technicianId);
        assertThat(data.path("incomingStaffId").asString()).isEqualTo(agentId);
        assertThat(data.path("entries").size()).isEqualTo(3);
        assertThat(data.path("openMatters").path("REPAIR").asInt()).isEqualTo(1);
        assertThat(data.path("openMatters").path("MAJOR_EVENT").asInt()).isEqualTo(1);
        assertThat(data.path("tools").asInt()).isEqualTo(2);
        assertThat(record.value()).doesNotContain("漏水");
    }

    @Test
    void theOutgoingPersonCorrectsTheWritingUntilItIsAccepted() {
        TestHttp.Answer written = write(technician, agentId);
        String handover = "/api/duty/handovers/" + written.json().path("id").asString();
        String body = "{\"matters\":[{\"kind\":\"COMPLAINT\",\"description\":\"3-101 投诉停车\"}],\"tools\":[]}";
        assertProblem(api.send("PATCH", handover, agent, body, "If-Match", written.header("ETag")), 403, "forbidden");
        TestHttp.Answer rewritten = api.send("PATCH", handover, technician, body, "If-Match", written.header("ETag"));
        assertThat(rewritten.status()).as(rewritten.body()).isEqualTo(200);
        assertThat(rewritten.json().path("matters").get(0).path("kind").asString()).isEqualTo("COMPLAINT");
        assertProblem(api.send("PATCH", handover, technician, body, "If-Match", written.header("ETag")), 412,
                "precondition-failed");
        TestHttp.Answer accepted = api.send("POST", handover + "/accept", agent, null, "If-Match",
                rewritten.header("ETag"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertProblem(api.send("PATCH", handover, technician, body, "If-Match", accepted.header("ETag")), 409,
                "handover-state");
    }

    @Test
    void aHandoverIsWrittenOncePerShiftByItsOutgoingPersonToTheNextShifts() {
        assertProblem(write(agent, agentId), 422, "duty-not-on-shift");
        assertProblem(write(technician, "someone-not-on-the-roster"), 422, "duty-not-on-shift");
        assertThat(write(technician, agentId).status()).isEqualTo(201);
        assertProblem(write(technician, agentId), 409, "handover-exists");
        assertProblem(write(staff("sec", "SECURITY", communityId), agentId), 403, "forbidden");
        String otherTechnician = staff("tech", "TECHNICIAN", UUID.randomUUID().toString());
        assertProblem(write(otherTechnician, agentId), 404, "not-found");
        assertProblem(api.send("GET", "/api/duty/handovers/" + UUID.randomUUID(), supervisor, null), 404,
                "not-found");
    }

    private void route(String entryId, String body) {
        TestHttp.Answer entry = api.send("GET", "/api/duty/log/" + entryId, agent, null);
        TestHttp.Answer routed = api.send("POST", "/api/duty/log/" + entryId + "/route", agent, body, "If-Match",
                entry.header("ETag"));
        assertThat(routed.status()).as(routed.body()).isEqualTo(200);
    }
}

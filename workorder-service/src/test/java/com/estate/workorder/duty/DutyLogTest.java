package com.estate.workorder.duty;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.contracts.ContractValidator;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DutyLogTest extends DutyDeskTest {

    private static final String PHONE = "13812345678";
    private final ContractValidator validator = new ContractValidator();
    private final LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
    private final String lastNight = ZonedDateTime.of(yesterday.atTime(23, 10), ZoneId.of("Asia/Shanghai"))
            .toOffsetDateTime().toString();

    private TestHttp.Answer log(String token, String extra) {
        return api.send("POST", "/api/duty/log", token, "{\"communityId\":\"" + communityId + "\",\"occurredAt\":\""
                + lastNight + "\",\"channel\":\"CALL\",\"callerName\":\"王先生\",\"callerPhone\":\"" + PHONE
                + "\",\"unitId\":\"u-301\",\"content\":\"楼上噪音扰民，住户电话 " + PHONE + "\",\"actionTaken\":\"已致电楼上住户\""
                + extra + "}", "Idempotency-Key", UUID.randomUUID().toString());
    }

    @Test
    void anEntryIsLoggedInTheShiftRunningWhenItHappenedWithThePhoneMaskedForTheDesk() {
        TestHttp.Answer logged = log(technician, "");
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        assertThat(logged.json().path("shift").path("kind").asString()).isEqualTo("NIGHT");
        assertThat(logged.json().path("shift").path("date").asString()).isEqualTo(yesterday.toString());
        assertThat(logged.json().path("callerPhone").asString()).isEqualTo("138****5678");
        assertThat(logged.json().path("open").asBoolean()).isTrue();
        assertThat(logged.json().path("recordedBy").asString()).isEqualTo(technicianId);
        String id = logged.json().path("id").asString();
        assertThat(api.send("GET", "/api/duty/log/" + id, supervisor, null).json().path("callerPhone").asString())
                .isEqualTo(PHONE);
        TestHttp.Answer sheet = api.send("GET", "/api/duty/log?communityId=" + communityId + "&date=" + yesterday
                + "&shift=NIGHT", agent, null);
        assertThat(sheet.json().size()).as(sheet.body()).isEqualTo(1);
        assertThat(sheet.json().get(0).path("id").asString()).isEqualTo(id);
    }

    @Test
    void anEntryRoutedToComplaintsIsPublishedOnceWithoutThePhone() {
        TestHttp.Answer logged = log(technician, "");
        String id = logged.json().path("id").asString();
        TestHttp.Answer routed = api.send("POST", "/api/duty/log/" + id + "/route", agent,
                "{\"resolution\":\"COMPLAINT\"}", "If-Match", logged.header("ETag"));
        assertThat(routed.status()).as(routed.body()).isEqualTo(200);
        assertThat(routed.json().path("routing").path("resolution").asString()).isEqualTo("COMPLAINT");
        assertProblem(api.send("POST", "/api/duty/log/" + id + "/route", agent, "{\"resolution\":\"INQUIRY\"}",
                "If-Match", routed.header("ETag")), 409, "duty-entry-resolved");

        ConsumerRecord<String, String> record = kafka.await("workorder.events",
                r -> r.value().contains("dutylog.routed-to-complaint") && id.equals(KafkaTestClient.data(r)
                        .path("entryId").asString()), Duration.ofSeconds(30));
        assertThat(validator.violations(record.value())).isEmpty();
        assertThat(record.key()).isEqualTo(id);
        assertThat(record.value()).doesNotContain(PHONE).doesNotContain("王先生");
        JsonNode data = KafkaTestClient.data(record);
        assertThat(data.path("communityId").asString()).isEqualTo(communityId);
        assertThat(data.path("unitId").asString()).isEqualTo("u-301");
        assertThat(data.path("channel").asString()).isEqualTo("call");
        assertThat(data.path("summary").asString()).contains("楼上噪音扰民").contains("138****5678");
        assertThat(data.path("shift").path("kind").asString()).isEqualTo("NIGHT");
        assertThat(data.path("routedBy").asString()).isEqualTo(agentId);
    }

    @Test
    void aRepairCallGetsOneWorkOrderAtOnce() {
        TestHttp.Answer logged = log(agent, ",\"route\":{\"resolution\":\"WORK_ORDER\",\"category\":\"plumbing\"}");
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        assertThat(logged.json().path("routing").path("resolution").asString()).isEqualTo("WORK_ORDER");
        String orderId = logged.json().path("routing").path("workOrderId").asString();
        assertThat(orderId).isNotBlank();
        ConsumerRecord<String, String> opened = kafka.await("workorder.events",
                r -> r.value().contains("order.status-changed") && orderId.equals(KafkaTestClient.data(r)
                        .path("orderId").asString()), Duration.ofSeconds(30));
        JsonNode data = KafkaTestClient.data(opened);
        assertThat(data.path("origin").path("kind").asString()).isEqualTo("duty-log");
        assertThat(data.path("origin").path("id").asString()).isEqualTo(logged.json().path("id").asString());
        assertThat(data.path("channel").asString()).isEqualTo("DUTY_LOG");
    }

    @Test
    void anInquiryIsAnsweredOnTheSpotAndAClosingNeedsAReason() {
        TestHttp.Answer inquiry = log(agent, ",\"route\":{\"resolution\":\"INQUIRY\"}");
        assertThat(inquiry.json().path("routing").path("resolution").asString()).isEqualTo("INQUIRY");
        TestHttp.Answer logged = log(agent, "");
        String id = logged.json().path("id").asString();
        assertProblem(api.send("POST", "/api/duty/log/" + id + "/route", agent, "{\"resolution\":\"CLOSED\"}",
                "If-Match", logged.header("ETag")), 422, "duty-entry-close-reason");
        assertProblem(api.send("POST", "/api/duty/log/" + id + "/route", agent, "{\"resolution\":\"WORK_ORDER\"}",
                "If-Match", logged.header("ETag")), 400, "validation");
        assertProblem(api.send("POST", "/api/duty/log/" + id + "/route", agent, "{\"resolution\":\"CLOSED\"}"), 428,
                "precondition-required");
        TestHttp.Answer closed = api.send("POST", "/api/duty/log/" + id + "/route", agent,
                "{\"resolution\":\"CLOSED\",\"reason\":\"住户来电取消\"}", "If-Match", logged.header("ETag"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    }

    @Test
    void theLogIsWrittenByThoseOnDutyInTheirCommunitiesAndReadByItsStaff() {
        String id = log(technician, "").json().path("id").asString();
        String otherTechnician = staff("tech", "TECHNICIAN", UUID.randomUUID().toString());
        assertProblem(log(otherTechnician, ""), 404, "not-found");
        assertProblem(api.send("GET", "/api/duty/log/" + id, otherTechnician, null), 404, "not-found");
        assertProblem(log(staff("sec", "SECURITY", communityId), ""), 403, "forbidden");
        assertProblem(log(staff("fin", "FINANCE", communityId), ""), 403, "forbidden");
        String resident = TestTokens.get().resident("r-" + UUID.randomUUID(), communityId, "u-301");
        assertProblem(log(resident, ""), 403, "forbidden");
        assertProblem(api.send("GET", "/api/duty/log/" + id, resident, null), 403, "forbidden");
        assertThat(api.send("GET", "/api/duty/log/" + id, staff("dir", "DIRECTOR", communityId), null).status())
                .isEqualTo(200);
        assertProblem(api.send("GET", "/api/duty/log/not-an-id", supervisor, null), 404, "not-found");
    }

    @Test
    void badEntriesAreProblems() {
        assertProblem(api.send("POST", "/api/duty/log", agent, "{\"communityId\":\"" + communityId
                + "\",\"channel\":\"CALL\",\"callerPhone\":\"12345\",\"content\":\"x\"}"), 400, "validation");
        assertProblem(api.send("POST", "/api/duty/log", agent, "{\"communityId\":\"" + communityId
                + "\",\"channel\":\"CALL\",\"content\":\"\"}"), 400, "validation");
        String tomorrow = ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toOffsetDateTime().toString();
        assertProblem(api.send("POST", "/api/duty/log", agent, "{\"communityId\":\"" + communityId
                + "\",\"occurredAt\":\"" + tomorrow + "\",\"channel\":\"VISIT\",\"content\":\"x\"}"), 422,
                "duty-entry-in-future");
    }
}

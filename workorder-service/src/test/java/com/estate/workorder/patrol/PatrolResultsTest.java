package com.estate.workorder.patrol;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.contracts.ContractValidator;
import com.estate.contracts.identity.Role;
import com.estate.platform.attachment.Attachments;
import com.estate.platform.security.Caller;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.SampleFiles;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.TestUploads;
import com.estate.workorder.desk.DeskTest;
import com.estate.workorder.order.WorkOrderFiles;
import com.estate.workorder.patrol.domain.PatrolTask;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A custody patrol's result goes back to resident-service as {@code patrol.completed} (checked against its contract);
 * patrols take photos as work orders do, and a problem's photos go with the work order it opens.
 */
class PatrolResultsTest extends DeskTest {

    private static final String CHECKS = "[{\"code\":\"doors-windows\",\"ok\":true},"
            + "{\"code\":\"leaks\",\"ok\":false,\"note\":\"阳台窗台渗水，业主电话13812345678\"},"
            + "{\"code\":\"meters\",\"ok\":true},{\"code\":\"surroundings\",\"ok\":true}]";

    private final ContractValidator validator = new ContractValidator();

    @Autowired
    private WorkOrderFiles orderFiles;

    @Autowired
    private PatrolFiles patrolFiles;

    @Autowired
    private PatrolTasks tasks;

    private TestUploads uploads;
    private String technicianId;
    private String technician;
    private String custodyId;
    private String requestId;
    private String patrolledUnit;

    @BeforeEach
    void patroller() {
        uploads = new TestUploads(port);
        technicianId = "tech-" + UUID.randomUUID();
        technician = staff(technicianId, "TECHNICIAN");
    }

    private String custodyPatrol() {
        custodyId = UUID.randomUUID().toString();
        requestId = UUID.randomUUID().toString();
        patrolledUnit = UUID.randomUUID().toString();
        events.custodyPatrolRequested(requestId, custodyId, communityId, patrolledUnit, "WEEKLY", null,
                Instant.now().plusSeconds(86_400));
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            found[0] = api.send("GET", "/api/patrols?communityId=" + communityId, agent, null).json();
            return found[0].path("total").asInt() == 1;
        });
        return found[0].path("items").get(0).path("id").asString();
    }

    private String photo(String taskId, String token, byte[] content) {
        return expect(201, uploads.upload("/api/patrols/" + taskId + "/attachments?kind=photo", token, "窗台.jpg",
                "image/jpeg", content)).json().path("id").asString();
    }

    private Answer record(String taskId, String body) {
        String etag = api.send("GET", "/api/patrols/" + taskId, agent, null).header("ETag");
        return api.send("POST", "/api/patrols/" + taskId + "/result", technician, body, "If-Match", etag);
    }

    @Test
    void aCustodyPatrolsResultGoesBackToItsCustodyWithTheProblemsPhotosOnItsOrder() {
        String taskId = custodyPatrol();
        String overall = photo(taskId, technician, SampleFiles.jpeg());
        String ofProblem = photo(taskId, technician, SampleFiles.png());

        Answer recorded = expect(200, record(taskId, "{\"checks\":" + CHECKS + ",\"findings\":\"外窗渗水，已联系 "
                + "13812345678\",\"photoIds\":[\"" + overall + "\"],\"problems\":[{\"category\":\"leak\","
                + "\"description\":\"阳台窗台渗水\",\"photoIds\":[\"" + ofProblem + "\"]}]}"));
        String orderId = recorded.json().path("result").path("orderIds").get(0).asString();
        assertThat(recorded.json().path("result").path("photoIds")).extracting(JsonNode::asString)
                .containsExactly(overall);

        ConsumerRecord<String, String> completed = kafka.await("workorder.events",
                r -> taskId.equals(r.key()) && r.value().contains("com.estate.workorder.patrol.completed.v1"),
                Duration.ofSeconds(30));
        assertThat(validator.violations(completed.value())).isEmpty();
        JsonNode data = KafkaTestClient.data(completed);
        assertThat(data.path("patrolId").asString()).isEqualTo(taskId);
        assertThat(data.path("kind").asString()).isEqualTo("CUSTODY_WEEKLY");
        assertThat(data.path("custodyId").asString()).isEqualTo(custodyId);
        assertThat(data.path("requestId").asString()).isEqualTo(requestId);
        assertThat(data.path("unitId").asString()).isEqualTo(patrolledUnit);
        assertThat(data.path("communityId").asString()).isEqualTo(communityId);
        assertThat(data.path("recordedBy").asString()).isEqualTo(technicianId);
        assertThat(data.path("problemsFound").asBoolean()).isTrue();
        assertThat(data.path("orderIds")).extracting(JsonNode::asString).containsExactly(orderId);
        assertThat(data.path("photos").asInt()).isEqualTo(2);
        assertThat(data.path("checks")).hasSize(4);
        assertThat(completed.value()).as("no phone number leaves the service").doesNotContain("13812345678")
                .contains("138****5678");

        JsonNode orderPhotos = expect(200, api.send("GET", "/api/work-orders/" + orderId + "/attachments", agent,
                null)).json();
        assertThat(orderPhotos).hasSize(1);
        String copy = orderPhotos.get(0).path("id").asString();
        assertThat(copy).isNotEqualTo(ofProblem);
        TestUploads.Download downloaded = uploads.download("/api/work-orders/" + orderId + "/attachments/" + copy,
                agent);
        assertThat(downloaded.status()).isEqualTo(200);
        assertThat(downloaded.sha256()).isEqualTo(SampleFiles.sha256(SampleFiles.png()));
        assertThat(uploads.download("/api/patrols/" + taskId + "/attachments/" + overall, agent).sha256())
                .isEqualTo(SampleFiles.sha256(SampleFiles.jpeg()));
    }

    @Test
    void aPhotoIsCarriedOverToAnOrderOnceHoweverOftenAsked() {
        String taskId = custodyPatrol();
        String ofProblem = photo(taskId, technician, SampleFiles.png());
        String orderId = expect(200, record(taskId, "{\"checks\":" + CHECKS + ",\"problems\":[{\"category\":"
                + "\"leak\",\"description\":\"阳台窗台渗水\",\"photoIds\":[\"" + ofProblem + "\"]}]}")).json()
                .path("result").path("orderIds").get(0).asString();
        PatrolTask task = tasks.visibleTo(new Caller(technicianId, Set.of(Role.TECHNICIAN),
                Set.of(communityId), null, Set.of()), taskId).value();

        Attachments.Download again = patrolFiles.download(task, ofProblem);
        var entry = orderFiles.carryOver(orderId, communityId, again, technicianId);

        assertThat(orderFiles.list(orderId)).hasSize(1).first().isEqualTo(entry);
        assertThat(entry.copiedFrom()).isEqualTo(ofProblem);
    }

    @Test
    void aResultNamesOnlyThePatrolsOwnPhotosAndOnlyPatrollersUpload() {
        String taskId = custodyPatrol();
        String otherTask = expect(201, api.send("POST", "/api/patrols", agent, "{\"communityId\":\"" + communityId
                + "\",\"area\":\"大堂\",\"dueBy\":\"2026-07-10T18:00:00+08:00\"}", "Idempotency-Key", key())).json()
                .path("id").asString();
        String foreign = photo(otherTask, agent, SampleFiles.jpeg());

        assertProblem(record(taskId, "{\"checks\":" + CHECKS + ",\"photoIds\":[\"" + foreign + "\"]}"), 422,
                "patrol-photo-unknown");
        assertProblem(record(taskId, "{\"checks\":" + CHECKS + ",\"problems\":[{\"category\":\"leak\","
                + "\"description\":\"渗水\",\"photoIds\":[\"" + foreign + "\"]}]}"), 422, "patrol-photo-unknown");
        assertThat(api.send("GET", "/api/patrols/" + taskId, agent, null).json().path("status").asString())
                .isEqualTo("SCHEDULED");
        assertThat(uploads.download("/api/patrols/" + taskId + "/attachments/" + foreign, agent).status())
                .as("a photo of another patrol").isEqualTo(404);

        String resident = residentOf(patrolledUnit);
        assertThat(uploads.upload("/api/patrols/" + taskId + "/attachments?kind=photo", resident, "x.jpg",
                "image/jpeg", SampleFiles.jpeg()).status()).isEqualTo(403);
        String elsewhere = TestTokens.get().staff("TECHNICIAN", UUID.randomUUID().toString());
        assertThat(uploads.upload("/api/patrols/" + taskId + "/attachments?kind=photo", elsewhere, "x.jpg",
                "image/jpeg", SampleFiles.jpeg()).status()).isEqualTo(404);
        assertThat(uploads.upload("/api/patrols/" + taskId + "/attachments?kind=photo", technician, "x.txt",
                "text/plain", SampleFiles.text()).status()).isEqualTo(415);
        assertThat(api.send("GET", "/api/patrols/" + taskId + "/attachments", agent, null).json()).isEmpty();
    }
}

package com.estate.activity.notification;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.activity.notification.persistence.InboxDocument;
import com.estate.activity.notification.persistence.InboxIndex;
import com.estate.contracts.ContractValidator;
import com.estate.platform.consumer.DerivedIds;
import com.estate.platform.consumer.EventRouter;
import com.estate.platform.events.CloudEvent;
import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.SharedInfrastructure;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notification requests from any service, through the real broker, into the inboxes residents and staff read
 * over real HTTP with real tokens: once each however often delivered, only to whom they are addressed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
class NotificationInboxTest {

    static final String TOPIC = "notification.requests";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EventRouter router;

    @Autowired
    JsonMapper json;

    final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());
    final ContractValidator contracts = new ContractValidator();
    final TestTokens tokens = TestTokens.get();

    @AfterEach
    void close() {
        kafka.close();
    }

    /** A request as the platform's {@code Notifications} publishes it, checked against its contract. */
    String request(String eventId, String communityId, String kind, String id, String templateKey, String params) {
        String event = """
            {"specversion":"1.0","id":"%s","source":"/billing-service",
             "type":"com.estate.platform.notification.requested.v1","subject":"%s/%s/%s",
             "time":"2026-12-01T08:00:00Z","datacontenttype":"application/json",
             "dataschema":"urn:estate:schemas:com.estate.platform.notification.requested.v1","communityid":"%s",
             "data":{"communityId":"%s","recipient":{"kind":"%s","id":"%s"},"templateKey":"%s",
                     "params":%s,"urgency":"NORMAL","requestedAt":"2026-12-01T08:00:00Z"}}
            """.formatted(eventId, communityId, kind, id, communityId, communityId, kind, id, templateKey, params);
        contracts.assertValid(event);
        return event;
    }

    String accountOpened(String eventId, String communityId, String unitId) {
        return request(eventId, communityId, "HOUSEHOLD", unitId, "billing.account-opened",
                "{\"accountId\":\"fa-" + unitId + "\",\"unitId\":\"" + unitId + "\"}");
    }

    void send(String event) {
        JsonNode subject = json.readTree(event).path("subject");
        kafka.send(TOPIC, subject.asString(), event);
    }

    Answer inbox(String token) {
        Answer answer = new TestHttp(port).send("GET", "/api/notifications", token, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    /** The caller's inbox once it holds at least {@code count} entries. */
    JsonNode awaitInbox(String token, int count) {
        return await("an inbox of " + count).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> inbox(token).json(), page -> page.path("total").asInt() >= count);
    }

    long unread(String token) {
        Answer answer = new TestHttp(port).send("GET", "/api/notifications/unread-count", token, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("unread").asLong();
    }

    Answer markRead(String token, String id) {
        return new TestHttp(port).send("POST", "/api/notifications/" + id + "/read", token, null);
    }

    static String community() {
        return "c-" + UUID.randomUUID();
    }

    @Test
    void aHouseholdsRequestReachesEveryResidentOfTheUnitInBothLanguagesAndNoOneElse() {
        String communityId = community();
        String unitId = "unit-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        send(accountOpened(eventId, communityId, unitId));

        JsonNode page = awaitInbox(tokens.resident("r-1", communityId, unitId), 1);
        assertThat(page.path("total").asInt()).isOne();
        JsonNode entry = page.path("items").get(0);
        assertThat(entry.path("id").asString()).isEqualTo(DerivedIds.of("inbox-entry", eventId));
        assertThat(entry.path("recipient").path("kind").asString()).isEqualTo("HOUSEHOLD");
        assertThat(entry.path("recipient").path("id").asString()).isEqualTo(unitId);
        assertThat(entry.path("recipient").path("communityId").asString()).isEqualTo(communityId);
        assertThat(entry.path("templateKey").asString()).isEqualTo("billing.account-opened");
        assertThat(entry.path("params").path("accountId").asString()).isEqualTo("fa-" + unitId);
        assertThat(entry.path("urgency").asString()).isEqualTo("NORMAL");
        assertThat(entry.path("title").path("zh-CN").asString()).isEqualTo("物业费账户已开通");
        assertThat(entry.path("title").path("en").asString()).isEqualTo("Your property fee account is open");
        assertThat(entry.path("body").path("zh-CN").asString()).contains("（fa-" + unitId + "）已开通");
        assertThat(entry.path("body").path("en").asString()).contains("account fa-" + unitId + " of your home");
        assertThat(entry.path("createdAt").asString()).isNotBlank();
        assertThat(entry.path("readAt").isNull()).isTrue();
        assertThat(entry.path("read").asBoolean()).isFalse();

        // everyone of the household, also with another unit of theirs in the token
        assertThat(inbox(tokens.resident("r-2", communityId, "unit-other", unitId)).json().path("total").asInt())
                .isOne();
        String id = entry.path("id").asString();
        String neighbour = tokens.resident("r-3", communityId, "unit-next-door");
        assertThat(inbox(neighbour).json().path("total").asInt()).isZero();
        assertThat(unread(neighbour)).isZero();
        assertProblem(new TestHttp(port).send("GET", "/api/notifications/" + id, neighbour, null), 404, "not-found");
        assertProblem(markRead(neighbour, id), 404, "not-found");
        // the same unit id in another community is another household
        assertThat(inbox(tokens.resident("r-4", community(), unitId)).json().path("total").asInt()).isZero();
        // staff of the community do not read residents' inboxes
        assertThat(inbox(tokens.staff("CS_SUPERVISOR", communityId)).json().path("total").asInt()).isZero();
        assertThat(unread(tokens.resident("r-1", communityId, unitId))).isOne();
    }

    @Test
    void theSameRequestDeliveredTwiceOrConcurrentlyMakesOneEntry() throws Exception {
        String communityId = community();
        String unitId = "unit-" + UUID.randomUUID();
        String event = accountOpened(UUID.randomUUID().toString(), communityId, unitId);
        send(event);
        send(event);
        String resident = tokens.resident("r-1", communityId, unitId);
        awaitInbox(resident, 1);
        kafka.awaitConsumed("activity-service", TOPIC, Duration.ofSeconds(30));
        assertThat(inbox(resident).json().path("total").asInt()).isOne();

        // a fresh request delivered to several consumers at once (a rebalance, a producer re-sending after a crash)
        String concurrent = accountOpened(UUID.randomUUID().toString(), communityId, unitId);
        CloudEvent parsed = json.readValue(concurrent, CloudEvent.class);
        int deliveries = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(deliveries)) {
            for (int i = 0; i < deliveries; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    router.route(parsed);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get();
            }
        }
        JsonNode page = inbox(resident).json();
        assertThat(page.path("total").asInt()).isEqualTo(2);
        assertThat(page.path("items").get(0).path("id").asString())
                .isEqualTo(DerivedIds.of("inbox-entry", parsed.id()));
        InboxDocument household = mongo.findById(communityId + "/HOUSEHOLD/" + unitId, InboxDocument.class);
        assertThat(household.getEntries()).extracting(InboxDocument.Ref::entryId).doesNotHaveDuplicates().hasSize(2);
        assertThat(unread(resident)).isEqualTo(2);
    }

    @Test
    void staffReadWhatIsAddressedToThemOrToARoleTheyHoldInTheirCommunity() {
        String communityId = community();
        String elsewhere = community();
        String forAgents = UUID.randomUUID().toString();
        send(request(forAgents, communityId, "ROLE", "CS_AGENT", "complaint.escalated", "{\"complaintId\":\"cp-1\"}"));
        send(request(UUID.randomUUID().toString(), elsewhere, "ROLE", "CS_AGENT", "complaint.escalated",
                "{\"complaintId\":\"cp-2\"}"));
        String forOneAgent = UUID.randomUUID().toString();
        // TestTokens' staff subjects are staff-<role>
        send(request(forOneAgent, communityId, "STAFF", "staff-cs-agent", "workorder.assigned",
                "{\"workOrderId\":\"wo-1\"}"));

        String agent = tokens.staff("CS_AGENT", communityId);
        JsonNode page = awaitInbox(agent, 2);
        assertThat(page.path("total").asInt()).isEqualTo(2);
        assertThat(page.path("items")).extracting(item -> item.path("id").asString()).containsExactlyInAnyOrder(
                DerivedIds.of("inbox-entry", forAgents), DerivedIds.of("inbox-entry", forOneAgent));
        // an agent of the other community sees only that community's request
        JsonNode other = awaitInbox(tokens.staff("CS_AGENT", elsewhere), 1);
        assertThat(other.path("total").asInt()).isOne();
        assertThat(other.path("items").get(0).path("params").path("complaintId").asString()).isEqualTo("cp-2");
        // another role of the same community, another agent (another subject), a resident: nothing
        assertThat(inbox(tokens.staff("FINANCE", communityId)).json().path("total").asInt()).isZero();
        assertThat(inbox(tokens.token().subject("staff-someone-else").roles("CS_AGENT").communities(communityId)
                .build()).json().path("total").asInt()).isOne();
        assertThat(inbox(tokens.resident("r-1", communityId, "unit-1")).json().path("total").asInt()).isZero();
        assertProblem(markRead(tokens.staff("CS_AGENT", elsewhere), DerivedIds.of("inbox-entry", forAgents)), 404,
                "not-found");
    }

    @Test
    void markingReadIsIdempotentAndCountsDownTheUnread() {
        String communityId = community();
        String unitId = "unit-" + UUID.randomUUID();
        String first = UUID.randomUUID().toString();
        send(accountOpened(first, communityId, unitId));
        String resident = tokens.resident("r-7", communityId, unitId);
        awaitInbox(resident, 1);
        // the second arrives later, so it is the newer one; to the resident in person, with a template no text is
        // written for yet: stored all the same, with the generic text
        String second = UUID.randomUUID().toString();
        send(request(second, communityId, "RESIDENT", "r-7", "activity.sign-up-confirmed", "{\"activityId\":\"a-1\"}"));
        JsonNode page = awaitInbox(resident, 2);
        assertThat(page.path("items")).extracting(item -> item.path("id").asString()).containsExactly(
                DerivedIds.of("inbox-entry", second), DerivedIds.of("inbox-entry", first));
        JsonNode generic = page.path("items").get(0);
        assertThat(generic.path("templateKey").asString()).isEqualTo("activity.sign-up-confirmed");
        assertThat(generic.path("title").path("zh-CN").asString()).isEqualTo("新通知");
        assertThat(generic.path("title").path("en").asString()).isEqualTo("New notification");
        assertThat(unread(resident)).isEqualTo(2);

        String id = DerivedIds.of("inbox-entry", first);
        Answer read = markRead(resident, id);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("read").asBoolean()).isTrue();
        String readAt = read.json().path("readAt").asString();
        assertThat(readAt).isNotBlank();
        Answer again = markRead(tokens.resident("r-8", communityId, unitId), id);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("readAt").asString()).as("the first reading stays").isEqualTo(readAt);
        assertThat(unread(resident)).isOne();
        assertThat(unread(tokens.resident("r-8", communityId, unitId))).as("the household's entry is read")
                .isZero();
        Answer one = new TestHttp(port).send("GET", "/api/notifications/" + id, resident, null);
        assertThat(one.json().path("readAt").asString()).isEqualTo(readAt);
        assertProblem(markRead(resident, UUID.randomUUID().toString()), 404, "not-found");
    }

    @Test
    void aRequestThatBreaksTheContractGoesToTheDeadLetterTopicAndTheNextIsDelivered() {
        String communityId = community();
        String unitId = "unit-" + UUID.randomUUID();
        String planet = request(UUID.randomUUID().toString(), communityId, "HOUSEHOLD", unitId,
                "billing.account-opened", "{}").replace("\"kind\":\"HOUSEHOLD\"", "\"kind\":\"PLANET\"");
        String residentRole = request(UUID.randomUUID().toString(), communityId, "ROLE", "CS_AGENT",
                "billing.account-opened", "{}").replace("\"id\":\"CS_AGENT\"", "\"id\":\"RESIDENT\"");
        String noTemplate = accountOpened(UUID.randomUUID().toString(), communityId, unitId)
                .replace("\"templateKey\":\"billing.account-opened\",", "");
        for (String broken : List.of(planet, residentRole, noTemplate)) {
            assertThat(contracts.violations(broken)).as(broken).isNotEmpty();
        }
        String key = "broken-" + UUID.randomUUID();
        kafka.send(TOPIC, key + "-1", planet);
        kafka.send(TOPIC, key + "-2", residentRole);
        kafka.send(TOPIC, key + "-3", noTemplate);
        send(accountOpened(UUID.randomUUID().toString(), communityId, unitId));

        for (int i = 1; i <= 3; i++) {
            String brokenKey = key + "-" + i;
            ConsumerRecord<String, String> dead = kafka.await(TOPIC + ".DLT", r -> brokenKey.equals(r.key()),
                    Duration.ofSeconds(30));
            assertThat(KafkaTestClient.deadLetterReason(dead)).contains("InvalidEventException", "breaks its contract");
        }
        JsonNode page = awaitInbox(tokens.resident("r-1", communityId, unitId), 1);
        assertThat(page.path("total").asInt()).as("only the valid request").isOne();
    }

    @Test
    void anInboxListsItsNewestEntriesUpToItsSizeAndTakesEachOnce() {
        var index = new InboxIndex(mongo, 3);
        String address = community() + "/RESIDENT/r-1";
        Instant t = Instant.parse("2026-12-01T08:00:00Z");
        for (int minute : new int[] {2, 0, 4, 1, 3}) {
            index.add(address, "e-" + minute, t.plusSeconds(60L * minute));
        }
        index.add(address, "e-4", t.plusSeconds(240)); // again
        index.add(address, "e-0", t); // again, long trimmed: stays out
        InboxDocument inbox = mongo.findById(address, InboxDocument.class);
        assertThat(inbox.getEntries()).extracting(InboxDocument.Ref::entryId).containsExactly("e-4", "e-3", "e-2");

        index.markRead(address, "e-3");
        index.markRead(address, "e-3");
        index.markRead(address, "e-0"); // not listed: no mark kept for it
        assertThat(mongo.findById(address, InboxDocument.class).getReadIds()).containsExactly("e-3");
    }
}

package com.estate.resident.resident;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.platform.core.pii.MainlandIdNumbers;
import com.estate.platform.core.pii.ResidentPhoneHash;
import com.estate.resident.DeskTest;
import com.estate.testsupport.Scenario;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestPiiKeys;
import com.estate.testsupport.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Registering residents and moving them out through real HTTP with real tokens: the events the gateway logs
 * residents in by, masking by role, encryption at rest, the desk's lookups, and who may see whom.
 */
class ResidentRegistrationTest extends DeskTest {

    private static final String REGISTERED = "com.estate.resident.resident.registered.v1";
    private static final String MOVED_OUT = "com.estate.resident.resident.moved-out.v1";

    @Autowired
    MongoTemplate mongo;

    private String newUnit(String community, String number) {
        return newUnit(community, "2", number);
    }

    /** A valid mainland ID number nobody else in the test run has. */
    static String newIdNumber() {
        String first17 = "440308" + "1985" + "0214" + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
        // the sequence space is small: vary the birth day too
        first17 = first17.substring(0, 12) + "%02d".formatted(1 + ThreadLocalRandom.current().nextInt(28))
                + first17.substring(14);
        return first17 + MainlandIdNumbers.checkCharacter(first17);
    }

    static String newPhone() {
        return "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String person(String community, String phone, String idNumber, String relation,
            String... unitIds) {
        return """
                {"communityId":"%s","kind":"PERSON","name":"李雷","phone":"%s",
                 "identityDocument":{"type":"MAINLAND_ID","number":"%s"},"unitIds":[%s],"relation":"%s",
                 "since":"2025-06-01"}""".formatted(community, phone, idNumber, quoted(unitIds), relation);
    }

    private static String quoted(String... values) {
        List<String> quoted = new ArrayList<>();
        for (String value : values) {
            quoted.add("\"" + value + "\"");
        }
        return String.join(",", quoted);
    }

    private Answer register(String body, String... headers) {
        return api.send("POST", "/api/residents", agent, body, headers);
    }

    private Answer registered(String body) {
        Answer created = register(body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created;
    }

    @Test
    void aRegistrationPublishesResidentRegisteredWithTheGatewaysPhoneHash() {
        String unitId = newUnit(communityId, "2-101");
        String phone = newPhone();
        AtomicReference<Answer> created = new AtomicReference<>();

        var event = new Scenario(kafka)
                .stimulate(() -> created.set(register(person(communityId, "+86 " + phone, newIdNumber(), "OWNER",
                        unitId))))
                .andWaitForEvent("resident.events", REGISTERED, Registered.class)
                .matching(registered -> registered.unitIds().contains(unitId))
                .toArrive();

        Answer answer = created.get();
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String residentId = answer.json().path("id").asString();
        assertThat(answer.header("Location")).isEqualTo("/api/residents/" + residentId);
        assertThat(answer.header("ETag")).isEqualTo("\"1\"");
        assertThat(event.data()).isEqualTo(new Registered(residentId, communityId, List.of(unitId), "OWNER",
                new ResidentPhoneHash(TestPiiKeys.PHONE_HASH_KEY).ofPhone(phone), 1));
        assertThat(event.record().key()).isEqualTo(residentId);
        // ids and the keyed hash only: neither the number nor the ID reach the event
        assertThat(event.record().value()).doesNotContain(phone);

        Answer read = api.send("GET", "/api/residents/" + residentId, agent, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        JsonNode residence = read.json().path("residences").get(0);
        assertThat(residence.path("unitId").asString()).isEqualTo(unitId);
        assertThat(residence.path("relation").asString()).isEqualTo("OWNER");
        assertThat(residence.path("since").asString()).isEqualTo("2025-06-01");
        assertThat(residence.path("until").isNull()).isTrue();
    }

    @Test
    void aMoveOutPublishesTheNextResidentVersionAndKeepsTheHistory() {
        String first = newUnit(communityId, "2-201");
        String second = newUnit(communityId, "2-202");
        Answer created = registered(person(communityId, newPhone(), newIdNumber(), "TENANT", first, second));
        String residentId = created.json().path("id").asString();
        String path = "/api/residents/" + residentId + "/move-out";

        assertProblem(api.send("POST", path, agent, "{\"unitId\":\"" + first + "\"}"), 428, "precondition-required");

        AtomicReference<Answer> moved = new AtomicReference<>();
        var event = new Scenario(kafka)
                .stimulate(() -> moved.set(api.send("POST", path, agent, "{\"unitId\":\"" + first + "\"}",
                        "If-Match", created.header("ETag"))))
                .andWaitForEvent("resident.events", MOVED_OUT, MovedOut.class)
                .matching(movedOut -> movedOut.residentId().equals(residentId))
                .toArrive();
        assertThat(moved.get().status()).as(moved.get().body()).isEqualTo(200);
        assertThat(moved.get().header("ETag")).isEqualTo("\"2\"");
        assertThat(event.data()).isEqualTo(new MovedOut(residentId, communityId, List.of(first), 2));

        // the unit's household: nobody now, the tenant in its history
        Answer household = api.send("GET", "/api/units/" + first + "/household", agent, null);
        assertThat(household.json().path("members")).isEmpty();
        JsonNode past = api.send("GET", "/api/units/" + first + "/household?history=true", agent, null).json()
                .path("members");
        assertThat(past).hasSize(1);
        assertThat(past.get(0).path("residentId").asString()).isEqualTo(residentId);
        assertThat(past.get(0).path("since").asString()).isEqualTo("2025-06-01");
        assertThat(past.get(0).path("until").isString()).isTrue();
        assertThat(api.send("GET", "/api/units/" + second + "/household", agent, null).json().path("members"))
                .hasSize(1);

        // an old ETag does not move them out again; the rest of the units with the current one
        assertProblem(api.send("POST", path, agent, "{}", "If-Match", created.header("ETag")), 412,
                "precondition-failed");
        var all = new Scenario(kafka)
                .stimulate(() -> assertThat(api.send("POST", path, agent, "{}", "If-Match", "\"2\"").status())
                        .isEqualTo(200))
                .andWaitForEvent("resident.events", MOVED_OUT, MovedOut.class)
                .matching(movedOut -> movedOut.residentId().equals(residentId))
                .toArrive();
        assertThat(all.data()).isEqualTo(new MovedOut(residentId, communityId, List.of(second), 3));
        Answer gone = api.send("GET", "/api/residents/" + residentId, agent, null);
        assertThat(gone.json().path("movedOut").asBoolean()).isTrue();
        assertThat(gone.json().path("residences")).hasSize(2);
        assertProblem(api.send("POST", path, agent, "{}", "If-Match", "*"), 422, "resident-moved-out");
    }

    @Test
    void phoneAndIdNumberAreMaskedButForSupervisorsAndNeverStoredInClear() {
        String unitId = newUnit(communityId, "2-301");
        String phone = newPhone();
        String idNumber = newIdNumber();
        String residentId = registered(person(communityId, phone, idNumber, "OWNER", unitId)).json().path("id")
                .asString();

        JsonNode masked = api.send("GET", "/api/residents/" + residentId, agent, null).json();
        assertThat(masked.path("phone").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(masked.path("documentNumber").asString())
                .isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
        assertThat(masked.path("documentType").asString()).isEqualTo("MAINLAND_ID");
        JsonNode whole = api.send("GET", "/api/residents/" + residentId, supervisor, null).json();
        assertThat(whole.path("phone").asString()).isEqualTo(phone);
        assertThat(whole.path("documentNumber").asString()).isEqualTo(idNumber);

        Document raw = mongo.getCollection("residents").find(new Document("_id", residentId)).first();
        assertThat(raw).isNotNull();
        assertThat(raw.toJson()).doesNotContain(phone, idNumber, phone.substring(3), idNumber.substring(6, 14));
        assertThat(raw.getString("phoneEncrypted")).startsWith("v1:" + TestPiiKeys.KEY_ID + ":");
        assertThat(raw.getString("documentNumberEncrypted")).startsWith("v1:" + TestPiiKeys.KEY_ID + ":");
    }

    @Test
    void theDeskFindsResidentsByPhoneAndByIdNumberHoweverTheyAreWritten() {
        String unitId = newUnit(communityId, "2-401");
        String phone = newPhone();
        String idNumber = newIdNumber();
        while (idNumber.charAt(17) != 'X') {
            idNumber = newIdNumber();
        }
        String owner = registered(person(communityId, phone, idNumber, "OWNER", unitId)).json().path("id")
                .asString();
        // family members may share the phone
        String member = registered(person(communityId, phone, newIdNumber(), "HOUSEHOLD_MEMBER", unitId)).json()
                .path("id").asString();

        for (String written : List.of(phone, "+86" + phone, "+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7)
                + "-" + phone.substring(7))) {
            Answer found = api.send("GET", "/api/residents?phone=" + encode(written), agent, null);
            assertThat(found.status()).as(found.body()).isEqualTo(200);
            assertThat(ids(found)).as(written).containsExactlyInAnyOrder(owner, member);
        }
        for (String written : List.of(idNumber, idNumber.toLowerCase(), idNumber.substring(0, 6) + " "
                + idNumber.substring(6, 14) + " " + idNumber.substring(14).toLowerCase())) {
            Answer found = api.send("GET", "/api/residents?idNumber=" + encode(written), agent, null);
            assertThat(found.status()).as(found.body()).isEqualTo(200);
            assertThat(ids(found)).as(written).containsExactly(owner);
        }
        assertThat(ids(api.send("GET", "/api/residents?phone=" + newPhone(), agent, null))).isEmpty();
        // staff of another community find nobody
        String elsewhere = TestTokens.get().staff("CS_AGENT", newCommunity());
        assertThat(ids(api.send("GET", "/api/residents?phone=" + phone, elsewhere, null))).isEmpty();
        // nor does a second registration of the same person in the community succeed
        assertProblem(register(person(communityId, newPhone(), idNumber.toLowerCase(), "OWNER", unitId)), 409,
                "resident-exists");
        assertProblem(api.send("GET", "/api/residents?phone=12345", agent, null), 400, "validation");
        assertProblem(api.send("GET", "/api/residents", agent, null), 400, "validation");
    }

    @Test
    void anIdNumberWithAWrongCheckCharacterIsAFieldError() {
        String unitId = newUnit(communityId, "2-501");
        String valid = newIdNumber();
        char wrong = valid.charAt(17) == '1' ? '2' : '1';
        Answer answer = register(person(communityId, newPhone(), valid.substring(0, 17) + wrong, "OWNER", unitId));

        assertProblem(answer, 400, "validation");
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("identityDocument.number");
        assertThat(answer.body()).doesNotContain(valid.substring(0, 17));
        assertProblem(register(person(communityId, "12812345678", valid, "OWNER", unitId)), 400, "validation");
    }

    @Test
    void unitsMustExistInTheResidentsCommunity() {
        String otherUnit = newUnit(newCommunity(), "9-901");
        assertProblem(register(person(communityId, newPhone(), newIdNumber(), "OWNER", otherUnit)), 404,
                "not-found");
        assertProblem(register(person(communityId, newPhone(), newIdNumber(), "OWNER", UUID.randomUUID().toString())),
                404, "not-found");
        // and staff of another community cannot register here, nor see residents here
        String unitId = newUnit(communityId, "2-601");
        String elsewhere = TestTokens.get().staff("CS_AGENT", "another-community");
        assertProblem(api.send("POST", "/api/residents", elsewhere, person(communityId, newPhone(), newIdNumber(),
                "OWNER", unitId)), 404, "not-found");
        String residentId = registered(person(communityId, newPhone(), newIdNumber(), "OWNER", unitId)).json()
                .path("id").asString();
        assertProblem(api.send("GET", "/api/residents/" + residentId, elsewhere, null), 404, "not-found");
        assertProblem(api.send("GET", "/api/units/" + unitId + "/household", elsewhere, null), 404, "not-found");
    }

    @Test
    void aResidentSeesThemselvesAndTheirHouseholdOnly() {
        String home = newUnit(communityId, "2-701");
        String neighbours = newUnit(communityId, "2-702");
        String owner = registered(person(communityId, newPhone(), newIdNumber(), "OWNER", home)).json().path("id")
                .asString();
        String child = registered(person(communityId, newPhone(), newIdNumber(), "HOUSEHOLD_MEMBER", home)).json()
                .path("id").asString();
        String neighbour = registered(person(communityId, newPhone(), newIdNumber(), "OWNER", neighbours)).json()
                .path("id").asString();
        String token = TestTokens.get().resident(owner, communityId, home);

        assertThat(api.send("GET", "/api/residents/" + owner, token, null).status()).isEqualTo(200);
        assertThat(api.send("GET", "/api/residents/" + child, token, null).status()).isEqualTo(200);
        assertProblem(api.send("GET", "/api/residents/" + neighbour, token, null), 404, "not-found");
        JsonNode household = api.send("GET", "/api/units/" + home + "/household", token, null).json();
        assertThat(household.path("members")).extracting(member -> member.path("residentId").asString())
                .containsExactly(owner, child); // owners first
        assertProblem(api.send("GET", "/api/units/" + neighbours + "/household", token, null), 404, "not-found");
        // the desk's lookup and registering are for staff
        assertProblem(api.send("GET", "/api/residents?phone=" + newPhone(), token, null), 403, "forbidden");
        assertProblem(api.send("POST", "/api/residents", token, person(communityId, newPhone(), newIdNumber(),
                "OWNER", home)), 403, "forbidden");
    }

    @Test
    void aRepeatedRegistrationWithItsKeyRegistersOnce() {
        String unitId = newUnit(communityId, "2-801");
        String body = person(communityId, newPhone(), newIdNumber(), "OWNER", unitId);
        String key = UUID.randomUUID().toString();

        Answer first = register(body, "Idempotency-Key", key);
        Answer repeat = register(body, "Idempotency-Key", key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(api.send("GET", "/api/units/" + unitId + "/household", agent, null).json().path("members"))
                .hasSize(1);
        // without the key the same person is already registered
        assertProblem(register(body), 409, "resident-exists");
    }

    @Test
    void aCompanyRegistersWithoutADocument() {
        String unitId = newUnit(communityId, "2-901");
        String company = """
                {"communityId":"%s","kind":"COMPANY","name":"深圳市某某科技有限公司","phone":"%s",
                 "creditCode":"91440300MA5F0ABC1D","unitIds":["%s"],"relation":"OWNER"}"""
                .formatted(communityId, newPhone(), unitId);
        Answer first = registered(company);
        Answer second = registered(company.replace("\"OWNER\"", "\"TENANT\""));
        assertThat(first.json().path("documentNumber").isNull()).isTrue();
        assertThat(first.json().path("creditCode").asString()).isEqualTo("91440300MA5F0ABC1D");
        assertThat(second.json().path("id").asString()).isNotEqualTo(first.json().path("id").asString());
        assertProblem(register(company.replace("COMPANY", "PERSON")), 400, "validation");
    }

    private static List<String> ids(Answer answer) {
        List<String> ids = new ArrayList<>();
        answer.json().path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The fields of resident.registered this test reads. */
    record Registered(String residentId, String communityId, List<String> unitIds, String relation, String phoneHash,
            long residentVersion) {
    }

    /** The fields of resident.moved-out this test reads. */
    record MovedOut(String residentId, String communityId, List<String> unitIds, long residentVersion) {
    }
}

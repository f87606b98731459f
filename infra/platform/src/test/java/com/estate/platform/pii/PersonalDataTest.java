package com.estate.platform.pii;

import static org.assertj.core.api.Assertions.assertThat;

import com.estate.contracts.problems.ProblemCatalog;
import com.estate.platform.core.pii.LookupHasher;
import com.estate.platform.core.pii.MainlandIdNumbers;
import com.estate.platform.testapp.PlatformTestApp;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestPiiKeys;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Personal data through a real service (the platform's test app) over real HTTP with real tokens: validated,
 * stored only encrypted, found by its lookup hash, and shown whole only to the roles that need it.
 */
@SpringBootTest(classes = PlatformTestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.web.max-body-size=1KB")
@WithSharedInfrastructure
class PersonalDataTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    LookupHasher hasher;

    private final TestTokens tokens = TestTokens.get();

    @Test
    void isStoredEncryptedFoundByItsHashAndMaskedForAnAgent() {
        String idNumber = newIdNumber();
        String id = register(idNumber, "+86 139-1234-5678", "{\"type\":\"PASSPORT\",\"number\":\"e1234 5678\"}");

        Document raw = mongo.getCollection("sample_people").find(new Document("_id", id)).first();
        assertThat(raw.toJson()).doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14))
                .doesNotContain("13912345678").doesNotContain("12345678");
        assertThat(raw.getString("idNumber")).startsWith("v1:" + TestPiiKeys.KEY_ID + ":");
        assertThat(raw.getString("phone")).startsWith("v1:" + TestPiiKeys.KEY_ID + ":");
        assertThat(raw.getString("documentNumber")).startsWith("v1:" + TestPiiKeys.KEY_ID + ":");
        assertThat(raw.getString("idNumberHash")).isEqualTo(hasher.idNumber(idNumber)).hasSize(64);
        assertThat(raw.getString("phoneHash")).isEqualTo(hasher.phone("13912345678"));

        // an agent types the number with a lower-case x and blanks: the same hash finds it
        JsonNode agentView = find(idNumber.toLowerCase() + " ", "CS_AGENT");
        assertThat(agentView.path("id").asString()).isEqualTo(id);
        assertThat(agentView.path("idNumber").asString())
                .isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
        assertThat(agentView.path("phone").asString()).isEqualTo("139****5678");
        assertThat(agentView.path("documentType").asString()).isEqualTo("PASSPORT");
        assertThat(agentView.path("documentNumber").asString()).isEqualTo("E*****678");
    }

    @Test
    void isShownWholeToTheRolesThatNeedIt() {
        String idNumber = newIdNumber();
        register(idNumber, "13912345678", null);

        for (String role : new String[] {"CS_SUPERVISOR", "DIRECTOR"}) {
            JsonNode view = find(idNumber, role);
            assertThat(view.path("idNumber").asString()).as(role).isEqualTo(idNumber);
            assertThat(view.path("phone").asString()).as(role).isEqualTo("13912345678");
            assertThat(view.path("documentNumber").isNull()).isTrue();
        }
        for (String role : new String[] {"CS_AGENT", "FINANCE", "TECHNICIAN", "PLATFORM_ADMIN"}) {
            assertThat(find(idNumber, role).path("phone").asString()).as(role).isEqualTo("139****5678");
        }
    }

    @Test
    void theSameNumberWrittenDifferentlyIsTheSamePerson() {
        String idNumber = newIdNumber();
        register(idNumber, "13912345678", null);

        Answer again = post("{\"name\":\"Han Meimei\",\"idNumber\":\" " + idNumber.toLowerCase() + "\"}");

        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().path("code").asString()).isEqualTo("duplicate");
    }

    @Test
    void aNumberNobodyHasAnswers404WithoutRepeatingIt() {
        String unknown = newIdNumber();
        Answer answer = new TestHttp(port).send("GET", "/api/samples/people?idNumber=" + unknown,
                tokens.staff("CS_SUPERVISOR", "c-1"), null, "Accept-Language", "en");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain(unknown).contains(unknown.substring(0, 6) + "********");
    }

    @Test
    void invalidNumbersAreFieldErrorsOfAValidationProblem() {
        String valid = newIdNumber();
        String badCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        Answer answer = post("{\"name\":\"Li Lei\",\"idNumber\":\"" + badCheck + "\",\"phone\":\"12812345678\","
                + "\"document\":{\"type\":\"HK_MACAO_PERMIT\",\"number\":\"X12345678\"}}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("code").asString()).isEqualTo("validation");
        Map<String, String> errors = StreamSupport.stream(answer.json().path("errors").spliterator(), false)
                .collect(Collectors.toMap(e -> e.path("field").asString(), e -> e.path("message").asString()));
        assertThat(errors).containsOnlyKeys("idNumber", "phone", "document.number");
        assertThat(errors.get("document.number")).isEqualTo("must be H or M followed by 8 or 10 digits");
        assertThat(answer.body()).doesNotContain(badCheck);

        // born in 2099, asked in Chinese (the default)
        Answer future = new TestHttp(port).send("POST", "/api/samples/people", tokens.staff("CS_AGENT", "c-1"),
                "{\"name\":\"Li Lei\",\"idNumber\":\"" + withCheck("44030820991231001") + "\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().path("errors").path(0).path("field").asString()).isEqualTo("idNumber");
        assertThat(future.json().path("errors").path(0).path("message").asString())
                .isEqualTo(ProblemCatalog.message("problem.validation.field.mainland-id-number",
                        Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void theApiDocumentShowsMaskedValuesAsStrings() {
        JsonNode view = new TestHttp(port).send("GET", "/v3/api-docs", null, null).json()
                .path("components").path("schemas").path("SamplePersonView").path("properties");

        assertThat(view.path("idNumber").path("type").asString()).as(view.toString()).isEqualTo("string");
        assertThat(view.path("phone").path("type").asString()).isEqualTo("string");
        assertThat(view.path("documentNumber").path("type").asString()).isEqualTo("string");
    }

    private String register(String idNumber, String phone, String document) {
        Answer answer = post("{\"name\":\"Han Meimei\",\"idNumber\":\"" + idNumber + "\",\"phone\":\"" + phone + "\""
                + (document == null ? "" : ",\"document\":" + document) + "}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("id").asString();
    }

    private Answer post(String body) {
        return new TestHttp(port).send("POST", "/api/samples/people", tokens.staff("CS_AGENT", "c-1"), body,
                "Accept-Language", "en");
    }

    private JsonNode find(String idNumber, String role) {
        Answer answer = new TestHttp(port).send("GET", "/api/samples/people?idNumber="
                + java.net.URLEncoder.encode(idNumber, java.nio.charset.StandardCharsets.UTF_8),
                tokens.staff(role, "c-1"), null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** A valid number no other test uses: Shenzhen, a random birth date in the 1980s, a random sequence. */
    private static String newIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return withCheck("440308" + (1980 + random.nextInt(10)) + "%02d%02d%03d".formatted(1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(1000)));
    }

    private static String withCheck(String first17) {
        return first17 + MainlandIdNumbers.checkCharacter(first17);
    }
}

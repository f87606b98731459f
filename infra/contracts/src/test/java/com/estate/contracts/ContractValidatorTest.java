package com.estate.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ContractValidatorTest {

    private final ContractValidator validator = new ContractValidator();

    private static String unitRegistered(String data) {
        return """
            {"specversion":"1.0","id":"0b8f5e4c-2a0e-4c39-9d55-0d7a1c0e4e11","source":"/resident-service",
             "type":"com.estate.resident.unit.registered.v1","subject":"unit-1","time":"2026-11-26T08:00:00Z",
             "datacontenttype":"application/json","dataschema":"urn:estate:schemas:com.estate.resident.unit.registered.v1",
             "communityid":"c-1","data":%s}
            """.formatted(data);
    }

    @Test
    void acceptsAnEventThatHonoursEnvelopeAndDataSchema() {
        String event = unitRegistered("""
            {"unitId":"unit-1","communityId":"c-1","building":"1","unitNumber":"1-101","floorArea":"89.50",
             "registeredAt":"2026-11-26T08:00:00Z"}""");
        assertThat(validator.violations(event)).isEmpty();
    }

    @Test
    void listsEveryDataViolation() {
        String event = unitRegistered("""
            {"unitId":"unit-1","communityId":"c-1","building":"1","floorArea":89.5,"registeredAt":"yesterday"}""");
        assertThat(validator.violations(event))
                .anySatisfy(v -> assertThat(v).contains("unitNumber"))
                .anySatisfy(v -> assertThat(v).contains("floorArea"))
                .anySatisfy(v -> assertThat(v).contains("registeredAt"));
        assertThatThrownBy(() -> validator.assertValid(event)).isInstanceOf(AssertionError.class);
    }

    @Test
    void residentEventsMayCarryAPositiveIntegerResidentVersion() {
        String movedOut = """
            {"specversion":"1.0","id":"0b8f5e4c-2a0e-4c39-9d55-0d7a1c0e4e12","source":"/resident-service",
             "type":"com.estate.resident.resident.moved-out.v1","subject":"res-1","time":"2026-11-26T08:00:00Z",
             "datacontenttype":"application/json",
             "dataschema":"urn:estate:schemas:com.estate.resident.resident.moved-out.v1","communityid":"c-1",
             "data":{"residentId":"res-1","communityId":"c-1","unitIds":["u-1"],"movedOutAt":"2026-11-26T08:00:00Z"%s}}
            """;
        assertThat(validator.violations(movedOut.formatted(""))).isEmpty(); // optional
        assertThat(validator.violations(movedOut.formatted(",\"residentVersion\":7"))).isEmpty();
        for (String bad : new String[] {"0", "-1", "1.5", "\"7\""}) {
            assertThat(validator.violations(movedOut.formatted(",\"residentVersion\":" + bad))).as(bad)
                    .anySatisfy(v -> assertThat(v).contains("residentVersion"));
        }
    }

    @Test
    void aNotificationRequestNamesItsRecipientByIdAndCarriesOnlyStringParameters() {
        String request = """
            {"specversion":"1.0","id":"0b8f5e4c-2a0e-4c39-9d55-0d7a1c0e4e13","source":"/billing-service",
             "type":"com.estate.platform.notification.requested.v1","subject":"c-1/HOUSEHOLD/u-1",
             "time":"2026-11-26T08:00:00Z","datacontenttype":"application/json",
             "dataschema":"urn:estate:schemas:com.estate.platform.notification.requested.v1","communityid":"c-1",
             "data":{"communityId":"c-1","recipient":%s,"templateKey":"%s","params":%s,"urgency":"NORMAL",
                     "requestedAt":"2026-11-26T08:00:00Z"}}
            """;
        String household = "{\"kind\":\"HOUSEHOLD\",\"id\":\"u-1\"}";
        assertThat(validator.violations(request.formatted(household, "billing.account-opened",
                "{\"accountId\":\"fa-u-1\",\"amount\":\"12.50\"}"))).isEmpty();
        assertThat(validator.violations(request.formatted("{\"kind\":\"ROLE\",\"id\":\"CS_SUPERVISOR\"}",
                "complaint.escalated", "{}"))).isEmpty();

        assertThat(validator.violations(request.formatted("{\"kind\":\"ROLE\",\"id\":\"PLATFORM_ADMIN\"}",
                "complaint.escalated", "{}"))).anySatisfy(v -> assertThat(v).contains("recipient"));
        assertThat(validator.violations(request.formatted("{\"kind\":\"NEIGHBOUR\",\"id\":\"u-2\"}",
                "complaint.escalated", "{}"))).anySatisfy(v -> assertThat(v).contains("recipient"));
        assertThat(validator.violations(request.formatted(household, "AccountOpened", "{}")))
                .anySatisfy(v -> assertThat(v).contains("templateKey"));
        assertThat(validator.violations(request.formatted(household, "billing.account-opened",
                "{\"amount\":12.5}"))).anySatisfy(v -> assertThat(v).contains("amount"));
    }

    @Test
    void rejectsEnvelopeWithoutCommunityOrWithUnknownType() {
        String noCommunity = unitRegistered("{}").replace("\"communityid\":\"c-1\",", "");
        assertThat(validator.violations(noCommunity)).anySatisfy(v -> assertThat(v).contains("communityid"));
        String unknown = unitRegistered("{}").replace("unit.registered.v1\",\"subject", "unit.demolished.v1\",\"subject");
        assertThat(validator.violations(unknown)).anySatisfy(v -> assertThat(v).contains("no schema"));
        assertThat(validator.violations("not json")).singleElement().asString().startsWith("not JSON");
    }

    @Test
    void everyMessageNamedInTheAsyncApiDocumentHasASchemaAndViceVersa() throws IOException {
        Path root = Path.of("src/main/resources/contracts");
        String asyncApi = Files.readString(root.resolve("asyncapi.yaml"));
        try (Stream<Path> files = Files.list(root.resolve("events"))) {
            files.map(f -> f.getFileName().toString().replace(".json", "")).forEach(type -> {
                assertThat(asyncApi).contains("name: " + type);
                assertThat(asyncApi).contains("events/" + type + ".json");
            });
        }
        asyncApi.lines().map(String::strip).filter(l -> l.startsWith("name: com.estate."))
                .map(l -> l.substring("name: ".length()))
                .forEach(type -> assertThat(ContractValidator.hasSchemaFor(type)).as(type).isTrue());
    }
}

package com.estate.billing.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.billing.BillingTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the meter tests share: a moved-in unit with start readings, the CSV import, the bills' metered lines. */
abstract class MeterTest extends BillingTest {

    static final Instant SEPTEMBER_30 = Instant.parse("2026-09-29T18:00:00Z"); // 2026-09-30 02:00 in Shanghai
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    record Answer(int status, JsonNode json, String contentType) {
    }

    Answer importCsv(String token, String csv) {
        try {
            var response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/billing/meter-readings/import?communityId=" + communityId))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv; charset=UTF-8")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), JSON.readTree(response.body()),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** resident-service's start readings of a move-in, schema-valid. */
    void startReadings(String unitId, String water, String electricity, String gas) {
        String caseId = "case-" + UUID.randomUUID();
        String event = events.of(UUID.randomUUID().toString(), "com.estate.resident.movein.meter-readings-recorded.v1",
                "/resident-service", caseId, communityId, Map.of("caseId", caseId, "unitId", unitId,
                        "communityId", communityId, "readings", Map.of(
                                "water", Map.of("value", water, "unit", "m3"),
                                "electricity", Map.of("value", electricity, "unit", "kWh"),
                                "gas", Map.of("value", gas, "unit", "m3")),
                        "recordedAt", SEPTEMBER_30.toString(), "confirmedAt", SEPTEMBER_30.toString()));
        contracts.assertValid(event);
        kafka.send("resident.events", caseId, event);
    }

    JsonNode readingsOf(String token, String unitId, int expected) {
        return await("readings of " + unitId).atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            var answer = api.send("GET", "/api/billing/meter-readings?unitId=" + unitId, token, null);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            return answer.json().path("readings");
        }, readings -> readings.size() >= expected);
    }

    String movedInUnitWithStartReadings() {
        String unitId = registerUnit("80.00", "RESIDENTIAL");
        moveIn(unitId, SEPTEMBER_30);
        startReadings(unitId, "100.5", "2000", "30");
        readingsOf(finance, unitId, 3);
        return unitId;
    }

    static List<String> errors(JsonNode report) {
        List<String> errors = new ArrayList<>();
        report.path("errors").forEach(e -> errors.add(e.path("line").asLong() + ":" + e.path("code").asString()));
        return errors;
    }

    /** The unit's bill of the period's metered water line, or null. */
    JsonNode meteredLine(String unitId, String periodFrom) {
        return line(unitId, periodFrom, "water");
    }

    /** The unit's bill of the period's line of that item, or null. */
    JsonNode line(String unitId, String periodFrom, String item) {
        var bills = api.send("GET", "/api/billing/bills?size=50&accountId=" + accountOf(unitId), finance, null);
        assertThat(bills.status()).as(bills.body()).isEqualTo(200);
        for (JsonNode bill : bills.json().path("items")) {
            if (bill.path("period").path("from").asString().equals(periodFrom)) {
                for (JsonNode line : bill.path("lines")) {
                    if (line.path("item").asString().equals(item)) {
                        return line;
                    }
                }
                return null;
            }
        }
        throw new AssertionError("no bill of " + periodFrom + " for " + unitId);
    }


    /** The property fee at 2.00 and water metered at 3.45 yuan per m³, from 2026-01-01. */
    void waterAt345() {
        propertyFee("2.00");
        feeItem("""
                {"communityId":"$community","code":"water","name":"水费","kind":"METERED","meter":"water",
                 "unitPrice":"3.45","effectiveFrom":"2026-01-01"}""");
    }
}

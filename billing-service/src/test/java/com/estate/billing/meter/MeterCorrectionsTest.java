package com.estate.billing.meter;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Corrections of stored readings and meter replacements, through HTTP with real tokens: an unbilled reading takes
 * the new value, a billed one an adjustment on the next bill exactly once, a replaced meter bills both meters'
 * consumption; who may, bad input as problems, repeats harmless.
 */
class MeterCorrectionsTest extends MeterTest {

    @BeforeEach
    void fees() {
        waterAt345();
    }

    /** The unit's readings and their ETag. */
    TestHttp.Answer readings(String unitId) {
        TestHttp.Answer answer = api.send("GET", "/api/billing/meter-readings?unitId=" + unitId, finance, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    static JsonNode reading(TestHttp.Answer readings, String meter, String readOn) {
        for (JsonNode reading : readings.json().path("readings")) {
            if (reading.path("meter").asString().equals(meter) && reading.path("readOn").asString().equals(readOn)) {
                return reading;
            }
        }
        throw new AssertionError("no " + meter + " reading of " + readOn + " in " + readings.body());
    }

    TestHttp.Answer correct(String token, String readingId, String etag, String reading, String key) {
        return api.send("POST", "/api/billing/meter-readings/" + readingId + "/corrections", token,
                "{\"reading\":\"%s\",\"reason\":\"抄错了\"}".formatted(reading), "Idempotency-Key", key,
                "If-Match", etag);
    }

    /** Corrects the reading at the unit's current ETag, expecting 200. */
    TestHttp.Answer correct(String unitId, String readOn, String reading) {
        String etag = readings(unitId).header("ETag");
        TestHttp.Answer answer = correct(finance, unitId + "~water~" + readOn, etag, reading,
                UUID.randomUUID().toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    TestHttp.Answer replace(String unitId, String etag, String day, String finalReading, String startReading) {
        return api.send("POST", "/api/billing/meter-readings/replacements", finance, """
                {"unitId":"%s","meter":"water","replacedOn":"%s","finalReading":"%s","startReading":"%s",
                 "reason":"水表损坏"}""".formatted(unitId, day, finalReading, startReading),
                "Idempotency-Key", UUID.randomUUID().toString(), "If-Match", etag);
    }

    /** Every line of the unit's bill of the period. */
    List<JsonNode> linesOf(String unitId, String periodFrom) {
        var bills = api.send("GET", "/api/billing/bills?size=50&accountId=" + accountOf(unitId), finance, null);
        List<JsonNode> lines = new ArrayList<>();
        for (JsonNode bill : bills.json().path("items")) {
            if (bill.path("period").path("from").asString().equals(periodFrom)) {
                bill.path("lines").forEach(lines::add);
            }
        }
        return lines;
    }

    static List<String> adjustments(List<JsonNode> lines) {
        return lines.stream().filter(l -> l.path("chargeId").asString().contains("#correction-"))
                .map(l -> l.path("amount").asString()).toList();
    }

    @Test
    void aReadingNotBilledYetTakesTheNewValueAndKeepsTheOldOne() {
        String unitId = movedInUnitWithStartReadings();
        importCsv(finance, "unitId,meter,readOn,reading\n%s,water,2026-10-31,110.5\n".formatted(unitId));
        TestHttp.Answer before = readings(unitId);
        String readingId = reading(before, "water", "2026-10-31").path("id").asString();
        assertThat(readingId).isEqualTo(unitId + "~water~2026-10-31");

        String key = UUID.randomUUID().toString();
        TestHttp.Answer corrected = correct(finance, readingId, before.header("ETag"), "108.5", key);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.header("ETag")).isNotEqualTo(before.header("ETag"));
        TestHttp.Answer repeated = correct(finance, readingId, before.header("ETag"), "108.5", key);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.header("Idempotent-Replayed")).isEqualTo("true");

        JsonNode reading = reading(readings(unitId), "water", "2026-10-31");
        assertThat(reading.path("reading").asString()).isEqualTo("108.5");
        assertThat(reading.path("corrections")).hasSize(1);
        JsonNode correction = reading.path("corrections").get(0);
        assertThat(correction.path("previousReading").asString()).isEqualTo("110.5");
        assertThat(correction.path("reason").asString()).isEqualTo("抄错了");
        assertThat(correction.path("by").asString()).isNotBlank();
        assertThat(correction.path("at").asString()).isNotBlank();
        assertThat(correction.path("adjustmentChargeId").isNull()).isTrue();

        billRun("2026-10-01", "MONTHLY");
        JsonNode line = meteredLine(unitId, "2026-10-01");
        assertThat(line.path("metered").path("toReading").asString()).isEqualTo("108.5");
        assertThat(line.path("amount").asString()).isEqualTo("27.60"); // 8 m³ × 3.45
        assertThat(adjustments(linesOf(unitId, "2026-10-01"))).isEmpty();
    }

    @Test
    void aBilledReadingCorrectedBillsTheDifferenceOnTheNextBillExactlyOnce() {
        String unitId = movedInUnitWithStartReadings();
        importCsv(finance, "unitId,meter,readOn,reading\n%s,water,2026-10-31,110.5\n".formatted(unitId));
        billRun("2026-10-01", "MONTHLY");
        assertThat(meteredLine(unitId, "2026-10-01").path("amount").asString()).isEqualTo("34.50");

        // read 2 m³ too low: October billed 6.90 too little; its bill stays as issued
        TestHttp.Answer corrected = correct(unitId, "2026-10-31", "112.5");
        JsonNode correction = reading(corrected, "water", "2026-10-31").path("corrections").get(0);
        assertThat(correction.path("adjustment").asString()).isEqualTo("6.90");
        assertThat(correction.path("adjustmentChargeId").asString())
                .isEqualTo(unitId + "~water~2026-10-31#correction-1");
        // the same correction again under another key changes nothing
        correct(unitId, "2026-10-31", "112.5");
        assertThat(reading(readings(unitId), "water", "2026-10-31").path("corrections")).hasSize(1);
        assertThat(meteredLine(unitId, "2026-10-01").path("amount").asString()).isEqualTo("34.50");

        importCsv(finance, "unitId,meter,readOn,reading\n%s,water,2026-11-30,120\n".formatted(unitId));
        billRun("2026-11-01", "MONTHLY");
        billRun("2026-11-01", "MONTHLY");
        List<JsonNode> november = linesOf(unitId, "2026-11-01");
        assertThat(adjustments(november)).containsExactly("6.90");
        JsonNode water = meteredLine(unitId, "2026-11-01");
        assertThat(water.path("metered").path("fromReading").asString()).isEqualTo("112.5");
        assertThat(water.path("amount").asString()).isEqualTo("25.88"); // 7.5 × 3.45 = 25.875, half-up

        // October's reading is now inside two bills: a correction moves consumption between them, nothing to bill
        TestHttp.Answer inside = correct(unitId, "2026-10-31", "111.5");
        assertThat(reading(inside, "water", "2026-10-31").path("corrections").get(1)
                .path("adjustmentChargeId").isNull()).isTrue();
        // November's reading 1 m³ too high: a credit of 3.45 on December's bill
        TestHttp.Answer lower = correct(unitId, "2026-11-30", "119");
        assertThat(reading(lower, "water", "2026-11-30").path("corrections").get(0).path("adjustment").asString())
                .isEqualTo("-3.45");
        importCsv(finance, "unitId,meter,readOn,reading\n%s,water,2026-12-01,121\n".formatted(unitId));
        billRun("2026-12-01", "MONTHLY");
        List<JsonNode> december = linesOf(unitId, "2026-12-01");
        assertThat(adjustments(december)).containsExactly("-3.45");
        assertThat(meteredLine(unitId, "2026-12-01").path("amount").asString()).isEqualTo("6.90"); // 119 → 121
    }

    @Test
    void aReplacedMeterBillsTheOldMetersRestAndTheNewMetersConsumption() {
        String unitId = movedInUnitWithStartReadings();
        importCsv(finance, "unitId,meter,readOn,reading\n%s,water,2026-10-31,110.5\n".formatted(unitId));
        billRun("2026-10-01", "MONTHLY");

        String etag = readings(unitId).header("ETag");
        assertProblem(replace(unitId, etag, "2026-10-20", "115.5", "0"), 422, "reading-period-billed");
        assertProblem(replace(unitId, etag, "2026-11-10", "109", "0"), 422, "meter-replacement-final-lower");
        TestHttp.Answer replaced = replace(unitId, etag, "2026-11-10", "115.5", "0.0");
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode replacement = reading(replaced, "water", "2026-11-10");
        assertThat(replacement.path("source").asString()).isEqualTo("replacement");
        assertThat(replacement.path("reading").asString()).isEqualTo("0.0");
        assertThat(replacement.path("replacedFinal").asString()).isEqualTo("115.5");
        // the same replacement again (another key, the old ETag) changes nothing
        TestHttp.Answer again = replace(unitId, etag, "2026-11-10", "115.5", "0.0");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.header("ETag")).isEqualTo(replaced.header("ETag"));

        // the new meter's readings start from its start reading: 4 is no lower than 0
        var imported = importCsv(finance, "unitId,meter,readOn,reading\n%s,water,2026-11-30,4\n".formatted(unitId));
        assertThat(imported.json().path("stored").asLong()).as(imported.json().toString()).isEqualTo(1);
        assertProblem(correct(finance, unitId + "~water~2026-11-10", readings(unitId).header("ETag"), "1",
                UUID.randomUUID().toString()), 422, "reading-correction-of-replacement");
        billRun("2026-11-01", "MONTHLY");
        JsonNode water = meteredLine(unitId, "2026-11-01");
        // (115.5 − 110.5) + (4 − 0) = 9 m³ × 3.45
        assertThat(water.path("metered").path("quantity").asString()).isEqualTo("9.0");
        assertThat(water.path("amount").asString()).isEqualTo("31.05");
    }

    @Test
    void financeAndTechniciansOfTheCommunityCorrectNobodyElse() {
        String unitId = movedInUnitWithStartReadings();
        String readingId = unitId + "~water~2026-09-30";
        String etag = readings(unitId).header("ETag");
        TestTokens tokens = TestTokens.get();
        assertThat(correct(tokens.resident("r-" + unitId, communityId, unitId), readingId, etag, "101", "k1")
                .status()).isEqualTo(403);
        assertThat(correct(tokens.staff("CS_AGENT", communityId), readingId, etag, "101", "k2").status())
                .isEqualTo(403);
        assertProblem(correct(tokens.staff("FINANCE", "c-elsewhere"), readingId, etag, "101", "k3"), 404,
                "reading-not-found");
        assertThat(api.send("POST", "/api/billing/meter-readings/replacements", tokens.resident("r-" + unitId,
                communityId, unitId), """
                {"unitId":"%s","meter":"water","replacedOn":"2026-10-10","finalReading":"101","startReading":"0",
                 "reason":"坏了"}""".formatted(unitId), "Idempotency-Key", "k4", "If-Match", etag).status())
                .isEqualTo(403);
        assertThat(reading(readings(unitId), "water", "2026-09-30").path("reading").asString()).isEqualTo("100.5");

        TestHttp.Answer technician = correct(tokens.staff("TECHNICIAN", communityId), readingId, etag, "101", "k5");
        assertThat(technician.status()).as(technician.body()).isEqualTo(200);
        assertThat(reading(technician, "water", "2026-09-30").path("reading").asString()).isEqualTo("101");
    }

    @Test
    void badCorrectionsAreProblemsAndChangeNothing() {
        String unitId = movedInUnitWithStartReadings();
        importCsv(finance, "unitId,meter,readOn,reading\n%1$s,water,2026-10-15,105\n%1$s,water,2026-10-31,110.5\n"
                .formatted(unitId));
        String etag = readings(unitId).header("ETag");
        String middle = unitId + "~water~2026-10-15";
        assertProblem(correct(finance, middle, etag, "100", "b1"), 422, "reading-correction-lower-than-previous");
        assertProblem(correct(finance, middle, etag, "111", "b2"), 422, "reading-correction-higher-than-next");
        assertProblem(correct(finance, middle, etag, "-1", "b3"), 400, "validation");
        assertProblem(correct(finance, unitId + "~water~2026-10-16", etag, "106", "b4"), 404, "reading-not-found");
        assertProblem(correct(finance, "not-a-reading", etag, "106", "b5"), 404, "reading-not-found");
        assertProblem(correct(finance, middle, "\"999\"", "106", "b6"), 412, "precondition-failed");
        assertProblem(api.send("POST", "/api/billing/meter-readings/" + middle + "/corrections", finance,
                "{\"reading\":\"106\"}", "Idempotency-Key", "b7", "If-Match", etag), 400, "validation");
        assertProblem(api.send("POST", "/api/billing/meter-readings/" + middle + "/corrections", finance,
                "{\"reading\":\"106\",\"reason\":\"抄错了\"}", "Idempotency-Key", "b8"), 428, "precondition-required");
        TestHttp.Answer english = api.send("POST", "/api/billing/meter-readings/" + middle + "/corrections", finance,
                "{\"reading\":\"100\",\"reason\":\"misread\"}", "Idempotency-Key", "b9", "If-Match", etag,
                "Accept-Language", "en");
        assertProblem(english, 422, "reading-correction-lower-than-previous");
        assertThat(english.json().path("detail").asString()).contains("lower than the previous reading of the meter");
        TestHttp.Answer chinese = correct(finance, middle, etag, "100", "b10");
        assertThat(chinese.json().path("detail").asString()).contains("低于该表的上次读数");

        assertThat(readings(unitId).header("ETag")).isEqualTo(etag);
        assertThat(reading(readings(unitId), "water", "2026-10-15").path("corrections")).isEmpty();
    }
}

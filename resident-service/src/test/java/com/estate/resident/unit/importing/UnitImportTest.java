package com.estate.resident.unit.importing;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.contracts.ContractValidator;
import com.estate.resident.DeskTest;
import com.estate.resident.unit.Units;
import com.estate.resident.unit.domain.Unit;
import com.estate.resident.unit.domain.UnitSpec;
import com.estate.testsupport.TestHttp.Answer;
import com.estate.testsupport.TestTokens;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The unit import through real HTTP: a CSV body, row-by-row errors with their row numbers, idempotent re-import,
 * conflicts, and every imported unit announced by unit.registered exactly as a unit registered by hand.
 */
class UnitImportTest extends DeskTest {

    @Autowired
    private Units units;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ContractValidator CONTRACTS = new ContractValidator();
    private static final String HEADER = "楼栋 Building,单元 Entrance,楼层 Floor,房号 Room number,"
            + "建筑面积 Floor area (m²),用途 Use,交付日期 Handover date,状态 Status\r\n";

    private Answer importCsv(String community, String token, byte[] body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/communities/" + community + "/units/import"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer importCsv(String token, String csv, String... headers) {
        return importCsv(communityId, token, ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8), "text/csv", headers);
    }

    private static String errors(Answer report) {
        List<String> lines = new ArrayList<>();
        report.json().path("errors").forEach(e -> lines.add(e.path("row").asLong() + " " + e.path("column").asString("")
                + " " + e.path("code").asString()));
        return String.join("\n", lines);
    }

    private List<String> unitNumbers() {
        Answer list = api.send("GET", "/api/communities/" + communityId + "/units?size=100", supervisor, null);
        List<String> numbers = new ArrayList<>();
        list.json().path("items").forEach(item -> numbers.add(item.path("building").asString() + "/"
                + item.path("unitNumber").asString()));
        return numbers;
    }

    private static final String GOOD = HEADER
            + "7,1,3,7-301,89.50,RESIDENTIAL,2024-05-01,VACANT\r\n"
            + "7,2,-1,B1-01,12.00,车位,2024/5/1,未售\r\n"
            + "８,,,8-101,120.5,COMMERCIAL,,\r\n";

    @Test
    void aGoodFileImportsEveryUnitAndEachIsAnnouncedAsIfRegisteredByHand() {
        try (var tail = kafka.tailFromNow("resident.events")) {
            Answer report = importCsv(supervisor, GOOD);
            assertThat(report.status()).as(report.body()).isEqualTo(200);
            assertThat(report.json().path("imported").asLong()).isEqualTo(3);
            assertThat(report.json().path("unchanged").asLong()).isZero();
            assertThat(report.json().path("failed").asLong()).isZero();
            assertThat(report.json().path("errors").isEmpty()).isTrue();
            assertThat(report.json().path("buildingsRegistered").toString()).isEqualTo("[\"7\",\"8\"]");

            assertThat(unitNumbers()).containsExactly("7/7-301", "7/B1-01", "8/8-101");
            Answer buildings = api.send("GET", "/api/communities/" + communityId + "/buildings", supervisor, null);
            assertThat(buildings.json().path("total").asLong()).isEqualTo(2);

            Set<String> announced = new HashSet<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (announced.size() < 3 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : tail.poll()) {
                    JsonNode event = JSON.readTree(record.value());
                    if (event.path("type").asString().equals("com.estate.resident.unit.registered.v1")
                            && event.path("data").path("communityId").asString().equals(communityId)) {
                        assertThat(CONTRACTS.violations(record.value())).isEmpty();
                        assertThat(record.key()).isEqualTo(event.path("data").path("unitId").asString());
                        announced.add(event.path("data").path("unitNumber").asString());
                        if (event.path("data").path("unitNumber").asString().equals("B1-01")) {
                            assertThat(event.path("data").path("use").asString()).isEqualTo("PARKING");
                            assertThat(event.path("data").path("status").asString()).isEqualTo("UNSOLD");
                            assertThat(event.path("data").path("floor").asInt()).isEqualTo(-1);
                            assertThat(event.path("data").path("handoverDate").asString()).isEqualTo("2024-05-01");
                        }
                    }
                }
            }
            assertThat(announced).containsExactlyInAnyOrder("7-301", "B1-01", "8-101");
        }
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndSaysSo() {
        assertThat(importCsv(supervisor, GOOD).json().path("imported").asLong()).isEqualTo(3);
        String unitId = api.send("GET", "/api/communities/" + communityId + "/units", supervisor, null).json()
                .path("items").get(0).path("id").asString();

        try (var tail = kafka.tailFromNow("resident.events")) {
            Answer again = importCsv(admin, GOOD);
            assertThat(again.status()).as(again.body()).isEqualTo(200);
            assertThat(again.json().path("imported").asLong()).isZero();
            assertThat(again.json().path("unchanged").asLong()).isEqualTo(3);
            assertThat(again.json().path("failed").asLong()).isZero();
            assertThat(again.json().path("buildingsRegistered").isEmpty()).isTrue();

            // a unit registered by hand after the re-import: its event comes after any the re-import had published
            String sentinel = newUnit(communityId, "9", "9-901");
            List<String> published = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            boolean sentinelSeen = false;
            while (!sentinelSeen && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : tail.poll()) {
                    JsonNode event = JSON.readTree(record.value());
                    if (event.path("communityid").asString().equals(communityId)) {
                        sentinelSeen |= event.path("subject").asString().equals(sentinel);
                        published.add(event.path("subject").asString());
                    }
                }
            }
            assertThat(sentinelSeen).isTrue();
            assertThat(published).containsExactly(sentinel);
        }
        assertThat(api.send("GET", "/api/units/" + unitId, supervisor, null).header("ETag")).isEqualTo("\"1\"");
        assertThat(unitNumbers()).hasSize(4);
    }

    @Test
    void aUnitThereWithOtherValuesIsAConflictOfItsRowAndStaysAsItWas() {
        assertThat(importCsv(supervisor, GOOD).json().path("imported").asLong()).isEqualTo(3);
        String changed = HEADER
                + "7,1,3,7-301,91.00,RESIDENTIAL,2024-05-01,VACANT\r\n"
                + "7,2,-1,B1-01,12.00,PARKING,2024-05-01,UNSOLD\r\n"
                + "7,1,4,7-401,89.50,,,\r\n";
        Answer report = importCsv(supervisor, changed, "Accept-Language", "en");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.json().path("imported").asLong()).isEqualTo(1);
        assertThat(report.json().path("unchanged").asLong()).isEqualTo(1);
        assertThat(report.json().path("failed").asLong()).isEqualTo(1);
        assertThat(errors(report)).isEqualTo("2 floorArea unit-conflict");
        assertThat(report.json().path("errors").get(0).path("message").asString()).contains("89.50", "91.00");
        Answer list = api.send("GET", "/api/communities/" + communityId + "/units?sort=unitNumber", supervisor, null);
        assertThat(list.json().path("items").get(0).path("unitNumber").asString()).isEqualTo("7-301");
        assertThat(list.json().path("items").get(0).path("floorArea").asString()).isEqualTo("89.50");
    }

    @Test
    void everyBadRowIsReportedWithItsRowNumberColumnAndCodeAndTheGoodRowsAreImported() {
        assertThat(api.send("POST", "/api/communities/" + communityId + "/buildings", supervisor,
                "{\"name\":\"5\",\"entranceCount\":2,\"floorsAboveGround\":10}").status()).isEqualTo(201);
        String csv = HEADER
                + "5,1,10,5-1001,88.00,,,\r\n"              // row 2: good
                + ",1,3,,88.123,别墅,,\r\n"                  // row 3: building, room, area, use
                + "\r\n"                                     // row 4: blank, skipped but counted
                + "5,3,11,5-1101,70.00,,2024-02-30,OCCUPIED\r\n" // row 5: entrance? floor? date, status
                + "5,2,0,5-0001,70.00,,,\r\n"               // row 6: floor 0
                + "5,1,10,5-1001,88.00,,,\r\n"              // row 7: same unit as row 2
                + "5,2,9,5-901,70,STORAGE,2025-01-01,\r\n"; // row 8: good
        Answer en = importCsv(supervisor, csv, "Accept-Language", "en");
        assertThat(en.status()).as(en.body()).isEqualTo(200);
        assertThat(errors(en)).isEqualTo(String.join("\n",
                "3 building required", "3 unitNumber required", "3 floorArea floor-area-invalid", "3 use use-unknown",
                "5 handoverDate date-invalid", "5 status status-managed",
                "6 floor floor-invalid",
                "7 unitNumber duplicate-in-file"));
        assertThat(en.json().path("imported").asLong()).isEqualTo(2);
        assertThat(en.json().path("failed").asLong()).isEqualTo(4);
        assertThat(en.json().path("errors").get(0).path("message").asString()).isEqualTo("is required");
        assertThat(en.json().path("errors").get(7).path("message").asString()).contains("row 2");
        assertThat(unitNumbers()).containsExactly("5/5-1001", "5/5-901");

        // a row whose own cells are good, checked against the registered building: entrance 3 and floor 11 it has not
        Answer zh = importCsv(supervisor, HEADER + "5,3,11,5-1101,70.00,,,\r\n", "Accept-Language", "zh-CN");
        assertThat(errors(zh)).isEqualTo("2 entrance entrance-unknown\n2 floor floor-out-of-range");
        assertThat(zh.json().path("errors").get(0).path("message").asString()).isEqualTo("5 栋没有“3”单元；该楼栋的单元：1, 2");
        assertThat(zh.json().path("errors").get(1).path("message").asString()).contains("1 至 10");
    }

    @Test
    void aBatchThatMeetsAUnitRegisteredMeanwhileSettlesEachUnitOnItsOwn() {
        String taken = newUnit(communityId, "4", "4-402");
        Instant now = Instant.now();
        var before = Unit.register(UUID.randomUUID().toString(), communityId, UnitSpec.basic("4", "4-401",
                new BigDecimal("70.00")), now);
        var clash = Unit.register(UUID.randomUUID().toString(), communityId, UnitSpec.basic("4", "4-402",
                new BigDecimal("70.00")), now);
        var after = Unit.register(UUID.randomUUID().toString(), communityId, UnitSpec.basic("4", "4-403",
                new BigDecimal("70.00")), now);

        assertThat(units.registerAll(List.of(before, clash, after))).containsExactly(true, false, true);

        assertThat(unitNumbers()).containsExactly("4/4-401", "4/4-402", "4/4-403");
        assertThat(units.numbered(communityId, "4", "4-402").orElseThrow().id()).isEqualTo(taken);
        assertThat(units.numbered(communityId, "４", "４-403").orElseThrow().id()).isEqualTo(after.unit().id());
    }

    @Test
    void theTemplateHasTheHeaderInBothLanguagesAndAnExampleRow() {
        Answer template = api.send("GET", "/api/communities/" + communityId + "/units/import/template", supervisor, null);
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(template.header("Content-Disposition")).startsWith("attachment").contains(".csv");
        assertThat(template.body()).startsWith("\uFEFF楼栋 Building,单元 Entrance,楼层 Floor,房号 Room number");
        // the template filled in as it is imports its example row
        Answer imported = importCsv(communityId, supervisor, template.body().getBytes(StandardCharsets.UTF_8),
                "text/csv; charset=UTF-8");
        assertThat(imported.json().path("imported").asLong()).as(imported.body()).isEqualTo(1);
        assertProblem(api.send("GET", "/api/communities/" + communityId + "/units/import/template", agent, null), 403,
                "forbidden");
    }

    @Test
    void onlyAdministratorsAndTheCommunitysSupervisorsImportAndOnlyIntoTheirCommunity() {
        assertProblem(importCsv(agent, GOOD), 403, "forbidden");
        assertProblem(importCsv(TestTokens.get().resident("r-1", communityId, "u-1"), GOOD), 403, "forbidden");
        String elsewhere = TestTokens.get().staff("CS_SUPERVISOR", newCommunity());
        assertProblem(importCsv(elsewhere, GOOD), 404, "not-found");
        assertProblem(importCsv(UUID.randomUUID().toString(), admin, GOOD.getBytes(StandardCharsets.UTF_8), "text/csv"),
                404, "not-found");
        assertThat(unitNumbers()).isEmpty();
    }

    @Test
    void aFileThatCannotBeAnImportIsRefusedAsAWhole() {
        assertProblem(importCsv(supervisor, ""), 400, "import-empty");
        byte[] spreadsheet = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
        assertProblem(importCsv(communityId, supervisor, spreadsheet, "text/csv"), 415, "import-not-csv");
        assertProblem(importCsv(communityId, supervisor, spreadsheet, "application/vnd.ms-excel"), 415,
                "import-not-csv");
        Answer header = importCsv(supervisor, "楼栋,房号,面积\r\n1,1-101,80.00\r\n", "Accept-Language", "en");
        assertProblem(header, 400, "import-header-unknown-column");
        assertThat(header.json().path("detail").asString()).contains("面积");
        assertProblem(importCsv(supervisor, "楼栋,房号\r\n1,1-101\r\n"), 400, "import-header-missing-column");
        assertProblem(importCsv(communityId, supervisor, "{\"building\":\"1\"}".getBytes(StandardCharsets.UTF_8),
                "application/json"), 415, "unsupported-media-type");
        byte[] gbk = "楼栋,单元,楼层,房号,建筑面积,用途,交付日期,状态\r\n七,1,3,7-301,89.50,住宅,,\r\n"
                .getBytes(java.nio.charset.Charset.forName("GBK"));
        assertProblem(importCsv(communityId, supervisor, gbk, "text/csv"), 400, "import-encoding");
        assertProblem(importCsv(communityId, supervisor, gbk, "text/csv; charset=X-NO-SUCH"), 415,
                "unsupported-media-type");
        Answer declared = importCsv(communityId, supervisor, gbk, "text/csv; charset=GBK");
        assertThat(declared.status()).as(declared.body()).isEqualTo(200);
        assertThat(declared.json().path("imported").asLong()).isEqualTo(1);
        assertThat(unitNumbers()).containsExactly("七/7-301");
    }
}

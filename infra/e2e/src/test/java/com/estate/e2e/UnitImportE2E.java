package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A community's units imported from a spreadsheet, through the gateway: the administrator creates a community, reads
 * the import template, imports a CSV file with one bad row, reads the row's error in the report, finds the good rows
 * among the community's units, imports the same file again and is told that every unit is unchanged.
 */
class UnitImportE2E {

    private static final String CSV = "\uFEFF楼栋 Building,单元 Entrance,楼层 Floor,房号 Room number,"
            + "建筑面积 Floor area (m²),用途 Use,交付日期 Handover date,状态 Status\r\n"
            + "1,1,1,1-0101,89.50,RESIDENTIAL,2024-05-01,VACANT\r\n"
            + "1,1,2,1-0201,89.50,住宅,2024/5/1,未售\r\n"
            + "1,2,-1,B1-001,12.00,PARKING,,\r\n"
            + "1,2,3,1-0301,89.555,RESIDENTIAL,2024-05-01,VACANT\r\n";

    private static Gateway gateway;
    private static String adminToken;

    @BeforeAll
    static void logIn() {
        E2eSettings settings = E2eSettings.fromSystemProperties();
        gateway = new Gateway(settings.gateway());
        adminToken = gateway.login("admin", settings.adminPassword());
    }

    @Test
    void anAdministratorImportsUnitsSeesTheBadRowAndAnImportAgainChangesNothing() {
        Reply community = gateway.postJson("/api/communities", "{\"name\":\"E2E 导入 " + UUID.randomUUID()
                + "\",\"summerSchedule\":{\"start\":\"05-01\",\"end\":\"09-30\"}}", adminToken);
        assertThat(community.status()).as("%s", community).isEqualTo(201);
        String communityId = community.json().path("id").asString();
        String importPath = "/api/communities/" + communityId + "/units/import";

        Reply template = gateway.get(importPath + "/template", adminToken);
        assertThat(template.status()).as("%s", template).isEqualTo(200);
        assertThat(template.mediaType()).isEqualTo("text/csv");
        assertThat(template.body()).startsWith("\uFEFF楼栋 Building");

        Reply first = gateway.post(importPath, "text/csv", CSV, adminToken);
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(first.json().path("imported").asLong()).isEqualTo(3);
        assertThat(first.json().path("failed").asLong()).isEqualTo(1);
        JsonNode error = first.json().path("errors").get(0);
        assertThat(first.json().path("errors").size()).isEqualTo(1);
        assertThat(error.path("row").asLong()).isEqualTo(5);
        assertThat(error.path("column").asString()).isEqualTo("floorArea");
        assertThat(error.path("code").asString()).isEqualTo("floor-area-invalid");
        assertThat(error.path("message").asString()).contains("89.555");

        Reply units = gateway.get("/api/communities/" + communityId + "/units?sort=unitNumber", adminToken);
        assertThat(units.status()).as("%s", units).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        units.json().path("items").forEach(unit -> numbers.add(unit.path("unitNumber").asString()));
        assertThat(numbers).containsExactly("1-0101", "1-0201", "B1-001");
        assertThat(units.json().path("items").get(1).path("status").asString()).isEqualTo("UNSOLD");
        Reply buildings = gateway.get("/api/communities/" + communityId + "/buildings", adminToken);
        assertThat(buildings.json().path("items").get(0).path("name").asString()).isEqualTo("1");

        Reply again = gateway.post(importPath, "text/csv", CSV, adminToken);
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.json().path("imported").asLong()).isZero();
        assertThat(again.json().path("unchanged").asLong()).isEqualTo(3);
        assertThat(again.json().path("failed").asLong()).isEqualTo(1);
        assertThat(gateway.get("/api/communities/" + communityId + "/units", adminToken).json().path("total").asLong())
                .isEqualTo(3);
    }
}

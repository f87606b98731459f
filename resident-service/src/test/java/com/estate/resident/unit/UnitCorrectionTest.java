package com.estate.resident.unit;

import static com.estate.testsupport.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.estate.resident.DeskTest;
import com.estate.resident.unit.domain.UnitStatus;
import com.estate.testsupport.Scenario;
import com.estate.testsupport.TestHttp.Answer;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PATCH /api/units/{id} beyond the floor area: use, handover date, and the status between unsold and vacant; the
 * statuses a process sets are refused with 409, and unit.updated names every field that changed.
 */
class UnitCorrectionTest extends DeskTest {

    @Autowired
    private Units units;

    /** The fields of unit.updated this test reads. */
    record Updated(String unitId, String use, String handoverDate, String status, long unitRevision,
            List<String> changedFields) {
    }

    private String unit(String number) {
        return newUnit(communityId, "6", number);
    }

    @Test
    void aSupervisorCorrectsUseHandoverDateAndStatusAndTheSuiteLearnsWhichChanged() {
        String unitId = unit("6-101");
        AtomicReference<Answer> changed = new AtomicReference<>();
        var updated = new Scenario(kafka)
                .stimulate(() -> changed.set(api.send("PATCH", "/api/units/" + unitId, supervisor,
                        "{\"use\":\"COMMERCIAL\",\"handoverDate\":\"2024-06-30\",\"status\":\"UNSOLD\",\"floorArea\":\"76.00\"}",
                        "If-Match", "\"1\"")))
                .andWaitForEvent("resident.events", "com.estate.resident.unit.updated.v1", Updated.class)
                .matching(event -> event.unitId().equals(unitId))
                .toArrive();
        assertThat(changed.get().status()).as(changed.get().body()).isEqualTo(200);
        assertThat(changed.get().json().path("use").asString()).isEqualTo("COMMERCIAL");
        // the area was sent unchanged: not among the changed fields
        assertThat(updated.data()).isEqualTo(new Updated(unitId, "COMMERCIAL", "2024-06-30", "UNSOLD", 2,
                List.of("use", "handoverDate", "status")));

        Answer back = api.send("PATCH", "/api/units/" + unitId, supervisor, "{\"status\":\"VACANT\"}", "If-Match", "\"2\"");
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().path("status").asString()).isEqualTo("VACANT");
    }

    @Test
    void aStatusThatAProcessSetsIsRefusedWithAConflict() {
        String unitId = unit("6-102");
        for (String managed : new String[] {"OCCUPIED", "IN_CUSTODY", "UNDER_RENOVATION"}) {
            Answer refused = api.send("PATCH", "/api/units/" + unitId, supervisor, "{\"status\":\"" + managed + "\"}",
                    "If-Match", "*", "Accept-Language", "en");
            assertProblem(refused, 409, "unit-status-managed");
            assertThat(refused.json().path("detail").asString()).contains(managed);
        }
        assertThat(api.send("GET", "/api/units/" + unitId, supervisor, null).json().path("status").asString())
                .isEqualTo("VACANT");

        // once a move-in made it occupied, nobody sets it back to vacant by hand
        assertThat(units.changeStatus(unitId, UnitStatus.OCCUPIED)).isEqualTo(UnitStatus.VACANT);
        assertProblem(api.send("PATCH", "/api/units/" + unitId, supervisor, "{\"status\":\"VACANT\"}", "If-Match", "*"),
                409, "unit-status-managed");
        // other corrections of an occupied unit still work
        Answer area = api.send("PATCH", "/api/units/" + unitId, supervisor, "{\"floorArea\":\"77.00\"}", "If-Match", "*");
        assertThat(area.status()).as(area.body()).isEqualTo(200);
        assertThat(area.json().path("status").asString()).isEqualTo("OCCUPIED");
    }

    @Test
    void badCorrectionsAreExplained() {
        String unitId = unit("6-103");
        Answer use = api.send("PATCH", "/api/units/" + unitId, supervisor, "{\"use\":\"CASTLE\"}", "If-Match", "*");
        assertProblem(use, 400, "validation");
        assertThat(use.json().path("errors").get(0).path("field").asString()).isEqualTo("use");
        Answer date = api.send("PATCH", "/api/units/" + unitId, supervisor, "{\"handoverDate\":\"2024-13-01\"}",
                "If-Match", "*");
        assertProblem(date, 400, "validation");
        assertThat(date.json().path("errors").get(0).path("field").asString()).isEqualTo("handoverDate");
        assertThat(api.send("GET", "/api/units/" + unitId, supervisor, null).header("ETag")).isEqualTo("\"1\"");
    }
}

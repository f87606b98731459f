package com.estate.workorder.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.estate.workorder.WorkOrderTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facts of communities and units the service learns from resident-service's events, newest revision wins. */
class EstateFactsTest extends WorkOrderTest {

    private Map<String, Object> communityUpdated(String community, String zone, int revision, String summerStart,
            String summerEnd) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("communityId", community);
        data.put("name", "翠苑");
        data.put("timeZone", zone);
        if (summerStart != null) {
            data.put("summerSchedule", Map.of("start", summerStart, "end", summerEnd));
        }
        data.put("communityRevision", revision);
        data.put("changedFields", List.of("summerSchedule"));
        data.put("updatedAt", "2026-03-01T08:00:00Z");
        return data;
    }

    @Test
    void aCommunitysTimeZoneAndSummerScheduleFollowItsNewestRevision() {
        assertThat(estate.community(communityId).orElseThrow().timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(estate.community(communityId).orElseThrow().keepsSummerHours()).isFalse();

        send("com.estate.resident.community.updated.v1", communityId, communityId,
                communityUpdated(communityId, "Asia/Urumqi", 3, "05-01", "09-30"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> estate.community(communityId).orElseThrow().keepsSummerHours());
        CommunityFacts facts = estate.community(communityId).orElseThrow();
        assertThat(facts.timeZone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
        assertThat(facts.summerStart()).isEqualTo(MonthDay.of(5, 1));
        assertThat(facts.isSummerDay(LocalDate.of(2026, 9, 30))).isTrue();
        assertThat(facts.isSummerDay(LocalDate.of(2026, 10, 1))).isFalse();

        // a late, older update (revision 2): once consumed, it changed nothing
        send("com.estate.resident.community.updated.v1", communityId, communityId,
                communityUpdated(communityId, "Asia/Shanghai", 2, null, null));
        kafka.awaitConsumed("workorder-service", "resident.events", Duration.ofSeconds(30));
        assertThat(estate.community(communityId).orElseThrow()).isEqualTo(facts);
    }

    @Test
    void aUnitsHandoverDateArrivesWithAnUpdateAndALateRegistrationDoesNotUndoIt() {
        String unit = announceUnit(communityId, null);
        assertThat(estate.unit(unit).orElseThrow().handover()).isEmpty();

        Map<String, Object> updated = new LinkedHashMap<>();
        updated.put("unitId", unit);
        updated.put("communityId", communityId);
        updated.put("building", "3");
        updated.put("unitNumber", "3-1201");
        updated.put("floorArea", "89.50");
        updated.put("handoverDate", "2024-06-01");
        updated.put("unitRevision", 2);
        updated.put("changedFields", List.of("handoverDate"));
        updated.put("updatedAt", "2026-03-01T08:00:00Z");
        send("com.estate.resident.unit.updated.v1", unit, communityId, updated);
        await().atMost(Duration.ofSeconds(30)).until(() -> estate.unit(unit).orElseThrow().handover().isPresent());
        assertThat(estate.unit(unit).orElseThrow().handoverDate()).isEqualTo(LocalDate.of(2024, 6, 1));

        // unit.registered (revision 1) replayed: the handover date stays
        Map<String, Object> registered = new LinkedHashMap<>();
        registered.put("unitId", unit);
        registered.put("communityId", communityId);
        registered.put("building", "3");
        registered.put("unitNumber", "3-1201");
        registered.put("floorArea", "89.50");
        registered.put("registeredAt", "2026-01-05T08:00:00Z");
        send("com.estate.resident.unit.registered.v1", unit, communityId, registered);
        kafka.awaitConsumed("workorder-service", "resident.events", Duration.ofSeconds(30));
        assertThat(estate.unit(unit).orElseThrow().handoverDate()).isEqualTo(LocalDate.of(2024, 6, 1));
    }
}

package com.estate.gateway.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.estate.platform.events.CloudEventReader;
import com.estate.platform.events.EventReader;
import com.estate.platform.events.InvalidEventException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the events as the listener receives them (through the platform's strict reader) and placing them in the
 * resident's history, without Spring.
 */
class ResidentEventTest {

    private static final String HASH = "a".repeat(64);
    private static final CloudEventReader RECORDS = new CloudEventReader();
    private static final EventReader DATA = new EventReader(JsonMapper.builder().build());

    private static String movedOut(String time, String version) {
        return """
            {"specversion":"1.0","id":"0b7c7c2e-6a3e-4e0a-9a53-0f6d3c1f2a10","source":"/resident-service","type":"%s","subject":"r-1","time":%s,
             "datacontenttype":"application/json","dataschema":"urn:estate:schemas:%s","communityid":"c-1",
             "data":{"residentId":"r-1","communityId":"c-1","unitIds":["u-1"],"movedOutAt":"2026-11-26T09:00:00Z"%s}}
            """.formatted(ResidentEvent.MOVED_OUT, time, ResidentEvent.MOVED_OUT,
                version == null ? "" : ",\"residentVersion\":" + version);
    }

    private static ResidentEvent read(String record) {
        return ResidentEvent.from(RECORDS.read(record), DATA);
    }

    @Test
    void readsTheVersionAndTheTime() {
        ResidentEvent event = read(movedOut("\"2026-11-26T17:00:00+08:00\"", "3"));
        assertThat(event.residentVersion()).isEqualTo(3L);
        assertThat(event.time()).isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
        assertThat(event.unitIds()).containsExactly("u-1");
        assertThat(read(movedOut("\"2026-11-26T09:00:00Z\"", null)).residentVersion()).isNull();
    }

    @Test
    void aBadVersionOrTimeBreaksTheContractAndCanNeverBeApplied() {
        for (String version : List.of("0", "-2", "1.5", "\"3\"", "true", "null")) {
            assertThatThrownBy(() -> read(movedOut("\"2026-11-26T09:00:00Z\"", version)))
                    .as(version).isInstanceOf(InvalidEventException.class);
        }
        for (String time : List.of("null", "\"yesterday\"", "\"2026-11-26T09:00:00\"", "42")) {
            assertThatThrownBy(() -> read(movedOut(time, "1")))
                    .as(time).isInstanceOf(InvalidEventException.class);
        }
    }

    @Test
    void anEventOfATypeTheGatewayDoesNotHandleIsSkipped() {
        String other = movedOut("\"2026-11-26T09:00:00Z\"", "1")
                .replace(ResidentEvent.MOVED_OUT, "com.estate.resident.something.later.v1");
        assertThat(ResidentEvent.from(RECORDS.read(other), DATA)).isNull();
    }

    @Test
    void anEventIsOlderWhenTheVersionSaysSoAndOnlyWithoutVersionsWhenTheClockDoes() {
        Instant t = Instant.parse("2026-11-26T09:00:00Z");
        ResidentAccount atVersion3 = account(3L, t);
        assertThat(event(2L, t.plusSeconds(60)).isOlderThanWhatWasApplied(atVersion3)).isTrue();
        assertThat(event(3L, t.plusSeconds(60)).isOlderThanWhatWasApplied(atVersion3)).isTrue();
        assertThat(event(4L, t.minusSeconds(60)).isOlderThanWhatWasApplied(atVersion3)).isFalse();

        ResidentAccount unversioned = account(null, t);
        assertThat(event(5L, t.minusSeconds(1)).isOlderThanWhatWasApplied(unversioned)).isTrue();
        assertThat(event(null, t).isOlderThanWhatWasApplied(unversioned)).isFalse(); // same instant: in order
        assertThat(event(null, t.plusSeconds(1)).isOlderThanWhatWasApplied(atVersion3)).isFalse();
        assertThat(event(null, t).isOlderThanWhatWasApplied(null)).isFalse();
        assertThat(event(null, t).isOlderThanWhatWasApplied(account(null, null))).isFalse(); // written before
    }

    @Test
    void aMoveOutOfAnUnknownResidentIsRecordedDisabled() {
        Instant t = Instant.parse("2026-11-26T09:00:00Z");
        ResidentAccount recorded = event(2L, t).applyTo(null, t);
        assertThat(recorded.enabled()).isFalse();
        assertThat(recorded.phoneHash()).isNull();
        assertThat(recorded.lastVersion()).isEqualTo(2L);
        assertThat(recorded.lastEventTime()).isEqualTo(t);
    }

    @Test
    void aResidentRegisteredForASecondUnitLogsInWithBothUntilMovedOutOfEach() {
        Instant t = Instant.parse("2026-11-26T09:00:00Z");
        // resident-service announces a second registration of the same person as the next event, for the new unit
        ResidentAccount first = registered(1L, "u-1", t).applyTo(null, t);
        ResidentAccount both = registered(2L, "u-2", t.plusSeconds(1)).applyTo(first, t);
        assertThat(both.unitIds()).containsExactly("u-1", "u-2");
        assertThat(both.enabled()).isTrue();
        assertThat(registered(2L, "u-2", t.plusSeconds(1)).isOlderThanWhatWasApplied(both)).isTrue();

        ResidentAccount second = new ResidentEvent("e-3", ResidentEvent.MOVED_OUT, "r-1", "c-1", List.of("u-1"), null,
                3L, t.plusSeconds(2)).applyTo(both, t);
        assertThat(second.unitIds()).containsExactly("u-2");
        assertThat(second.enabled()).isTrue();
        ResidentAccount none = new ResidentEvent("e-4", ResidentEvent.MOVED_OUT, "r-1", "c-1", List.of("u-2"), null,
                4L, t.plusSeconds(3)).applyTo(second, t);
        assertThat(none.enabled()).isFalse();
        // registered again later (bought another flat): the log-in is back, for that unit only
        ResidentAccount again = registered(5L, "u-3", t.plusSeconds(4)).applyTo(none, t);
        assertThat(again.unitIds()).containsExactly("u-3");
        assertThat(again.enabled()).isTrue();
    }

    private static ResidentEvent registered(Long version, String unitId, Instant time) {
        return new ResidentEvent("e-" + version, ResidentEvent.REGISTERED, "r-1", "c-1", List.of(unitId), HASH,
                version, time);
    }

    private static ResidentEvent event(Long version, Instant time) {
        return new ResidentEvent("e-" + version + time, ResidentEvent.MOVED_OUT, "r-1", "c-1", List.of("u-1"), null,
                version, time);
    }

    private static ResidentAccount account(Long lastVersion, Instant lastEventTime) {
        return new ResidentAccount("r-1", HASH, "c-1", List.of("u-1"), true, 1, List.of("e-0"), lastEventTime,
                lastVersion, lastEventTime);
    }
}

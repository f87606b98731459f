package com.estate.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CloudEventReaderTest {

    private static final String ACCOUNT_OPENED = "com.estate.billing.account.opened.v1";

    private final CloudEventReader reader = new CloudEventReader();

    private static String event(String type, String data) {
        return """
            {"specversion":"1.0","id":"0b7c7c2e-6a3e-4e0a-9a53-0f6d3c1f2a10","source":"/billing-service","type":"%s","subject":"a-1",
             "time":"2026-12-01T08:00:00+08:00","datacontenttype":"application/json",
             "dataschema":"urn:estate:schemas:%s","communityid":"c-1","data":%s}
            """.formatted(type, type, data);
    }

    @Test
    void anEventThatHonoursItsContractIsRead() {
        CloudEvent event = reader.read(event(ACCOUNT_OPENED, """
            {"accountId":"a-1","unitId":"u-1","communityId":"c-1","currency":"CNY",
             "openedAt":"2026-12-01T00:00:00Z","somethingAddedLater":true}""").getBytes(StandardCharsets.UTF_8));

        assertThat(event.id()).isEqualTo("0b7c7c2e-6a3e-4e0a-9a53-0f6d3c1f2a10");
        assertThat(event.type()).isEqualTo(ACCOUNT_OPENED);
        assertThat(event.time()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(event.communityid()).isEqualTo("c-1");
        assertThat(event.data().path("unitId").asString()).isEqualTo("u-1");
    }

    @Test
    void dataThatBreaksItsTypesSchemaCanNeverBeApplied() {
        assertThatThrownBy(() -> reader.read(event(ACCOUNT_OPENED, """
            {"accountId":"a-1","unitId":"u-1","communityId":"c-1","currency":"USD","openedAt":"yesterday"}""")))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("0b7c7c2e-6a3e-4e0a-9a53-0f6d3c1f2a10").hasMessageContaining(ACCOUNT_OPENED).hasMessageContaining("currency");
    }

    @Test
    void aTypeWithoutASchemaHereIsCheckedForItsEnvelopeOnly() {
        CloudEvent event = reader.read(event("com.estate.billing.something.later.v1", "{\"anything\":1}"));
        assertThat(event.data().path("anything").asInt()).isEqualTo(1);

        String noTime = event("com.estate.billing.something.later.v1", "{}")
                .replace("\"time\":\"2026-12-01T08:00:00+08:00\",", "");
        assertThatThrownBy(() -> reader.read(noTime)).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("envelope");
        String timeWithoutOffset = event("com.estate.billing.something.later.v1", "{}")
                .replace("2026-12-01T08:00:00+08:00", "2026-12-01T08:00:00");
        assertThatThrownBy(() -> reader.read(timeWithoutOffset)).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void aRecordThatIsNoEventAtAllCanNeverBeApplied() {
        assertThatThrownBy(() -> reader.read((byte[]) null)).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("no value");
        assertThatThrownBy(() -> reader.read("not json")).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> reader.read("[1,2]")).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> reader.read("{}")).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("breaks its contract");
    }
}

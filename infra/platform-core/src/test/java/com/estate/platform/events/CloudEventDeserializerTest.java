package com.estate.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class CloudEventDeserializerTest {

    private static final String ACCOUNT_OPENED = "com.estate.billing.account.opened.v1";
    private static final String BILL_PAID = "com.estate.billing.bill.paid.v1";
    private static final byte[] NOT_AN_EVENT = "not an event".getBytes(StandardCharsets.UTF_8);

    private final CloudEventDeserializer deserializer = new CloudEventDeserializer();

    private static RecordHeaders typed(String type) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEvent.TYPE_HEADER, type.getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private static byte[] accountOpened() {
        return """
            {"specversion":"1.0","id":"0b7c7c2e-6a3e-4e0a-9a53-0f6d3c1f2a10","source":"/billing-service",
             "type":"%s","subject":"a-1","time":"2026-12-01T08:00:00+08:00","datacontenttype":"application/json",
             "dataschema":"urn:estate:schemas:%s","communityid":"c-1","data":{"accountId":"a-1","unitId":"u-1",
             "communityId":"c-1","currency":"CNY","openedAt":"2026-12-01T00:00:00Z"}}
            """.formatted(ACCOUNT_OPENED, ACCOUNT_OPENED).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aRecordOfATypeTheConsumerDoesNotHandleIsPassedOverUnread() {
        deserializer.configure(Map.of(CloudEventDeserializer.HANDLED_TYPES, BILL_PAID + ", " + ACCOUNT_OPENED), false);

        CloudEvent skipped = deserializer.deserialize("billing.events", typed("com.estate.billing.bill.issued.v1"),
                NOT_AN_EVENT);

        assertThat(skipped.type()).isEqualTo("com.estate.billing.bill.issued.v1");
        assertThat(skipped.id()).isNull();
        assertThat(skipped.data()).isNull();
    }

    @Test
    void aRecordOfAHandledTypeIsReadAndCheckedInFull() {
        deserializer.configure(Map.of(CloudEventDeserializer.HANDLED_TYPES, ACCOUNT_OPENED), false);

        assertThat(deserializer.deserialize("billing.events", typed(ACCOUNT_OPENED), accountOpened()).data()
                .path("unitId").asString()).isEqualTo("u-1");
        assertThatThrownBy(() -> deserializer.deserialize("billing.events", typed(ACCOUNT_OPENED), NOT_AN_EVENT))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void withoutTheHeaderOrWithoutTheListEveryRecordIsRead() {
        deserializer.configure(Map.of(CloudEventDeserializer.HANDLED_TYPES, BILL_PAID), false);
        assertThatThrownBy(() -> deserializer.deserialize("billing.events", new RecordHeaders(), NOT_AN_EVENT))
                .isInstanceOf(InvalidEventException.class);

        CloudEventDeserializer readsEverything = new CloudEventDeserializer();
        readsEverything.configure(Map.of(), false);
        assertThat(readsEverything.deserialize("billing.events", typed(ACCOUNT_OPENED), accountOpened()).id())
                .isEqualTo("0b7c7c2e-6a3e-4e0a-9a53-0f6d3c1f2a10");
        assertThatThrownBy(() -> readsEverything.deserialize("billing.events", typed(BILL_PAID), NOT_AN_EVENT))
                .isInstanceOf(InvalidEventException.class);
    }
}

package com.estate.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.contracts.ContractValidator;
import com.estate.contracts.identity.Role;
import com.estate.platform.outbox.OutboxEvent;
import com.estate.platform.outbox.OutboxEvents;
import com.estate.platform.testapp.Sample;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class NotificationsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    private final Notifications notifications = new Notifications(new OutboxEvents(JSON, clock), clock);

    @Test
    void queuesAContractValidRequestOnTheAggregatesOutbox() {
        Sample aggregate = new Sample();
        notifications.request(aggregate, new NotificationRecipient.Household("c-1", "u-1"), "billing.account-opened",
                Map.of("unitId", "u-1", "accountId", "fa-u-1"), Urgency.NORMAL);

        OutboxEvent queued = aggregate.getOutbox().getFirst();
        assertThat(queued.topic()).isEqualTo("notification.requests");
        assertThat(queued.type()).isEqualTo("com.estate.platform.notification.requested.v1");
        assertThat(queued.subject()).isEqualTo("c-1/HOUSEHOLD/u-1");
        assertThat(queued.communityId()).isEqualTo("c-1");
        assertThat(queued.data()).isEqualTo("""
                {"communityId":"c-1","recipient":{"kind":"HOUSEHOLD","id":"u-1"},\
                "templateKey":"billing.account-opened","params":{"accountId":"fa-u-1","unitId":"u-1"},\
                "urgency":"NORMAL","requestedAt":"2026-12-01T08:00:00Z"}""");
        new ContractValidator().assertValid(envelope(queued));
    }

    @Test
    void everyKindOfRecipientIsAddressedById() {
        Sample aggregate = new Sample();
        notifications.request(aggregate, new NotificationRecipient.Resident("c-1", "r-1"), "a.b", Map.of(),
                Urgency.URGENT);
        notifications.request(aggregate, new NotificationRecipient.CommunityRole("c-1", Role.CS_SUPERVISOR), "a.b",
                Map.of(), Urgency.NORMAL);
        notifications.request(aggregate, new NotificationRecipient.StaffMember("c-1", "staff-7"), "a.b", Map.of(),
                Urgency.NORMAL);

        assertThat(aggregate.getOutbox()).extracting(OutboxEvent::subject)
                .containsExactly("c-1/RESIDENT/r-1", "c-1/ROLE/CS_SUPERVISOR", "c-1/STAFF/staff-7");
        ContractValidator contracts = new ContractValidator();
        aggregate.getOutbox().forEach(event -> contracts.assertValid(envelope(event)));
        assertThatThrownBy(() -> new NotificationRecipient.CommunityRole("c-1", Role.PLATFORM_ADMIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotificationRecipient.Household("c-1", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConsumerReadsTheRecipientBackFromItsKindAndId() {
        for (NotificationRecipient recipient : new NotificationRecipient[] {
                new NotificationRecipient.Resident("c-1", "r-1"), new NotificationRecipient.Household("c-1", "u-1"),
                new NotificationRecipient.CommunityRole("c-1", Role.FINANCE),
                new NotificationRecipient.StaffMember("c-1", "staff-7")}) {
            assertThat(NotificationRecipient.of(recipient.communityId(), recipient.kind(), recipient.id()))
                    .isEqualTo(recipient);
        }
        assertThatThrownBy(() -> NotificationRecipient.of("c-1", "PLANET", "p-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotificationRecipient.of("c-1", "ROLE", "RESIDENT"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotificationRecipient.of("c-1", "ROLE", "JANITOR"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotificationRecipient.of(null, "STAFF", "staff-7"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesWhatTheContractWouldRefuseBeforeAnythingIsQueued() {
        Sample aggregate = new Sample();
        var household = new NotificationRecipient.Household("c-1", "u-1");
        Map<String, String> tooMany = new HashMap<>();
        for (int i = 0; i < 21; i++) {
            tooMany.put("p" + i, "v");
        }
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("unitId", null);

        assertThatThrownBy(() -> notifications.request(aggregate, household, "AccountOpened", Map.of(),
                Urgency.NORMAL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notifications.request(aggregate, household, "a.b", Map.of("unit id", "u-1"),
                Urgency.NORMAL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notifications.request(aggregate, household, "a.b", tooMany, Urgency.NORMAL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notifications.request(aggregate, household, "a.b", nullValue, Urgency.NORMAL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(aggregate.getOutbox()).isEmpty();
    }

    /** The envelope the relay publishes around a queued event. */
    private static String envelope(OutboxEvent event) {
        ObjectNode envelope = JSON.createObjectNode()
                .put("specversion", "1.0").put("id", event.eventId()).put("source", "/platform-test")
                .put("type", event.type()).put("subject", event.subject()).put("time", event.time().toString())
                .put("datacontenttype", "application/json").put("dataschema", event.dataschema())
                .put("communityid", event.communityId());
        envelope.set("data", JSON.readTree(event.data()));
        return JSON.writeValueAsString(envelope);
    }
}

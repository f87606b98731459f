package com.estate.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Events built for a producer that is played, not run: only what honours the contract is handed out. */
class ContractEventsTest {

    private static final String ID = "6f1c2a52-3b9e-4d35-9a51-0d4f6c2b7e10";

    private final ContractEvents events = new ContractEvents();

    @Test
    void anEventFromAMapOrFromJsonTextHonoursItsContractAndCarriesItsDataschema() {
        Map<String, Object> data = Map.of("paymentId", "p-1", "accountId", "fa-u1", "unitId", "u1",
                "communityId", "c1", "amount", "12.50", "currency", "CNY", "channel", "CASH",
                "receivedAt", "2026-12-01T08:00:00Z", "billIds", List.of("b-1"));
        String fromMap = events.of(ID, "com.estate.billing.payment.received.v1", "/billing-service", "fa-u1", "c1",
                data);
        String fromText = events.of(ID, "com.estate.billing.payment.received.v1", "/billing-service", "fa-u1",
                "c1", JsonMapper.shared().writeValueAsString(data));

        assertThat(new ContractValidator().violations(fromMap)).isEmpty();
        JsonNode event = JsonMapper.shared().readTree(fromText);
        assertThat(event.path("dataschema").asString())
                .isEqualTo("urn:estate:schemas:com.estate.billing.payment.received.v1");
        assertThat(event.path("data")).isEqualTo(JsonMapper.shared().readTree(fromMap).path("data"));
    }

    @Test
    void anEventThatBreaksItsContractIsNeverHandedOut() {
        assertThatThrownBy(() -> events.of(ID, "com.estate.billing.payment.received.v1", "/billing-service",
                "fa-u1", "c1", "{\"paymentId\":\"p-2\",\"amount\":\"12.5\"}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("amount");
    }
}

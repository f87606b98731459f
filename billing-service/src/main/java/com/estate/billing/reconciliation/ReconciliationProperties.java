package com.estate.billing.reconciliation;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.billing.reconciliation.*}: what the reconciliation job reads and as whom.
 *
 * @param groupId     its own consumer group (never billing-service's): it commits the offsets it read up to, so its
 *                    progress shows, and always starts again from the first offset
 * @param topics      billing's events and the charge requests of the services that ask billing for charges
 * @param readTimeout how long a run waits for the broker before it gives up (the report is then not written)
 * @param keepFindings how many findings a stored report lists (the counts are always complete)
 */
@ConfigurationProperties("app.billing.reconciliation")
public record ReconciliationProperties(@DefaultValue("billing-reconciliation") String groupId,
        @DefaultValue({"billing.events", "resident.events", "workorder.events"}) List<String> topics,
        @DefaultValue("PT2M") Duration readTimeout, @DefaultValue("5000") int keepFindings) {
}

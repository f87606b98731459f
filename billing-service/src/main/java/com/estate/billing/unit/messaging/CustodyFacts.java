package com.estate.billing.unit.messaging;

import com.estate.billing.unit.persistence.BillingUnitDocument;
import com.estate.platform.events.CloudEvent;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Custody periods, billed at the custody rate: from {@code startedOn} up to, not including, {@code endedOn}, both
 * days as resident-service counted them in the community's zone (so billing converts nothing).
 */
@Configuration(proxyBeanMethods = false)
class CustodyFacts {

    /** The fields of custody.started and custody.ended billing reads; {@code endedOn} only on ended. */
    record Custody(String custodyId, String unitId, String communityId, LocalDate startedOn, LocalDate endedOn)
            implements UnitScoped {
        Custody {
            Objects.requireNonNull(custodyId, "custodyId");
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(startedOn, "startedOn");
        }
    }

    @Bean
    UnitFactsHandler<Custody> custodyStartedFacts() {
        return handler("com.estate.resident.custody.started.v1");
    }

    @Bean
    UnitFactsHandler<Custody> custodyEndedFacts() {
        return handler("com.estate.resident.custody.ended.v1");
    }

    private static UnitFactsHandler<Custody> handler(String type) {
        return new UnitFactsHandler<>(type, Custody.class) {
            @Override
            public void apply(BillingUnitDocument unit, Custody custody, CloudEvent event) {
                unit.custody(custody.custodyId(), custody.startedOn(), custody.endedOn());
            }
        };
    }
}

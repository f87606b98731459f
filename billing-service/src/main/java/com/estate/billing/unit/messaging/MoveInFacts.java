package com.estate.billing.unit.messaging;

import com.estate.billing.BillingProperties;
import com.estate.billing.unit.persistence.BillingUnitDocument;
import com.estate.platform.events.CloudEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The move-in's facts: the day the owner moved in ({@code movein.completed}, the first day billed) and the meter
 * readings confirmed at move-in ({@code movein.meter-readings-recorded}, the start of the metered fees).
 */
@Configuration(proxyBeanMethods = false)
class MoveInFacts {

    record Completed(String unitId, String communityId, Instant completedAt) implements UnitScoped {
        Completed {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(completedAt, "completedAt");
        }
    }

    record Reading(String value) {
    }

    record Readings(Reading water, Reading electricity, Reading gas) {
    }

    record ReadingsRecorded(String unitId, String communityId, Readings readings) implements UnitScoped {
        ReadingsRecorded {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(readings, "readings");
        }
    }

    @Bean
    UnitFactsHandler<Completed> moveInCompletedFacts(BillingProperties properties) {
        return new UnitFactsHandler<>("com.estate.resident.movein.completed.v1", Completed.class) {
            @Override
            public void apply(BillingUnitDocument unit, Completed completed, CloudEvent event) {
                unit.movedIn(completed.completedAt().atZone(properties.timeZone()).toLocalDate());
            }
        };
    }

    @Bean
    UnitFactsHandler<ReadingsRecorded> moveInReadingsFacts() {
        return new UnitFactsHandler<>("com.estate.resident.movein.meter-readings-recorded.v1",
                ReadingsRecorded.class) {
            @Override
            public void apply(BillingUnitDocument unit, ReadingsRecorded recorded, CloudEvent event) {
                Map<String, BigDecimal> readings = new LinkedHashMap<>();
                put(readings, "water", recorded.readings().water());
                put(readings, "electricity", recorded.readings().electricity());
                put(readings, "gas", recorded.readings().gas());
                unit.startReadings(readings);
            }
        };
    }

    private static void put(Map<String, BigDecimal> readings, String meter, Reading reading) {
        if (reading != null && reading.value() != null) {
            readings.put(meter, new BigDecimal(reading.value()));
        }
    }
}

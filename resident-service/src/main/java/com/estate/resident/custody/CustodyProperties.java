package com.estate.resident.custody;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.custody.*}: the thresholds a community has until its own are set (infra/BUSINESS-RULES.md §1: 5 m³ of
 * water, 20 kWh of electricity), and how long after heavy rain the patrol after it is due.
 */
@ConfigurationProperties("app.custody")
public record CustodyProperties(BigDecimal defaultWaterThreshold, BigDecimal defaultElectricityThreshold,
        Duration afterRainPatrolWithin) {

    public CustodyProperties {
        defaultWaterThreshold = defaultWaterThreshold == null ? new BigDecimal("5") : defaultWaterThreshold;
        defaultElectricityThreshold = defaultElectricityThreshold == null ? new BigDecimal("20")
                : defaultElectricityThreshold;
        afterRainPatrolWithin = afterRainPatrolWithin == null ? Duration.ofDays(1) : afterRainPatrolWithin;
    }
}

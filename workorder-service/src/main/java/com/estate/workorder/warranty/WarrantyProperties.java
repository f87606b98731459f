package com.estate.workorder.warranty;

import java.time.MonthDay;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Warranty periods per repair category code (infra/BUSINESS-RULES.md §14.1; defaults in the service's
 * application.yml) and the heating season heating warranties count in. A category not listed carries no warranty.
 *
 * @param periods            category code → {@code years} or {@code heating-seasons}
 * @param heatingSeasonStart {@code MM-dd}, e.g. {@code 11-15}
 * @param heatingSeasonEnd   {@code MM-dd} of the next year, e.g. {@code 03-15}
 */
@ConfigurationProperties("app.workorder.warranty")
public record WarrantyProperties(Map<String, Period> periods, String heatingSeasonStart, String heatingSeasonEnd) {

    public record Period(Integer years, Integer heatingSeasons) {
    }

    public WarrantyProperties {
        periods = periods == null ? Map.of() : Map.copyOf(periods);
        heatingSeasonStart = heatingSeasonStart == null ? "11-15" : heatingSeasonStart;
        heatingSeasonEnd = heatingSeasonEnd == null ? "03-15" : heatingSeasonEnd;
    }

    public WarrantyPeriod periodOf(String category) {
        Period period = periods.get(category);
        if (period == null) {
            return new WarrantyPeriod.None();
        }
        if (period.years() != null) {
            return new WarrantyPeriod.Years(period.years());
        }
        return period.heatingSeasons() == null ? new WarrantyPeriod.None()
                : new WarrantyPeriod.HeatingSeasons(period.heatingSeasons());
    }

    public HeatingSeason heatingSeason() {
        return new HeatingSeason(MonthDay.parse("--" + heatingSeasonStart), MonthDay.parse("--" + heatingSeasonEnd));
    }
}

package com.estate.resident.custody.web;

import com.estate.resident.custody.domain.CustodyThresholds;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** A community's custody thresholds: how far water (m³) and electricity (kWh) may rise, as decimal strings. */
record CustodyRulesRequest(
        @NotNull @Pattern(regexp = ReadingsRequest.DECIMAL) String waterThreshold,
        @NotNull @Pattern(regexp = ReadingsRequest.DECIMAL) String electricityThreshold) {

    /** A threshold of zero would make every reading an anomaly. */
    @AssertTrue
    boolean isPositive() {
        return positive(waterThreshold) && positive(electricityThreshold);
    }

    CustodyThresholds toThresholds() {
        return new CustodyThresholds(new BigDecimal(waterThreshold), new BigDecimal(electricityThreshold));
    }

    private static boolean positive(String value) {
        return value == null || !value.matches(ReadingsRequest.DECIMAL) || new BigDecimal(value).signum() > 0;
    }
}

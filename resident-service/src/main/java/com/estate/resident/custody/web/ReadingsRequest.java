package com.estate.resident.custody.web;

import com.estate.resident.custody.domain.MeterReadings;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** Water (m³) and electricity (kWh) readings as decimal strings such as {@code "1234.5"}: never a double. */
record ReadingsRequest(
        @NotNull @Pattern(regexp = DECIMAL) String water,
        @NotNull @Pattern(regexp = DECIMAL) String electricity) {

    static final String DECIMAL = "[0-9]{1,9}(\\.[0-9]{1,3})?";

    MeterReadings toReadings() {
        return new MeterReadings(new BigDecimal(water), new BigDecimal(electricity));
    }
}

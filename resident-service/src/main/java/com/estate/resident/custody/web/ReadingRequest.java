package com.estate.resident.custody.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import com.estate.resident.custody.domain.MeterReadings;
import java.time.LocalDate;

/** @param readOn the day the meters were read; today in the community when left out */
record ReadingRequest(
        LocalDate readOn,
        @NotNull @Pattern(regexp = ReadingsRequest.DECIMAL) String water,
        @NotNull @Pattern(regexp = ReadingsRequest.DECIMAL) String electricity) {

    MeterReadings toReadings() {
        return new ReadingsRequest(water, electricity).toReadings();
    }
}

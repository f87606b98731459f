package com.estate.billing.meter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A meter replaced on {@code replacedOn}: the old meter's final reading and the new one's start reading. */
record ReplacementBody(@NotBlank @Size(max = 100) String unitId,
        @NotBlank @Pattern(regexp = "water|electricity|gas") String meter, @NotNull LocalDate replacedOn,
        @NotBlank @Pattern(regexp = READING) String finalReading,
        @NotBlank @Pattern(regexp = READING) String startReading, @NotBlank @Size(max = 500) String reason) {

    /** A counter reading: not negative, at most three decimal places (as the import takes them). */
    static final String READING = "[0-9]{1,12}(\\.[0-9]{1,3})?";
}

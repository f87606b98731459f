package com.estate.billing.meter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The reading as it should have been read, and why (kept on the reading). */
record CorrectionBody(@NotBlank @Pattern(regexp = ReplacementBody.READING) String reading,
        @NotBlank @Size(max = 500) String reason) {
}

package com.estate.resident.custody.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** When heavy rain is expected (from the weather service's warning), with an optional note for the patrols. */
record HeavyRainAlertRequest(
        @NotNull OffsetDateTime expectedFrom,
        @NotNull OffsetDateTime expectedUntil,
        @Size(max = 500) String note) {
}

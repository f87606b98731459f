package com.estate.resident.renovation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** @param at when the work happened (ISO-8601 with offset); now if absent */
record WorkLogRequest(OffsetDateTime at, @NotBlank @Size(max = 1000) String note) {
}

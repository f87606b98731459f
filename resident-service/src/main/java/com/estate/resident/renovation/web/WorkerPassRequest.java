package com.estate.resident.renovation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A named worker's pass; without dates, for the whole permitted period. */
record WorkerPassRequest(@NotBlank @Size(max = 50) String workerName, LocalDate validFrom, LocalDate validUntil) {
}

package com.estate.resident.gatepass.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record RevocationRequest(@NotBlank @Size(max = 500) String reason) {
}

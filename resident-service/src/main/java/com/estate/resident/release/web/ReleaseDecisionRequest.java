package com.estate.resident.release.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ReleaseDecisionRequest(@NotBlank @Size(max = 500) String reason) {
}

package com.estate.resident.renovation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/** What an inspection found; each violation of the rules on its own line. */
record InspectionRequest(@NotBlank @Size(max = 2000) String findings,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> violations) {

    List<String> violationList() {
        return Objects.requireNonNullElse(violations, List.<String>of()).stream().map(String::strip).toList();
    }
}

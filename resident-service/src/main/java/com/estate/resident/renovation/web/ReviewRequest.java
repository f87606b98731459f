package com.estate.resident.renovation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/** The supervisor's decision on the plan; a rejection must say why. */
record ReviewRequest(@NotNull Decision decision, @Size(max = 20) List<@NotBlank @Size(max = 500) String> reasons) {

    enum Decision {
        APPROVE,
        REJECT
    }

    List<String> reasonList() {
        return Objects.requireNonNullElse(reasons, List.<String>of()).stream().map(String::strip).toList();
    }
}

package com.estate.platform.testapp;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record SampleRequest(@NotBlank @Size(max = 20) String name, @NotNull SampleStatus status,
        @NotNull @Min(1) @Max(10) Integer quantity) {
}

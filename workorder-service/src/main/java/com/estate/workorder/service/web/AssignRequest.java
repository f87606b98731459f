package com.estate.workorder.service.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The staff (their account ids) the department head sends. */
record AssignRequest(@NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 64) String> staffIds) {
}

package com.estate.billing.statement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Which statement to publish to the community's residents. */
record PublishRequest(@NotBlank String communityId, @NotNull @Pattern(regexp = StatementController.MONTH) String period) {
}

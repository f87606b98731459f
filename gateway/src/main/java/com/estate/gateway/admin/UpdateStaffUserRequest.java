package com.estate.gateway.admin;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.estate.contracts.identity.Role;

/** {@code PATCH}: the roles and/or communities that replace the current ones; an absent field stays as it is. */
public record UpdateStaffUserRequest(
        @Size(min = 1, max = 20) Set<@NotNull Role> roles,
        @Size(max = 500) List<@NotBlank @Size(max = 64) String> communities) {
}

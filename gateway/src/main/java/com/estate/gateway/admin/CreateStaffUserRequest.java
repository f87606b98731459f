package com.estate.gateway.admin;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.estate.contracts.identity.Role;
import com.estate.platform.core.text.TypedIdentifiers;

/**
 * A new staff account. The password is the initial one and must meet the {@link PasswordPolicy}. The username is
 * checked in its canonical form ({@link TypedIdentifiers}), the form it is stored in: a name typed with full-width
 * letters is the same name in ASCII.
 */
public record CreateStaffUserRequest(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "\\s*[A-Za-z0-9._@-]+\\s*") String username,
        @NotBlank @Size(max = 200) String password,
        @NotEmpty @Size(max = 20) Set<@NotNull Role> roles,
        @NotNull @Size(max = 500) List<@NotBlank @Size(max = 64) String> communities) {

    public CreateStaffUserRequest {
        username = TypedIdentifiers.normalize(username);
    }

    @Override
    public String toString() {
        return "CreateStaffUserRequest[username=" + username + ", password=***, roles=" + roles
                + ", communities=" + communities + "]";
    }
}

package com.estate.gateway.accounts;

import com.estate.contracts.identity.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A staff member who logs in with username and password. {@code username} is stored normalised (see
 * {@link Usernames}) and is unique; {@code id} is the token subject and never changes. Only a bcrypt hash of
 * the password is kept.
 */
@Document("staff_accounts")
public record StaffAccount(
        @Id String id,
        String username,
        String passwordHash,
        Set<Role> roles,
        List<String> communities,
        boolean enabled,
        Instant createdAt) {

    public StaffAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        communities = communities == null ? List.of() : List.copyOf(communities);
    }
}

package com.estate.gateway.admin;

import java.time.Instant;
import java.util.List;

import com.estate.contracts.identity.Role;
import com.estate.gateway.accounts.StaffAccount;

/** A staff account as administrators see it: everything except the password hash. */
public record StaffUserView(String id, String username, List<Role> roles, List<String> communities, boolean enabled,
        Instant createdAt) {

    static StaffUserView of(StaffAccount account) {
        return new StaffUserView(account.id(), account.username(), account.roles().stream().sorted().toList(),
                account.communities(), account.enabled(), account.createdAt());
    }
}

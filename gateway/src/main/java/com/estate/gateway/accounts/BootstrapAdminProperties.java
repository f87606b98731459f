package com.estate.gateway.accounts;

import java.nio.file.Path;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The first administrator, created at start when no account has this username. With no {@code password}
 * configured a random one is generated and written to {@code passwordFile} (mode 600); there is deliberately
 * no default password anywhere.
 */
@Validated
@ConfigurationProperties("app.bootstrap-admin")
public record BootstrapAdminProperties(
        @NotBlank String username,
        String password,
        @NotNull Path passwordFile) {

    public boolean hasConfiguredPassword() {
        return password != null && !password.isEmpty();
    }

    @Override
    public String toString() {
        // Records print every component; keep a configured password out of logs and failure messages.
        return "BootstrapAdminProperties[username=" + username + ", password=" + (hasConfiguredPassword() ? "***" : "")
                + ", passwordFile=" + passwordFile + "]";
    }
}

package com.estate.gateway.accounts;

import com.estate.contracts.identity.Role;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.estate.gateway.GatewayIntegrationTest;

@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminTest extends GatewayIntegrationTest {

    @Autowired
    private StaffAccountRepository accounts;

    @Autowired
    private BootstrapAdmin bootstrapAdmin;

    @Autowired
    private StaffAccountIndexes indexes;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    void generatedPasswordIsWrittenToAnOwnerOnlyFileInCreatedDirectories() throws Exception {
        assertThat(PASSWORD_FILE).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(PASSWORD_FILE))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(PASSWORD_FILE.getParent())))
                .isEqualTo("rwx------");
        assertThat(adminPassword()).hasSizeGreaterThanOrEqualTo(20).doesNotContainAnyWhitespaces();
    }

    @Test
    void adminIsAPlatformAdminStoredWithABcryptHashOnly() {
        StaffAccount admin = accounts.findByUsername("admin").block(Duration.ofSeconds(10));

        assertThat(admin).isNotNull();
        assertThat(admin.roles()).containsExactly(Role.PLATFORM_ADMIN);
        assertThat(admin.enabled()).isTrue();
        assertThat(admin.passwordHash()).startsWith("$2").doesNotContain(adminPassword());
    }

    @Test
    void theGeneratedPasswordLogsIn() {
        assertThat(adminToken()).isNotBlank();
    }

    @Test
    void anExistingAdminIsLeftUntouched() throws Exception {
        String passwordBefore = adminPassword();
        StaffAccount before = accounts.findByUsername("admin").block(Duration.ofSeconds(10));

        bootstrapAdmin.ensureAdmin().block(Duration.ofSeconds(30));

        assertThat(adminPassword()).isEqualTo(passwordBefore);
        assertThat(accounts.findByUsername("admin").block(Duration.ofSeconds(10))).isEqualTo(before);
    }

    @Test
    void aGeneratedPasswordNeverAppearsInTheLog(CapturedOutput output, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("other-admin-password");
        BootstrapAdmin other = bootstrapFor(new BootstrapAdminProperties("log-check-admin", null, file));
        try {
            other.ensureAdmin().block(Duration.ofSeconds(30));

            String password = Files.readString(file);
            assertThat(output).contains("generated password written to " + file.toAbsolutePath());
            assertThat(output).doesNotContain(password);
            assertThat(login("log-check-admin", password)).isNotBlank();
        } finally {
            deleteAccount("log-check-admin");
        }
    }

    @Test
    void aConfiguredPasswordIsUsedAndNoFileIsWritten(@TempDir Path dir) {
        Path file = dir.resolve("unused");
        BootstrapAdmin other = bootstrapFor(
                new BootstrapAdminProperties("configured-admin", "configured-Passw0rd-for-tests", file));
        try {
            other.ensureAdmin().block(Duration.ofSeconds(30));

            assertThat(file).doesNotExist();
            assertThat(login("configured-admin", "configured-Passw0rd-for-tests")).isNotBlank();
        } finally {
            deleteAccount("configured-admin");
        }
    }

    private BootstrapAdmin bootstrapFor(BootstrapAdminProperties properties) {
        return new BootstrapAdmin(properties, accounts, indexes, passwordEncoder, Clock.systemUTC());
    }

    private void deleteAccount(String username) {
        accounts.findByUsername(username).flatMap(accounts::delete).block(Duration.ofSeconds(10));
    }
}

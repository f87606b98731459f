package com.estate.gateway.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain unit tests, no Spring. */
class PasswordFileTest {

    @TempDir
    Path dir;

    @Test
    void createsMissingDirectoriesOwnerOnlyAndTheFileWithMode600() throws Exception {
        Path file = dir.resolve("a/b/admin-password");

        PasswordFile.write(file, "s3cret-value");

        assertThat(Files.readString(file)).isEqualTo("s3cret-value");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b")))).isEqualTo("rwx------");
    }

    @Test
    void replacesAnExistingFileAndTightensItsMode() throws Exception {
        Path file = dir.resolve("admin-password");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        PasswordFile.write(file, "new");

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file); // no temp file left behind
        }
    }

    @Test
    void generatedPasswordsAreLongAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String password = GeneratedPasswords.generate();
            assertThat(password).hasSizeGreaterThanOrEqualTo(20).matches("[A-Za-z2-9]+");
            seen.add(password);
        }
        assertThat(seen).hasSize(1000);
    }
}

package com.estate.gateway.accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a secret to a file only its owner can read. The file is created with mode 600 from the start (not
 * written and then restricted) and moved into place atomically, so no reader ever sees a partial or
 * world-readable secret.
 */
final class PasswordFile {

    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private PasswordFile() {
    }

    static void write(Path target, String secret) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(dir)) {
            createDirectories(dir, posix);
        }
        Path temp = posix
                ? Files.createTempFile(dir, ".admin-password", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_FILE))
                : Files.createTempFile(dir, ".admin-password", ".tmp");
        try {
            Files.writeString(temp, secret, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        if (posix) {
            Files.setPosixFilePermissions(file, OWNER_FILE);
        }
    }

    private static void createDirectories(Path dir, boolean posix) throws IOException {
        // Directories we create hold nothing but secrets: owner-only too. Existing ones are left as they are.
        if (!posix) {
            Files.createDirectories(dir);
            return;
        }
        Path parent = dir.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createDirectories(parent, true);
        }
        try {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_DIR);
            Files.createDirectory(dir, ownerOnly);
        } catch (FileAlreadyExistsException raced) {
            // another process created it meanwhile: fine
        }
    }
}

package com.estate.local;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Layout of the runtime's data directory: {@code kafka/}, {@code mongo/} and the {@code ready} marker. */
record DataDir(Path root) {

    Path kafka() {
        return root.resolve("kafka");
    }

    Path mongo() {
        return root.resolve("mongo");
    }

    Path ready() {
        return root.resolve("ready");
    }

    /**
     * Deletes what the runtime stored. Only its own entries, never the whole directory: a mistyped
     * {@code --data-dir} must not cost anyone unrelated files.
     */
    void reset() throws IOException {
        for (Path p : List.of(ready(), kafka(), mongo())) {
            deleteRecursively(p);
        }
    }

    /** Written atomically, so a watcher never reads half a line. */
    void writeReady(String line) throws IOException {
        Files.createDirectories(root);
        Path tmp = root.resolve("ready.tmp");
        Files.writeString(tmp, line + "\n");
        try {
            Files.move(tmp, ready(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, ready(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    void deleteReady() throws IOException {
        Files.deleteIfExists(ready());
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

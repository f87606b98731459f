package com.estate.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the login codes the file SMS adapter wrote: one line "<time> 139****1234 <code>" per message. */
public final class SmsOutbox {

    private final Path file;

    public SmsOutbox(Path file) {
        this.file = file;
    }

    /** The codes sent to this phone (11 digits, no +86), oldest first; the full number never appears. */
    public List<String> codesFor(String phone) {
        String masked = phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
        try {
            if (!Files.exists(file)) {
                return List.of();
            }
            List<String> lines = Files.readAllLines(file);
            assertThat(lines).noneMatch(line -> line.contains(phone));
            return lines.stream().filter(line -> line.contains(" " + masked + " "))
                    .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

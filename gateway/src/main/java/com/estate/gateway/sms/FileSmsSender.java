package com.estate.gateway.sms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.estate.gateway.security.ConditionalOnBuiltInIssuer;
import com.estate.platform.core.pii.PiiMasks;

/**
 * The embedded default "SMS provider": appends one line per message to {@code app.sms.outbox-file}, as
 * {@code <time> <masked phone> <code>} (e.g. {@code 2026-11-26T09:30:00Z 138****5678 123456}), so a developer
 * or a test can read the code. The file holds live codes: it is created readable by its owner only.
 */
@Component
@ConditionalOnProperty(name = "app.sms.provider", havingValue = "file", matchIfMissing = true)
@ConditionalOnBuiltInIssuer
class FileSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(FileSmsSender.class);

    private final Path outbox;
    private final Clock clock;

    FileSmsSender(SmsProperties properties, Clock clock) {
        if (properties.outboxFile() == null) {
            throw new IllegalStateException("app.sms.outbox-file must be set for app.sms.provider=file");
        }
        this.outbox = properties.outboxFile().toAbsolutePath();
        this.clock = clock;
        log.info("SMS messages go to the file {}", outbox);
    }

    @Override
    public synchronized void sendLoginCode(String phoneE164, String code, Duration validFor) {
        String masked = PiiMasks.phone(phoneE164);
        String line = clock.instant() + " " + masked + " " + code + System.lineSeparator();
        try {
            createIfMissing();
            Files.writeString(outbox, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the SMS outbox " + outbox, e);
        }
        log.info("Login code for {} written to the SMS outbox", masked);
    }

    private void createIfMissing() throws IOException {
        if (Files.exists(outbox)) {
            return;
        }
        Path parent = outbox.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(outbox, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(outbox);
        }
    }
}

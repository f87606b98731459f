package com.estate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A resident's one-time log-in codes through the gateway: asked for with {@code POST /auth/otp} and read from the
 * file the gateway's embedded SMS adapter writes ({@code ./suite sms}), one {@code <time> <masked phone> <code>}
 * line per message.
 */
final class ResidentCodes {

    private static final Duration EVENT_TIMEOUT = Eventually.TIMEOUT;

    private final Gateway gateway;
    private final Path smsOutbox;

    ResidentCodes(Gateway gateway, Path smsOutbox) {
        this.gateway = gateway;
        this.smsOutbox = smsOutbox;
    }

    /** Logs the resident in by a fresh one-time code and answers their access token. */
    String logIn(String phone) throws InterruptedException {
        String code = awaitCode(phone);
        Reply login = gateway.postJson("/auth/login/otp", "{\"phone\":\"+86 " + phone + "\",\"code\":\"" + code
                + "\"}", null);
        assertThat(login.status()).as("%s", login).isEqualTo(200);
        return login.json().path("accessToken").asString();
    }

    /**
     * Asks for a code until one arrives: the gateway learns the resident from an event, so a first request may come
     * before it knows the phone (answered 202 all the same, with nothing sent).
     */
    String awaitCode(String phone) throws InterruptedException {
        Instant deadline = Instant.now().plus(EVENT_TIMEOUT);
        Thread.sleep(1000); // the event usually needs well under a second; this spares a wasted resend interval
        while (Instant.now().isBefore(deadline)) {
            int before = lines();
            Reply requested = requestCodeWhenAllowed(phone);
            assertThat(requested.status()).as("%s", requested).isEqualTo(202);
            Optional<String> code = codeSince(phone, before, Duration.ofSeconds(5));
            if (code.isPresent()) {
                return code.get();
            }
        }
        throw new AssertionError("no one-time code for " + phone + " in " + smsOutbox + " within " + EVENT_TIMEOUT);
    }

    /** {@code POST /auth/otp}, waiting out the resend interval (429 with Retry-After) if a code was asked for lately. */
    Reply requestCodeWhenAllowed(String phone) throws InterruptedException {
        for (int attempt = 0; attempt < 3; attempt++) {
            Reply reply = gateway.postJson("/auth/otp", "{\"phone\":\"" + phone + "\"}", null);
            if (reply.status() != 429) {
                return reply;
            }
            Thread.sleep(Duration.ofSeconds(Long.parseLong(reply.retryAfter().isBlank() ? "20" : reply.retryAfter()) + 1)
                    .toMillis());
        }
        throw new AssertionError("the gateway kept answering 429 to a code request for " + phone);
    }

    /** The code in a line the SMS adapter wrote after line {@code skip} for this phone (masked: 137****5678). */
    Optional<String> codeSince(String phone, int skip, Duration wait) throws InterruptedException {
        Instant deadline = Instant.now().plus(wait);
        String head = phone.substring(0, 3);
        String tail = phone.substring(7);
        do {
            List<String> lines = read();
            for (String line : lines.subList(Math.min(skip, lines.size()), lines.size())) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 3 && parts[1].contains(head) && parts[1].endsWith(tail)) {
                    return Optional.of(parts[2]);
                }
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(deadline));
        return Optional.empty();
    }

    int lines() {
        return read().size();
    }

    private List<String> read() {
        try {
            return Files.exists(smsOutbox) ? Files.readAllLines(smsOutbox) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the SMS outbox " + smsOutbox, e);
        }
    }
}

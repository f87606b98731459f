package com.estate.platform.consumer;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * The id of a record an event creates, derived from the event's id and the consumer's purpose, so the same event
 * always names the same record and a redelivery hits the record's unique {@code _id} (infra/ARCHITECTURE.md §4, §8).
 * The purpose tells apart two records one event creates in the same service (a work order and its first
 * inspection); it is a constant of the consumer, and renaming it would make a redelivered event create again.
 */
public final class DerivedIds {

    private DerivedIds() {
    }

    /** A name-based UUID (RFC 4122 version 3) over {@code purpose + ":" + eventId}. */
    public static String of(String purpose, String eventId) {
        if (Objects.requireNonNull(purpose, "purpose").isBlank() || purpose.contains(":")) {
            throw new IllegalArgumentException("a purpose is a non-blank constant without ':': " + purpose);
        }
        if (Objects.requireNonNull(eventId, "eventId").isBlank()) {
            throw new IllegalArgumentException("an event id is never blank");
        }
        return UUID.nameUUIDFromBytes((purpose + ":" + eventId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}

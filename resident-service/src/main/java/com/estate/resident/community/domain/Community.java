package com.estate.resident.community.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A residential community (小区) the company manages. Every other record belongs to one. Its time zone is the
 * one in which its deadlines are counted.
 */
public record Community(String id, String name, ZoneId timeZone, Instant createdAt) {

    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Shanghai");

    public Community {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(createdAt, "createdAt");
        name = Objects.requireNonNull(name, "name").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a community needs a name");
        }
    }

    /** Parses a time-zone id such as "Asia/Shanghai"; null means the default. */
    public static ZoneId timeZone(String id) {
        if (id == null || id.isBlank()) {
            return DEFAULT_TIME_ZONE;
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new InvalidTimeZoneException(id);
        }
    }
}

package com.estate.resident.community.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A residential community (小区) the company manages. Every other record belongs to one. Its time zone is the
 * one in which its deadlines are counted; its summer schedule (optional) the days on which duty shifts keep summer
 * hours. The address is free text for letters and notices.
 */
public record Community(String id, String name, ZoneId timeZone, String address, SummerSchedule summerSchedule,
        Instant createdAt) {

    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Shanghai");
    public static final int MAX_ADDRESS_LENGTH = 200;

    public Community {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(createdAt, "createdAt");
        name = Objects.requireNonNull(name, "name").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a community needs a name");
        }
        address = address == null || address.isBlank() ? null : address.strip();
        if (address != null && address.length() > MAX_ADDRESS_LENGTH) {
            throw new IllegalArgumentException("address longer than " + MAX_ADDRESS_LENGTH);
        }
    }

    /** A community known only by name and time zone (as registered before communities had an address). */
    public Community(String id, String name, ZoneId timeZone, Instant createdAt) {
        this(id, name, timeZone, null, null, createdAt);
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

    public Optional<SummerSchedule> summer() {
        return Optional.ofNullable(summerSchedule);
    }

    /**
     * Changes address and summer schedule; a null argument keeps what is there. The event is empty when nothing
     * changed, so sending the same values again tells nobody anything.
     */
    public Change change(String newAddress, SummerSchedule newSchedule) {
        Community changed = new Community(id, name, timeZone, newAddress == null ? address : newAddress,
                newSchedule == null ? summerSchedule : newSchedule, createdAt);
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(changed.address, address)) {
            fields.add("address");
        }
        if (!Objects.equals(changed.summerSchedule, summerSchedule)) {
            fields.add("summerSchedule");
        }
        return new Change(changed, List.copyOf(fields));
    }

    /** @param changedFields what the change altered; empty when it altered nothing */
    public record Change(Community community, List<String> changedFields) {

        public boolean changedAnything() {
            return !changedFields.isEmpty();
        }
    }
}

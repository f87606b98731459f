package com.estate.workorder.estate;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What workorder-service knows of a community, learned from resident-service's {@code community.registered} /
 * {@code community.updated}: its business time zone (deadlines, return visits, duty shifts are computed in it) and
 * its summer schedule (duty shifts keep summer hours on those days), if it keeps one.
 *
 * @param summerStart first day of summer hours, both ends included; absent when the community keeps none
 * @param summerEnd   last day of summer hours
 */
public record CommunityFacts(String communityId, ZoneId timeZone, MonthDay summerStart, MonthDay summerEnd) {

    /**
     * The zone of a community the service has not heard of yet: resident-service's default for a community registered
     * without one.
     */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public CommunityFacts {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(timeZone, "timeZone");
        if ((summerStart == null) != (summerEnd == null)) {
            throw new IllegalArgumentException("a summer schedule needs both its start and its end");
        }
    }

    /** A community known only by its id: the default time zone, no summer hours. */
    public static CommunityFacts unknown(String communityId) {
        return new CommunityFacts(communityId, DEFAULT_ZONE, null, null);
    }

    public boolean keepsSummerHours() {
        return summerStart != null;
    }

    /** Whether the day (in the community's time zone) is one of summer hours. */
    public boolean isSummerDay(LocalDate day) {
        if (!keepsSummerHours()) {
            return false;
        }
        MonthDay monthDay = MonthDay.from(day);
        return !monthDay.isBefore(summerStart) && !monthDay.isAfter(summerEnd);
    }

    public Optional<MonthDay> summerStartDay() {
        return Optional.ofNullable(summerStart);
    }

    public Optional<MonthDay> summerEndDay() {
        return Optional.ofNullable(summerEnd);
    }
}

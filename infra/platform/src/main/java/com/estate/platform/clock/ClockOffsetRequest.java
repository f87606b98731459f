package com.estate.platform.clock;

/** Body of {@code POST /internal/clock}: {@code {"offset":"P90D"}}, an ISO-8601 duration, negative allowed. */
record ClockOffsetRequest(String offset) {
}

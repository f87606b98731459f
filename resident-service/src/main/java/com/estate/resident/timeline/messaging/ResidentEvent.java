package com.estate.resident.timeline.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A tolerant reader of a resident's registration or move-out: the milestone it is on the units it names. */
interface ResidentEvent {

    String residentId();

    String communityId();

    List<String> unitIds();

    /** The resident's event count ({@code residentVersion}); 0 for an event published before events carried it. */
    long version();

    /** {@code registered} or {@code moved-out}: part of the entry's id and title key. */
    String milestone();

    String status();

    Instant at();

    Map<String, String> params();

    /** True when the resident now lives in {@link #unitIds()}, false when they left them. */
    boolean movesIn();
}

package com.estate.workorder.statistics;

import java.time.ZoneId;

/** The business time zone of a community, which decides the month an order counts in. */
public interface CommunityZones {

    ZoneId zoneOf(String communityId);
}

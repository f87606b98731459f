package com.estate.workorder.statistics;

import com.estate.workorder.estate.Estate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Community time zones from what resident-service announced (the default zone until it did). */
@Component
class EstateCommunityZones implements CommunityZones {

    private final Estate estate;

    EstateCommunityZones(Estate estate) {
        this.estate = estate;
    }

    @Override
    public ZoneId zoneOf(String communityId) {
        return estate.zoneOf(communityId);
    }
}

package com.estate.resident.custody;

import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.resident.community.Communities;
import com.estate.resident.custody.domain.CustodyRefusedException;
import com.estate.resident.custody.domain.PatrolRequests;
import com.estate.resident.custody.persistence.HeavyRainAlertDocument;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Heavy rain is expected in a community: every unit in custody there gets a patrol before the rain (due when it is
 * expected to start) and one after it (from when it is expected to end), one request per unit, alert and phase.
 */
@Service
public class HeavyRainAlerts {

    private final MongoTemplate mongo;
    private final Communities communities;
    private final PatrolRequesting requesting;
    private final CustodyProperties properties;
    private final Clock clock;

    HeavyRainAlerts(MongoTemplate mongo, Communities communities, PatrolRequesting requesting,
            CustodyProperties properties, Clock clock) {
        this.mongo = mongo;
        this.communities = communities;
        this.requesting = requesting;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Records the alert with the custody records it covers, then asks their patrols. Each request's id comes from
     * the alert and the custody, so finishing an interrupted fan-out again adds only what is missing.
     */
    public HeavyRainAlertDocument record(Caller caller, String communityId, Instant expectedFrom,
            Instant expectedUntil, String note) {
        communities.visibleTo(caller, communityId);
        if (!expectedUntil.isAfter(expectedFrom)) {
            throw new CustodyRefusedException("heavy-rain-period", "heavy rain expected from " + expectedFrom
                    + " must end after it starts, not at " + expectedUntil, expectedFrom.toString(),
                    expectedUntil.toString());
        }
        Instant now = clock.instant();
        List<String> custodyIds = requesting.activeIn(communityId);
        HeavyRainAlertDocument alert = mongo.insert(new HeavyRainAlertDocument(UUID.randomUUID().toString(),
                communityId, expectedFrom, expectedUntil, note, custodyIds, caller.subject(), now));
        for (String custodyId : custodyIds) {
            requesting.request(custodyId, custody -> PatrolRequests.beforeRain(custody, alert.id(), expectedFrom, now));
            requesting.request(custodyId, custody -> PatrolRequests.afterRain(custody, alert.id(), expectedUntil,
                    properties.afterRainPatrolWithin(), now));
        }
        return alert;
    }

    public HeavyRainAlertDocument visibleTo(Caller caller, String communityId, String alertId) {
        communities.visibleTo(caller, communityId);
        HeavyRainAlertDocument alert = mongo.findById(alertId, HeavyRainAlertDocument.class);
        if (alert == null || !alert.communityId().equals(communityId)) {
            throw new NotFoundException("heavy-rain-alert", alertId);
        }
        return alert;
    }
}

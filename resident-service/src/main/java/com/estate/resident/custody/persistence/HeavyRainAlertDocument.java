package com.estate.resident.custody.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A heavy-rain alert staff recorded for a community, with the custody records it asked patrols for.
 *
 * @param custodyIds the active custody records at the time of the alert
 */
@Document("heavy_rain_alerts")
public record HeavyRainAlertDocument(@Id String id, String communityId, Instant expectedFrom, Instant expectedUntil,
        String note, List<String> custodyIds, String recordedBy, Instant recordedAt) {

    public HeavyRainAlertDocument {
        custodyIds = custodyIds == null ? List.of() : List.copyOf(custodyIds);
    }
}

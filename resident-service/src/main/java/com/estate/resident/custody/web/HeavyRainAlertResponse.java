package com.estate.resident.custody.web;

import com.estate.resident.custody.persistence.HeavyRainAlertDocument;
import java.time.Instant;
import java.util.List;

/** @param custodyIds the custody records whose units were asked a patrol before and after the rain */
record HeavyRainAlertResponse(String id, String communityId, Instant expectedFrom, Instant expectedUntil, String note,
        List<String> custodyIds, String recordedBy, Instant recordedAt) {

    static HeavyRainAlertResponse of(HeavyRainAlertDocument alert) {
        return new HeavyRainAlertResponse(alert.id(), alert.communityId(), alert.expectedFrom(),
                alert.expectedUntil(), alert.note(), alert.custodyIds(), alert.recordedBy(), alert.recordedAt());
    }
}

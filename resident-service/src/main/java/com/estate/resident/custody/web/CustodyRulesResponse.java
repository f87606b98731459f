package com.estate.resident.custody.web;

import com.estate.resident.custody.domain.CustodyThresholds;

/** A community's custody thresholds: water in m³, electricity in kWh, as decimal strings. */
record CustodyRulesResponse(String communityId, String waterThreshold, String electricityThreshold) {

    static CustodyRulesResponse of(String communityId, CustodyThresholds thresholds) {
        return new CustodyRulesResponse(communityId, thresholds.water().toPlainString(),
                thresholds.electricity().toPlainString());
    }
}

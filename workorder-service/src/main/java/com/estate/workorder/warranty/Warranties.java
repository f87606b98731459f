package com.estate.workorder.warranty;

import com.estate.workorder.estate.Estate;
import com.estate.workorder.estate.UnitFacts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** The warranty decision for a new order, from the unit's handover date as resident-service announced it. */
@Service
public class Warranties {

    private final WarrantyProperties properties;
    private final WarrantyRules rules;
    private final Estate estate;
    private final Clock clock;

    Warranties(WarrantyProperties properties, Estate estate, Clock clock) {
        this.properties = properties;
        this.rules = new WarrantyRules(properties.heatingSeason());
        this.estate = estate;
        this.clock = clock;
    }

    /** @param unitId absent for a public-area repair */
    public WarrantyDecision decide(String communityId, String unitId, String category) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, estate.zoneOf(communityId));
        var handover = unitId == null ? java.util.Optional.<LocalDate>empty()
                : estate.unit(unitId).flatMap(UnitFacts::handover);
        return rules.decide(properties.periodOf(category), unitId == null, handover, today, now);
    }
}

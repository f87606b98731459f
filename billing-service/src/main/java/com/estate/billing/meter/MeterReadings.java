package com.estate.billing.meter;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.billing.bill.BillPeriod;
import com.estate.billing.meter.domain.UnitMeters;
import com.estate.billing.meter.persistence.BilledPeriodsDocument;
import com.estate.billing.meter.persistence.MeterReadingsDocument;
import com.estate.billing.unit.UnitFactsStore;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** The stored meter readings: what a bill run bills from, what staff and households read. */
@Service
public class MeterReadings {

    private final MongoTemplate mongo;
    private final UnitFactsStore unitFacts;
    private final AdjustmentCharges adjustmentCharges;

    MeterReadings(MongoTemplate mongo, UnitFactsStore unitFacts, AdjustmentCharges adjustmentCharges) {
        this.mongo = mongo;
        this.unitFacts = unitFacts;
        this.adjustmentCharges = adjustmentCharges;
    }

    /**
     * The readings a bill run of the community and period bills from, read in one pass over the community's
     * readings. First it closes the period's readings (adds its last day to the community's billed periods): from
     * then on no import stores a reading on or before that day, so this run and every re-run bill the same readings.
     */
    public Positions forBillRun(String communityId, BillPeriod period) {
        mongo.upsert(query(where("_id").is(communityId)), new Update().addToSet("periodEnds", period.to()),
                BilledPeriodsDocument.class);
        LocalDate billedBefore = BilledPeriodsDocument.billedBefore(billedPeriods(communityId), period.from());
        Map<String, UnitMeters> byUnit = new HashMap<>();
        List<MeterReadingsDocument> corrected = new ArrayList<>();
        Query readings = query(where("communityId").is(communityId));
        readings.cursorBatchSize(1000);
        try (var stream = mongo.stream(readings, MeterReadingsDocument.class)) {
            stream.forEach(d -> {
                byUnit.put(d.getId(), new UnitMeters(d.histories(), billedBefore));
                if (!d.adjustments().isEmpty()) {
                    corrected.add(d);
                }
            });
        }
        corrected.forEach(adjustmentCharges::record);
        return new Positions(byUnit);
    }

    /** The last days of the community's periods billed so far. */
    public List<LocalDate> billedPeriods(String communityId) {
        return Optional.ofNullable(mongo.findById(communityId, BilledPeriodsDocument.class))
                .map(BilledPeriodsDocument::getPeriodEnds).orElse(List.of());
    }

    /** A unit's readings, for staff of its community and its household; 404 for anyone else. */
    public MeterReadingsDocument ofUnit(Caller caller, String unitId) {
        var facts = unitFacts.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        caller.requireUnit(facts.communityId(), unitId, "unit", unitId);
        return Optional.ofNullable(mongo.findById(unitId, MeterReadingsDocument.class))
                .orElseGet(() -> MeterReadingsDocument.of(unitId, facts.communityId()));
    }

    /** The readings of a bill run's units, one map lookup per unit. */
    public record Positions(Map<String, UnitMeters> byUnit) {

        public UnitMeters of(String unitId) {
            return byUnit.getOrDefault(unitId, UnitMeters.NONE);
        }
    }
}

package com.estate.billing.unit.persistence;

import com.estate.billing.unit.UnitFacts;
import com.estate.platform.outbox.AggregateDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Billing's read model of one unit ({@code billing_units}, keyed by the unit id), fed by resident-service's unit,
 * move-in and custody events through the idempotent consumer; {@code unitRevision} orders unit.updated events.
 */
@Document(BillingUnitDocument.COLLECTION)
public class BillingUnitDocument extends AggregateDocument {

    public static final String COLLECTION = "billing_units";

    @Id
    private String id;
    private String communityId;
    private BigDecimal floorArea;
    private String use;
    private String status;
    private LocalDate handoverDate;
    private long unitRevision;
    private LocalDate moveInDate;
    private List<CustodyPeriod> custodies = new ArrayList<>();
    private Map<String, BigDecimal> startReadings = new HashMap<>();
    private LocalDate prepaidThrough;

    record CustodyPeriod(String custodyId, LocalDate startedOn, LocalDate endedOn) {
    }

    protected BillingUnitDocument() {
    }

    /** A unit not known yet: its community, everything else from the events that follow. */
    public static BillingUnitDocument of(String unitId, String communityId) {
        BillingUnitDocument document = new BillingUnitDocument();
        document.id = unitId;
        document.communityId = communityId;
        return document;
    }

    /** The fields {@link #factsOf} reads: a bill run's projection, without the outbox and the processed events. */
    public static final List<String> FACT_FIELDS = List.of("communityId", "floorArea", "use", "status",
            "handoverDate", "moveInDate", "custodies", "startReadings", "prepaidThrough");

    /**
     * The facts of a stored unit read straight from its BSON ({@link #FACT_FIELDS}), values converted as the mapping
     * converter stores them ({@code conversions}: its conversion service). A bill run reads every unit of a
     * community: mapping each through the entity converter (property accessors, lifecycle events) cost more than
     * pricing it (infra/ARCHITECTURE.md §20). {@code UnitFactsStoreTest} holds it to {@link #toFacts}.
     */
    public static UnitFacts factsOf(org.bson.Document stored, ConversionService conversions) {
        List<UnitFacts.Custody> custodies = new ArrayList<>();
        for (org.bson.Document custody : stored.getList("custodies", org.bson.Document.class, List.of())) {
            custodies.add(new UnitFacts.Custody(custody.getString("custodyId"),
                    conversions.convert(custody.get("startedOn"), LocalDate.class),
                    conversions.convert(custody.get("endedOn"), LocalDate.class)));
        }
        Map<String, BigDecimal> readings = new HashMap<>();
        org.bson.Document storedReadings = stored.get("startReadings", org.bson.Document.class);
        if (storedReadings != null) {
            storedReadings.forEach((meter, value) -> readings.put(meter, conversions.convert(value, BigDecimal.class)));
        }
        return new UnitFacts(stored.getString("_id"), stored.getString("communityId"),
                conversions.convert(stored.get("floorArea"), BigDecimal.class), stored.getString("use"),
                stored.getString("status"), conversions.convert(stored.get("handoverDate"), LocalDate.class),
                conversions.convert(stored.get("moveInDate"), LocalDate.class), custodies, readings,
                conversions.convert(stored.get("prepaidThrough"), LocalDate.class));
    }

    public UnitFacts toFacts() {
        return new UnitFacts(id, communityId, floorArea, use, status, handoverDate, moveInDate,
                custodies.stream().map(c -> new UnitFacts.Custody(c.custodyId(), c.startedOn(), c.endedOn())).toList(),
                startReadings, prepaidThrough);
    }

    /** The unit's registered or updated state, if it is newer than what is kept (revision 1 = registered). */
    public void takeUnitState(long revision, BigDecimal area, String unitUse, String unitStatus, LocalDate handover) {
        if (revision <= unitRevision) {
            return;
        }
        unitRevision = revision;
        floorArea = area;
        use = unitUse == null ? UnitFacts.DEFAULT_USE : unitUse;
        status = unitStatus;
        handoverDate = handover;
    }

    public void movedIn(LocalDate day) {
        if (moveInDate == null) {
            moveInDate = day;
        }
    }

    /** Custody started or ended: one period per custody id, its end set once known. */
    public void custody(String custodyId, LocalDate startedOn, LocalDate endedOn) {
        custodies.removeIf(c -> c.custodyId().equals(custodyId) && (endedOn != null || c.endedOn() == null));
        if (custodies.stream().noneMatch(c -> c.custodyId().equals(custodyId))) {
            custodies.add(new CustodyPeriod(custodyId, startedOn, endedOn));
        }
    }

    public void startReadings(Map<String, BigDecimal> readings) {
        if (startReadings.isEmpty()) {
            startReadings = new HashMap<>(readings);
        }
    }

    /** A move-in bill charged the monthly fees through this day. */
    public void prepaidThrough(LocalDate day) {
        if (prepaidThrough == null || day.isAfter(prepaidThrough)) {
            prepaidThrough = day;
        }
    }

    public String getId() {
        return id;
    }

    public String getCommunityId() {
        return communityId;
    }
}

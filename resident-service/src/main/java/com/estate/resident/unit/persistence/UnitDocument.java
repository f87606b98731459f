package com.estate.resident.unit.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.resident.unit.domain.Unit;
import com.estate.resident.unit.domain.UnitStatus;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A unit with its pending events (outbox); building + number are unique within a community. */
@Document("units")
@CompoundIndex(name = "unit_number_in_community", def = "{'communityId': 1, 'building': 1, 'unitNumber': 1}",
        unique = true)
public class UnitDocument extends AggregateDocument {

    @Id
    private String id;

    private String communityId;

    private String building;

    private String unitNumber;

    private BigDecimal floorArea;

    /** Absent on units stored before units had a status: those count as vacant. */
    private UnitStatus status;

    private Instant registeredAt;

    protected UnitDocument() {
    }

    public static UnitDocument from(Unit unit) {
        UnitDocument document = new UnitDocument();
        document.id = unit.id();
        document.communityId = unit.communityId();
        document.building = unit.building();
        document.unitNumber = unit.unitNumber();
        document.floorArea = unit.floorArea();
        document.status = unit.status();
        document.registeredAt = unit.registeredAt();
        return document;
    }

    /** Applies a change decided by the domain; only what a unit may change after registration is copied. */
    public void update(Unit changed) {
        floorArea = changed.floorArea();
        status = changed.status();
    }

    public Unit toDomain() {
        return new Unit(id, communityId, building, unitNumber, floorArea, status == null ? UnitStatus.VACANT : status,
                registeredAt);
    }
}

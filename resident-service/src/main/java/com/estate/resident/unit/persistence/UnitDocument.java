package com.estate.resident.unit.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.resident.unit.domain.Unit;
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
        document.registeredAt = unit.registeredAt();
        return document;
    }

    /** Applies a change decided by the domain; only what a unit may change after registration is copied. */
    public void update(Unit changed) {
        floorArea = changed.floorArea();
    }

    public Unit toDomain() {
        return new Unit(id, communityId, building, unitNumber, floorArea, registeredAt);
    }
}

package com.estate.resident.unit.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.resident.unit.domain.Unit;
import com.estate.resident.unit.domain.UnitStatus;
import com.estate.resident.unit.domain.UnitUse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

    /** Entrance, floor, use and handover date: absent on units stored before units had them. */
    private String entrance;

    private Integer floor;

    private UnitUse use;

    /** ISO date {@code yyyy-MM-dd}: a calendar day, never shifted by a time zone as a stored instant would be. */
    private String handoverDate;

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
        document.entrance = unit.entrance();
        document.floor = unit.floor();
        document.update(unit);
        return document;
    }

    /** Applies a change decided by the domain; only what a unit may change after registration is copied. */
    public void update(Unit changed) {
        floorArea = changed.floorArea();
        status = changed.status();
        use = changed.use();
        handoverDate = changed.handoverDate() == null ? null : changed.handoverDate().toString();
    }

    public Unit toDomain() {
        return new Unit(id, communityId, building, unitNumber, floorArea, status == null ? UnitStatus.VACANT : status,
                registeredAt, entrance, floor, use, handoverDate == null ? null : LocalDate.parse(handoverDate));
    }
}

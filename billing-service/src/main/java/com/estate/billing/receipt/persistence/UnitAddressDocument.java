package com.estate.billing.receipt.persistence;

import com.estate.platform.outbox.AggregateDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Where a unit is (building, entrance, number), as a receipt prints it; from resident-service's unit.registered. */
@Document("receipt_unit_addresses")
public class UnitAddressDocument extends AggregateDocument {

    @Id
    private String unitId;
    private String communityId;
    private String building;
    private String entrance;
    private String unitNumber;

    protected UnitAddressDocument() {
    }

    public static UnitAddressDocument of(String unitId, String communityId) {
        UnitAddressDocument document = new UnitAddressDocument();
        document.unitId = unitId;
        document.communityId = communityId;
        return document;
    }

    public void place(String building, String entrance, String unitNumber) {
        this.building = building;
        this.entrance = entrance;
        this.unitNumber = unitNumber;
    }

    /** 3栋2单元 1502 for a numbered building, 翠苑南楼 1502 for a named one; null while nothing is known. */
    public String printed() {
        if (building == null || unitNumber == null) {
            return null;
        }
        String where = building.chars().allMatch(Character::isDigit) ? building + "栋" : building + " ";
        if (entrance != null) {
            where += entrance.chars().allMatch(Character::isDigit) ? entrance + "单元" : entrance;
        }
        return (where.strip() + " " + unitNumber).strip();
    }
}

package com.estate.resident.building.persistence;

import com.estate.resident.building.domain.Building;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A building; its name is unique within its community (the unique key lookups go by). */
@Document("buildings")
@CompoundIndex(name = "building_name_in_community", def = "{'communityId': 1, 'name': 1}", unique = true)
public class BuildingDocument {

    @Id
    private String id;

    private String communityId;

    private String name;

    private List<String> entrances;

    private Integer floorsAboveGround;

    private Integer floorsBelowGround;

    private Instant registeredAt;

    protected BuildingDocument() {
    }

    public static BuildingDocument from(Building building) {
        BuildingDocument document = new BuildingDocument();
        document.id = building.id();
        document.communityId = building.communityId();
        document.name = building.name();
        document.entrances = building.entrances();
        document.floorsAboveGround = building.floorsAboveGround();
        document.floorsBelowGround = building.floorsBelowGround();
        document.registeredAt = building.registeredAt();
        return document;
    }

    public Building toDomain() {
        return new Building(id, communityId, name, entrances, floorsAboveGround, floorsBelowGround, registeredAt);
    }
}

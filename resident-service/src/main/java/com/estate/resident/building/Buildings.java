package com.estate.resident.building;

import com.estate.platform.core.text.TypedIdentifiers;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.resident.building.domain.Building;
import com.estate.resident.building.persistence.BuildingDocument;
import com.estate.resident.community.Communities;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Registers buildings and finds them: by id for a caller, by name for the units placed in them. */
@Service
public class Buildings {

    private final MongoTemplate mongo;
    private final Communities communities;
    private final Clock clock;

    Buildings(MongoTemplate mongo, Communities communities, Clock clock) {
        this.mongo = mongo;
        this.communities = communities;
        this.clock = clock;
    }

    public Building register(Caller caller, String communityId, String name, List<String> entranceNames,
            Integer entranceCount, int floorsAboveGround, int floorsBelowGround) {
        communities.visibleTo(caller, communityId);
        Building building = Building.register(UUID.randomUUID().toString(), communityId, name, entranceNames,
                entranceCount, floorsAboveGround, floorsBelowGround, clock.instant());
        try {
            mongo.insert(BuildingDocument.from(building));
        } catch (DuplicateKeyException e) {
            throw new BuildingAlreadyRegisteredException(building.name());
        }
        return building;
    }

    /**
     * The building of this name, registered by name only if the community has none yet (an import that names a
     * building nobody registered); a concurrent registration of the same name wins and is returned.
     */
    public Building registerIfMissing(String communityId, String name) {
        Building building = Building.namedOnly(UUID.randomUUID().toString(), communityId, name, clock.instant());
        try {
            mongo.insert(BuildingDocument.from(building));
            return building;
        } catch (DuplicateKeyException e) {
            return named(communityId, building.name()).orElseThrow(() -> e);
        }
    }

    public Building visibleTo(Caller caller, String buildingId) {
        BuildingDocument document = mongo.findById(buildingId, BuildingDocument.class);
        if (document == null || !caller.canSeeCommunity(document.toDomain().communityId())) {
            throw new NotFoundException("building", buildingId);
        }
        return document.toDomain();
    }

    public Page<Building> inCommunity(Caller caller, String communityId, Pageable pageable) {
        communities.visibleTo(caller, communityId);
        return Pages.find(mongo, Criteria.where("communityId").is(communityId), pageable, BuildingDocument.class)
                .map(BuildingDocument::toDomain);
    }

    /** By the unique key (community, canonical name): one indexed lookup, also on the MongoDB stand-in. */
    public Optional<Building> named(String communityId, String name) {
        Query query = Query.query(Criteria.where("communityId").is(communityId).and("name")
                .is(TypedIdentifiers.normalize(name)));
        return Optional.ofNullable(mongo.findOne(query, BuildingDocument.class)).map(BuildingDocument::toDomain);
    }

    /** Every building of a community (a few hundred at most), for an import that checks many units against them. */
    public List<Building> allIn(String communityId) {
        return mongo.find(Query.query(Criteria.where("communityId").is(communityId)), BuildingDocument.class).stream()
                .map(BuildingDocument::toDomain).toList();
    }
}

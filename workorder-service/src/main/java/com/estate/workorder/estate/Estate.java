package com.estate.workorder.estate;

import com.estate.workorder.estate.persistence.CommunityFactsDocument;
import com.estate.workorder.estate.persistence.UnitFactsDocument;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The facts of communities and units that resident-service announced (read models kept by
 * {@code com.estate.workorder.estate.messaging}), each read by its natural id. Never a call to resident-service: the
 * facts arrive as events, so work orders keep working while resident-service is away.
 */
@Service
public class Estate {

    private final MongoTemplate mongo;

    Estate(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The community as announced, or empty when no event about it has arrived yet. */
    public Optional<CommunityFacts> community(String communityId) {
        return Optional.ofNullable(mongo.findById(communityId, CommunityFactsDocument.class))
                .map(CommunityFactsDocument::toFacts);
    }

    /** The community's business time zone; {@link CommunityFacts#DEFAULT_ZONE} for a community not heard of yet. */
    public ZoneId zoneOf(String communityId) {
        return community(communityId).map(CommunityFacts::timeZone).orElse(CommunityFacts.DEFAULT_ZONE);
    }

    /** The unit as announced, or empty when no event about it has arrived yet. */
    public Optional<UnitFacts> unit(String unitId) {
        return Optional.ofNullable(mongo.findById(unitId, UnitFactsDocument.class)).map(UnitFactsDocument::toFacts);
    }
}

package com.estate.resident.community.persistence;

import com.estate.resident.community.domain.Community;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("communities")
public class CommunityDocument {

    @Id
    private String id;

    @Indexed(unique = true)
    private String name;

    private String timeZone;

    private Instant createdAt;

    @Version
    private Long version;

    protected CommunityDocument() {
    }

    public static CommunityDocument from(Community community) {
        CommunityDocument document = new CommunityDocument();
        document.id = community.id();
        document.name = community.name();
        document.timeZone = community.timeZone().getId();
        document.createdAt = community.createdAt();
        return document;
    }

    /**
     * The community's revision for its ETag: its storage version serves, since communities raise no events and
     * so the outbox relay never bumps it (infra/ARCHITECTURE.md §10).
     */
    public long revision() {
        return version == null ? 0 : version;
    }

    public Community toDomain() {
        return new Community(id, name, ZoneId.of(timeZone), createdAt);
    }
}

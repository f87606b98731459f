package com.estate.resident.community.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.resident.community.domain.Community;
import com.estate.resident.community.domain.SummerSchedule;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A community with its pending events (outbox): registered and updated, for the services that plan by it. */
@Document("communities")
public class CommunityDocument extends AggregateDocument {

    @Id
    private String id;

    @Indexed(unique = true)
    private String name;

    private String timeZone;

    private String address;

    /** Month-days {@code MM-dd}; both absent when the community keeps no summer hours. */
    private String summerStart;

    private String summerEnd;

    private Instant createdAt;

    protected CommunityDocument() {
    }

    public static CommunityDocument from(Community community) {
        CommunityDocument document = new CommunityDocument();
        document.id = community.id();
        document.name = community.name();
        document.timeZone = community.timeZone().getId();
        document.createdAt = community.createdAt();
        document.update(community);
        return document;
    }

    /** Applies a change decided by the domain: only address and summer schedule change after registration. */
    public void update(Community changed) {
        address = changed.address();
        summerStart = changed.summer().map(SummerSchedule::startText).orElse(null);
        summerEnd = changed.summer().map(SummerSchedule::endText).orElse(null);
    }

    public Community toDomain() {
        SummerSchedule summer = summerStart == null ? null : SummerSchedule.parse(summerStart, summerEnd);
        return new Community(id, name, ZoneId.of(timeZone), address, summer, createdAt);
    }
}

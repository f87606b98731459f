package com.estate.workorder.estate.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.workorder.estate.CommunityFacts;
import java.time.MonthDay;
import java.time.ZoneId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A community as resident-service last announced it, keyed by its id. {@code communityRevision} orders the events:
 * only a newer one overwrites (a redelivered or replayed older event changes nothing).
 */
@Document("estate_communities")
public class CommunityFactsDocument extends AggregateDocument {

    @Id
    private String id;

    private String timeZone;

    private String summerStart;

    private String summerEnd;

    private long communityRevision;

    protected CommunityFactsDocument() {
    }

    public static CommunityFactsDocument empty(String communityId) {
        CommunityFactsDocument document = new CommunityFactsDocument();
        document.id = communityId;
        document.timeZone = CommunityFacts.DEFAULT_ZONE.getId();
        return document;
    }

    /**
     * Takes the community's state from an event, unless an event at least as new was applied already.
     *
     * @param summerStart {@code MM-dd}, or null when the community keeps no summer hours
     */
    public void overwrite(long revision, String timeZone, String summerStart, String summerEnd) {
        if (revision <= communityRevision) {
            return;
        }
        this.communityRevision = revision;
        this.timeZone = ZoneId.of(timeZone).getId();
        this.summerStart = summerStart;
        this.summerEnd = summerStart == null ? null : summerEnd;
    }

    public CommunityFacts toFacts() {
        return new CommunityFacts(id, ZoneId.of(timeZone), monthDay(summerStart), monthDay(summerEnd));
    }

    public long communityRevision() {
        return communityRevision;
    }

    private static MonthDay monthDay(String text) {
        return text == null ? null : MonthDay.parse("--" + text);
    }
}

package com.estate.billing.statement.persistence;

import com.estate.billing.statement.domain.Statement;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A statement as finance published it to the community's residents (公示): a snapshot, so what residents read does
 * not change under them; publishing again (after a correction) replaces it. One per community and month.
 */
@Document("published_statements")
public class PublishedStatementDocument {

    @Id
    private String id;
    private String communityId;
    private Statement statement;
    private Instant publishedAt;
    private String publishedBy;

    protected PublishedStatementDocument() {
    }

    public static String idFor(String communityId, String period) {
        return "st-" + communityId + "-" + period;
    }

    public static PublishedStatementDocument of(Statement statement, String by, Instant at) {
        PublishedStatementDocument document = new PublishedStatementDocument();
        document.id = idFor(statement.communityId(), statement.period());
        document.communityId = statement.communityId();
        document.statement = statement;
        document.publishedAt = at;
        document.publishedBy = by;
        return document;
    }

    public Statement statement() {
        return statement;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}

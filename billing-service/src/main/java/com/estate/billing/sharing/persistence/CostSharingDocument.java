package com.estate.billing.sharing.persistence;

import com.estate.billing.sharing.domain.CostSharing;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stored cost sharing, keyed by community, period and cost. Stored before its bills are issued, so a sharing that
 * stopped half-way is completed by entering it again; {@code postedAt} says every share's bill exists.
 */
@Document("cost_sharings")
public class CostSharingDocument {

    @Id
    private String id;
    private String communityId;
    private CostSharing sharing;
    private Instant postedAt;
    @Version
    private Long version;

    protected CostSharingDocument() {
    }

    public static CostSharingDocument of(CostSharing sharing) {
        CostSharingDocument document = new CostSharingDocument();
        document.id = sharing.id();
        document.communityId = sharing.communityId();
        document.sharing = sharing;
        return document;
    }

    public CostSharing sharing() {
        return sharing;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public void posted(Instant at) {
        if (postedAt == null) {
            postedAt = at;
        }
    }
}

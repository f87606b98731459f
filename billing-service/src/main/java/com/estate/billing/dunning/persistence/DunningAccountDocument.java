package com.estate.billing.dunning.persistence;

import com.estate.billing.dunning.domain.DunningCase;
import com.estate.billing.dunning.domain.DunningStage;
import com.estate.platform.outbox.AggregateDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The dunning of one fee account, keyed by the account id: its current case (or the last one, closed), a summary of
 * the earlier ones, and whether its owner lives there. One document per account makes "at most one open case per
 * account" a property of the key rather than of a query, lets a {@code bill.paid} find the case by id, and keeps each
 * stage change and its event one write (infra/ARCHITECTURE.md §22). What lists filter by is copied to the top.
 */
@Document(DunningAccountDocument.COLLECTION)
public class DunningAccountDocument extends AggregateDocument {

    public static final String COLLECTION = "dunning_accounts";

    @Id
    private String id;
    private String unitId;
    private String communityId;
    private boolean open;
    private DunningStage stage;
    private Instant stageEnteredAt;
    private int casesOpened;
    private boolean ownerLivesThere;
    private Boolean confirmedByDesk;
    private long unitRevision;
    private DunningCase current;
    private List<PastCase> pastCases = new ArrayList<>();

    /** A closed case, as the account's history shows it. */
    public record PastCase(String caseId, Instant openedAt, Instant closedAt, DunningStage furthestStage) {
    }

    protected DunningAccountDocument() {
    }

    public static DunningAccountDocument of(String accountId, String unitId, String communityId) {
        DunningAccountDocument document = new DunningAccountDocument();
        document.id = accountId;
        document.unitId = unitId;
        document.communityId = communityId;
        return document;
    }

    public String accountId() {
        return id;
    }

    public String unitId() {
        return unitId;
    }

    public String communityId() {
        return communityId;
    }

    public boolean hasOpenCase() {
        return current != null && current.isOpen();
    }

    /** The open case, or the last closed one; null if the account was never in dunning. */
    public DunningCase current() {
        return current;
    }

    public List<PastCase> pastCases() {
        return List.copyOf(pastCases);
    }

    /** The id the next case of this account gets: {@code dn-<n>-<accountId>}. */
    public String nextCaseId() {
        return "dn-" + (casesOpened + 1) + "-" + id;
    }

    /** Starts a new case; the last one, closed, goes to the history. */
    public void start(DunningCase opened) {
        if (hasOpenCase()) {
            throw new IllegalStateException("account " + id + " has an open case already");
        }
        if (current != null) {
            pastCases.add(new PastCase(current.id(), current.openedAt(), current.closedAt(), current.history()
                    .stream().map(change -> change.to()).filter(java.util.Objects::nonNull)
                    .max(Enum::compareTo).orElse(DunningStage.LISTED)));
        }
        current = opened;
        casesOpened++;
        synced();
    }

    /**
     * Whether the owner lives in the unit: what the desk confirmed, if it did (it knows a tenant from an owner),
     * otherwise whether resident-service has the unit occupied.
     */
    public boolean ownerLivesThere() {
        return confirmedByDesk != null ? confirmedByDesk : ownerLivesThere;
    }

    /** The desk found out whether the owner lives there (stage 1's enquiries); it overrides the unit's status. */
    public void confirmOwnerLivesThere(boolean livesThere) {
        confirmedByDesk = livesThere;
    }

    /**
     * The unit's occupancy as resident-service last announced it; an older announcement (a lower unit revision)
     * than the one applied changes nothing.
     *
     * @return whether it was applied
     */
    public boolean occupancy(boolean livesThere, long revision) {
        if (revision <= unitRevision) {
            return false;
        }
        ownerLivesThere = livesThere;
        unitRevision = revision;
        return true;
    }

    /** Copies what lists filter by after a change of the case. */
    public DunningAccountDocument synced() {
        open = hasOpenCase();
        stage = current == null ? null : current.stage();
        stageEnteredAt = current == null ? null : current.stageEnteredAt();
        return this;
    }
}

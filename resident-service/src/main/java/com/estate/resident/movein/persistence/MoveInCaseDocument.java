package com.estate.resident.movein.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.resident.movein.domain.MoveInCase;
import com.estate.resident.movein.domain.Step;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A move-in case with its pending events (outbox) and the partner events it applied. One case per unit and owner
 * (unique). The case's step and whether it is open are copied beside it, so staff's list filters on plain fields.
 */
@Document("move_ins")
@CompoundIndex(name = "move_in_per_unit_and_owner", def = "{'unitId': 1, 'ownerResidentId': 1}", unique = true)
@CompoundIndex(name = "open_move_ins", def = "{'communityId': 1, 'open': 1, 'step': 1, 'openedAt': 1}")
public class MoveInCaseDocument extends AggregateDocument {

    @Id
    private String id;

    private String communityId;

    private String unitId;

    private String ownerResidentId;

    private Step step;

    private boolean open;

    private Instant openedAt;

    private MoveInCase movein;

    protected MoveInCaseDocument() {
    }

    public static MoveInCaseDocument from(MoveInCase movein) {
        MoveInCaseDocument document = new MoveInCaseDocument();
        document.id = movein.id();
        document.communityId = movein.communityId();
        document.unitId = movein.unitId();
        document.ownerResidentId = movein.ownerResidentId();
        document.openedAt = movein.opened().at();
        document.update(movein);
        return document;
    }

    /** Applies a change decided by the domain; the ids, the unit and the owner never change. */
    public void update(MoveInCase changed) {
        movein = changed;
        step = changed.step();
        open = changed.isOpen();
    }

    public MoveInCase toDomain() {
        return movein;
    }
}

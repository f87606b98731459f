package com.estate.workorder.duty.handover.persistence;

import com.estate.platform.outbox.AggregateDocument;
import com.estate.workorder.duty.domain.Handover;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A handover, under an id derived from its outgoing shift ({@code Handovers#idOf}): one handover per shift, found
 * by {@code _id} from the shift alone.
 */
@Document("duty_handovers")
public class HandoverDocument extends AggregateDocument {

    @Id
    private String id;
    private Handover handover;

    protected HandoverDocument() {
    }

    public static HandoverDocument from(Handover handover) {
        HandoverDocument document = new HandoverDocument();
        document.id = handover.id();
        document.handover = handover;
        return document;
    }

    public Handover handover() {
        return handover;
    }

    public void update(Handover changed) {
        handover = changed;
    }
}

package com.estate.resident.movein.messaging;

import com.estate.platform.consumer.EventHandler;
import com.estate.platform.events.CloudEvent;
import com.estate.platform.events.InvalidEventException;
import com.estate.resident.movein.domain.MoveInCase;
import com.estate.resident.movein.persistence.MoveInCaseDocument;

/**
 * What billing and workorder-service tell a move-in case (its bill issued and paid, the work orders of its defects
 * moving), on the platform's router: each handler picks out the few events that concern a move-in
 * ({@link #concerns}; the rest of the suite's bills and orders are skipped without a read or a write) and its effect
 * is applied to the case the event names, the event id recorded in the same write. An event naming a case that does
 * not exist can never be applied: it goes to the DLT, as every unknown reference does (infra/ARCHITECTURE.md §4).
 */
abstract class MoveInCaseHandler<D> implements EventHandler<D, MoveInCaseDocument> {

    private final MoveInPublications publications;

    MoveInCaseHandler(MoveInPublications publications) {
        this.publications = publications;
    }

    /** The case's id, for an event that {@link #concerns} a move-in. */
    abstract String caseId(D data);

    /** The change the event makes to the case, or an {@link InvalidEventException} when it cannot concern it. */
    abstract MoveInCase.Change change(MoveInCase movein, D data, CloudEvent event);

    @Override
    public Class<MoveInCaseDocument> documentType() {
        return MoveInCaseDocument.class;
    }

    @Override
    public Object documentId(D data) {
        return caseId(data);
    }

    @Override
    public MoveInCaseDocument newDocument(D data, CloudEvent event) {
        throw new InvalidEventException("event " + event.id() + " refers to no move-in case " + caseId(data));
    }

    @Override
    public void apply(MoveInCaseDocument document, D data, CloudEvent event) {
        MoveInCase.Change change = change(document.toDomain(), data, event);
        document.update(change.movein());
        publications.queue(document, change.events());
    }
}

package com.estate.workorder.patrol.persistence;

import com.estate.platform.outbox.AggregateDocument;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The inspections of one renovation (keyed by the renovation's id, which its three events carry): the tasks
 * scheduled for it and how far the works are. resident-service's permitted, completed and accepted events apply to
 * it in one write each with their event ids; the tasks they schedule or end are written just before (idempotently,
 * by derived ids), so a redelivery completes what a crash interrupted (infra/ARCHITECTURE.md §24).
 */
@Document("renovation_inspections")
public class RenovationInspectionsDocument extends AggregateDocument {

    public enum Stage { PERMITTED, COMPLETED, ACCEPTED }

    @Id
    String renovationId;

    String communityId;

    String unitId;

    Stage stage;

    List<String> taskIds = new ArrayList<>();

    protected RenovationInspectionsDocument() {
    }

    public RenovationInspectionsDocument(String renovationId, String communityId, String unitId) {
        this.renovationId = renovationId;
        this.communityId = communityId;
        this.unitId = unitId;
    }

    public String renovationId() {
        return renovationId;
    }

    public String communityId() {
        return communityId;
    }

    public String unitId() {
        return unitId;
    }

    public Stage stage() {
        return stage;
    }

    public List<String> taskIds() {
        return List.copyOf(taskIds);
    }

    public void reached(Stage next, List<String> scheduled) {
        if (stage == null || next.compareTo(stage) > 0) {
            stage = next;
        }
        scheduled.stream().filter(id -> !taskIds.contains(id)).forEach(taskIds::add);
    }
}

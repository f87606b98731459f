package com.estate.workorder.technician;

import com.estate.platform.outbox.AggregateDocument;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A technician's profile, keyed by the staff id; a small collection, one document per technician. */
@Document("technicians")
class TechnicianDocument extends AggregateDocument {

    static final String COMMUNITIES = "communities";

    @Id
    private String id;

    private String name;

    private Set<String> skills;

    private Set<String> communities;

    protected TechnicianDocument() {
    }

    TechnicianDocument(TechnicianProfile profile) {
        this.id = profile.staffId();
        update(profile);
    }

    void update(TechnicianProfile profile) {
        this.name = profile.name();
        this.skills = profile.skills();
        this.communities = profile.communities();
    }

    TechnicianProfile toProfile() {
        return new TechnicianProfile(id, name, skills, communities);
    }
}

package com.estate.resident.resident.persistence;

import com.estate.platform.core.pii.IdentityDocumentType;
import com.estate.platform.outbox.AggregateDocument;
import com.estate.resident.resident.domain.Residence;
import com.estate.resident.resident.domain.ResidentKind;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A resident with their pending events (outbox). Phone and document number are stored only encrypted
 * ({@code FieldEncryptor}), each next to its keyed lookup hash (infra/ARCHITECTURE.md §9). {@code documentKey},
 * the community and the document's lookup hash, is unique: one person is registered once per community. A company
 * without a document has no {@code documentKey} (sparse index). Mapped by {@link ResidentDocuments}.
 */
@Document("residents")
public class ResidentDocument extends AggregateDocument {

    @Id
    String id;

    String communityId;

    ResidentKind kind;

    String name;

    String phoneEncrypted;

    String phoneLookup;

    IdentityDocumentType documentType;

    String documentNumberEncrypted;

    String documentLookup;

    @Indexed(unique = true, sparse = true)
    String documentKey;

    String creditCode;

    List<Residence> residences;

    Instant registeredAt;

    long residentVersion;

    protected ResidentDocument() {
    }

    public String id() {
        return id;
    }

    public String communityId() {
        return communityId;
    }

    public String phoneLookup() {
        return phoneLookup;
    }

    public String documentLookup() {
        return documentLookup;
    }
}

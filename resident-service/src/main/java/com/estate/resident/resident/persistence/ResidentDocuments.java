package com.estate.resident.resident.persistence;

import com.estate.platform.core.pii.FieldEncryptor;
import com.estate.platform.core.pii.IdentityDocument;
import com.estate.platform.core.pii.LookupHasher;
import com.estate.resident.resident.domain.Resident;
import org.springframework.stereotype.Component;

/**
 * Maps residents to their documents and back: the phone and document number encrypted on the way in, decrypted on
 * the way out, each with its lookup hash.
 */
@Component
public class ResidentDocuments {

    private final FieldEncryptor encryptor;
    private final LookupHasher hasher;

    ResidentDocuments(FieldEncryptor encryptor, LookupHasher hasher) {
        this.encryptor = encryptor;
        this.hasher = hasher;
    }

    public ResidentDocument from(Resident resident) {
        ResidentDocument document = new ResidentDocument();
        document.id = resident.id();
        document.communityId = resident.communityId();
        document.kind = resident.kind();
        document.name = resident.name();
        document.phoneEncrypted = encryptor.encrypt(resident.phone());
        document.phoneLookup = hasher.phone(resident.phone());
        IdentityDocument identity = resident.identityDocument();
        if (identity != null) {
            document.documentType = identity.type();
            document.documentNumberEncrypted = encryptor.encrypt(identity.number());
            document.documentLookup = hasher.document(identity);
            document.documentKey = resident.communityId() + ":" + document.documentLookup;
        }
        document.creditCode = resident.creditCode();
        document.registeredAt = resident.registeredAt();
        update(document, resident);
        return document;
    }

    /** Copies what a resident may change after registration: their residences and how many events they raised. */
    public void update(ResidentDocument document, Resident changed) {
        document.residences = changed.residences();
        document.residentVersion = changed.eventVersion();
    }

    public Resident toDomain(ResidentDocument document) {
        IdentityDocument identity = document.documentType == null ? null
                : new IdentityDocument(document.documentType, encryptor.decrypt(document.documentNumberEncrypted));
        return new Resident(document.id, document.communityId, document.kind, document.name,
                encryptor.decrypt(document.phoneEncrypted), identity, document.creditCode, document.residences,
                document.registeredAt, document.residentVersion);
    }

    public String phoneLookup(String phone) {
        return hasher.phone(phone);
    }

    public String documentLookup(IdentityDocument document) {
        return hasher.document(document);
    }
}

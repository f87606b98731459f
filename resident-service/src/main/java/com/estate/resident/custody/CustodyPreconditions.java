package com.estate.resident.custody;

import com.estate.platform.security.Caller;
import com.estate.resident.custody.domain.CustodyRefusedException;
import com.estate.resident.resident.Residents;
import com.estate.resident.resident.domain.Relation;
import com.estate.resident.unit.attachment.UnitAttachments;
import com.estate.resident.unit.attachment.persistence.UnitAttachmentsDocument.Entry;
import com.estate.resident.unit.domain.Unit;
import com.estate.resident.unit.domain.UnitStatus;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What must be true of the unit before custody starts or a patrol is recorded: the unit is lived in or empty (not
 * unsold, not under renovation), the one signing is a current owner of it, and the agreement and photos are among
 * the unit's documents (uploaded through {@code POST /api/units/{id}/attachments}, so the store checks size and
 * type and the unit's archive keeps the signed agreement).
 */
@Component
class CustodyPreconditions {

    static final String AGREEMENT_KIND = "document";
    static final String PHOTO_KIND = "photo";
    private static final Set<UnitStatus> CUSTODIAL = Set.of(UnitStatus.VACANT, UnitStatus.OCCUPIED);

    private final Residents residents;
    private final UnitAttachments attachments;

    CustodyPreconditions(Residents residents, UnitAttachments attachments) {
        this.residents = residents;
        this.attachments = attachments;
    }

    void require(Caller caller, Unit unit, String ownerResidentId, String agreementAttachmentId) {
        if (unit.status() == UnitStatus.IN_CUSTODY) {
            throw new CustodyActiveException(unit.id());
        }
        if (!CUSTODIAL.contains(unit.status())) {
            throw new CustodyRefusedException("custody-unit-status", "unit " + unit.id() + " is " + unit.status()
                    + ": only a vacant or occupied unit can be put in custody", unit.id(), unit.status().name());
        }
        boolean owner = residents.ofUnit(caller, unit.id()).stream()
                .filter(resident -> resident.id().equals(ownerResidentId))
                .flatMap(resident -> resident.currentResidences().stream())
                .anyMatch(residence -> residence.unitId().equals(unit.id()) && residence.relation() == Relation.OWNER);
        if (!owner) {
            throw new CustodyRefusedException("custody-owner-required", "resident " + ownerResidentId
                    + " is not a current owner of unit " + unit.id(), ownerResidentId);
        }
        if (!hasAttachment(caller, unit.id(), agreementAttachmentId, AGREEMENT_KIND)) {
            throw new CustodyRefusedException("custody-agreement-unknown", "attachment " + agreementAttachmentId
                    + " is not a document of unit " + unit.id(), agreementAttachmentId);
        }
    }

    void requirePhotos(Caller caller, String unitId, List<String> photoIds) {
        for (String photoId : photoIds) {
            if (!hasAttachment(caller, unitId, photoId, PHOTO_KIND)) {
                throw new CustodyRefusedException("custody-photo-unknown", "attachment " + photoId
                        + " is not a photo of unit " + unitId, photoId);
            }
        }
    }

    private boolean hasAttachment(Caller caller, String unitId, String attachmentId, String kind) {
        List<Entry> files = attachments.list(caller, unitId);
        return files.stream().anyMatch(file -> file.attachmentId().equals(attachmentId) && file.kind().equals(kind));
    }
}

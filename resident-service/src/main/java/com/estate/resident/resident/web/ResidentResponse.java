package com.estate.resident.resident.web;

import com.estate.platform.core.pii.IdentityDocumentType;
import com.estate.platform.core.pii.MaskedId;
import com.estate.platform.core.pii.MaskedPhone;
import com.estate.resident.resident.domain.Residence;
import com.estate.resident.resident.domain.Resident;
import com.estate.resident.resident.domain.ResidentKind;
import java.time.Instant;
import java.util.List;

/** A resident; phone and document number whole only for {@code app.pii.unmasked-roles}, masked to others. */
record ResidentResponse(String id, String communityId, ResidentKind kind, String name, MaskedPhone phone,
        IdentityDocumentType documentType, MaskedId documentNumber, String creditCode, List<Residence> residences,
        boolean movedOut, Instant registeredAt) {

    static ResidentResponse of(Resident resident) {
        var identity = resident.identityDocument();
        return new ResidentResponse(resident.id(), resident.communityId(), resident.kind(), resident.name(),
                MaskedPhone.of(resident.phone()), identity == null ? null : identity.type(), MaskedId.of(identity),
                resident.creditCode(), resident.residences(), resident.hasMovedOut(), resident.registeredAt());
    }
}

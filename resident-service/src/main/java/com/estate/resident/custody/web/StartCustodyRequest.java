package com.estate.resident.custody.web;

import com.estate.resident.custody.CustodyRecords;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The custody agreement as the desk records it: the unit, the owner who signed, the signed agreement (a
 * {@code document} among the unit's attachments) and the meters read at the start. Status, ids and audit fields
 * are the service's.
 *
 * @param startedOn the first day in custody; today in the community when left out
 */
record StartCustodyRequest(
        @NotNull UUID unitId,
        @NotNull UUID ownerResidentId,
        @NotBlank @Size(max = 64) String agreementAttachmentId,
        LocalDate startedOn,
        @NotNull @Valid ReadingsRequest startReadings) {

    CustodyRecords.Start toStart() {
        return new CustodyRecords.Start(unitId.toString(), ownerResidentId.toString(), agreementAttachmentId,
                startedOn, startReadings.toReadings());
    }
}

package com.estate.resident.resident.web;

import com.estate.platform.concurrency.Etags;
import com.estate.platform.concurrency.IfMatch;
import com.estate.platform.core.pii.IdentityDocument;
import com.estate.platform.core.pii.IdentityDocumentType;
import com.estate.platform.core.pii.MainlandMobiles;
import com.estate.platform.idempotency.IdempotentCommand;
import com.estate.platform.problem.InvalidParameterException;
import com.estate.platform.security.Caller;
import com.estate.platform.web.PageResponse;
import com.estate.resident.resident.OwnershipTransfers;
import com.estate.resident.resident.Residents;
import com.estate.resident.resident.domain.Resident;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ResidentController {

    private final Residents residents;
    private final OwnershipTransfers transfers;
    private final Clock clock;

    ResidentController(Residents residents, OwnershipTransfers transfers, Clock clock) {
        this.residents = residents;
        this.transfers = transfers;
        this.clock = clock;
    }

    @PostMapping("/api/residents")
    @IdempotentCommand
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT')")
    ResponseEntity<ResidentResponse> register(@Valid @RequestBody ResidentRequest request, Caller caller) {
        var registered = residents.register(caller, request.toRegistration());
        var resident = registered.resident();
        if (!registered.created()) {
            // the person was registered before: the same record, now for more units
            return ResponseEntity.status(200).location(URI.create("/api/residents/" + resident.value().id()))
                    .eTag(Etags.of(resident.revision())).body(ResidentResponse.of(resident.value()));
        }
        return Etags.created(URI.create("/api/residents/" + resident.value().id()), resident, ResidentResponse::of);
    }

    @GetMapping("/api/residents/{residentId}")
    ResponseEntity<ResidentResponse> get(@PathVariable UUID residentId, Caller caller) {
        return Etags.ok(residents.visibleTo(caller, residentId.toString()), ResidentResponse::of);
    }

    /** Ends the resident's relation to one unit or all of theirs; kept as history. Staff only, with If-Match. */
    @PostMapping("/api/residents/{residentId}/move-out")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT')")
    ResponseEntity<ResidentResponse> moveOut(@PathVariable UUID residentId, @RequestBody MoveOutRequest request,
            IfMatch ifMatch, Caller caller) {
        String unitId = request.unitId() == null ? null : request.unitId().toString();
        return Etags.ok(residents.moveOut(caller, residentId.toString(), ifMatch, unitId, request.on()),
                ResidentResponse::of);
    }

    /**
     * The desk's lookup by exact phone or identity document number, as people write them ({@code +86 138-1234-5678},
     * a lower-case {@code x}, spaces): through their keyed lookup hash, never a scan.
     *
     * @param documentType the kind of document {@code idNumber} is; a mainland ID when left out
     */
    @GetMapping("/api/residents")
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT', 'DIRECTOR')")
    PageResponse<ResidentResponse> lookUp(@RequestParam(required = false) String phone,
            @RequestParam(required = false) String idNumber,
            @RequestParam(defaultValue = "MAINLAND_ID") IdentityDocumentType documentType, Caller caller) {
        List<Resident> found;
        if (phone != null && idNumber == null) {
            if (!MainlandMobiles.isValid(phone)) {
                throw new InvalidParameterException("phone", "problem.validation.field.mainland-mobile");
            }
            found = residents.withPhone(caller, phone);
        } else if (idNumber != null && phone == null) {
            if (!documentType.isValid(idNumber, LocalDate.now(clock))) {
                throw new InvalidParameterException("idNumber", "problem.validation.field.identity-document."
                        + documentType.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            found = residents.withDocument(caller, new IdentityDocument(documentType, idNumber));
        } else {
            throw new InvalidParameterException("phone", "problem.validation.field.resident-lookup");
        }
        return PageResponse.of(new PageImpl<>(found), ResidentResponse::of);
    }

    /**
     * Changes the unit's owners: the old owners' residences (and their household's, unless an owner stays) end on
     * the day, the new owners' begin; tenants stay. Visible in the household's history.
     */
    @PostMapping("/api/units/{unitId}/ownership-transfers")
    @IdempotentCommand
    @PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT')")
    ResponseEntity<OwnershipTransferResponse> transfer(@PathVariable UUID unitId,
            @Valid @RequestBody OwnershipTransferRequest request, Caller caller) {
        var transfer = transfers.transfer(caller, unitId.toString(), request.on(),
                request.newOwners().stream().map(OwnershipTransferRequest.Owner::toNewOwner).toList());
        return ResponseEntity.created(URI.create("/api/units/" + unitId + "/household?history=true"))
                .body(OwnershipTransferResponse.of(transfer));
    }

    /** @param history also those who lived there before, with the day they left */
    @GetMapping("/api/units/{unitId}/household")
    HouseholdResponse household(@PathVariable UUID unitId, @RequestParam(defaultValue = "false") boolean history,
            Caller caller) {
        return HouseholdResponse.of(unitId.toString(), residents.ofUnit(caller, unitId.toString()), history);
    }
}

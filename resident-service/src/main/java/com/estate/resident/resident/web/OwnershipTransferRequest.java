package com.estate.resident.resident.web;

import com.estate.platform.core.pii.IdentityDocument;
import com.estate.platform.core.pii.validation.MainlandMobile;
import com.estate.resident.resident.OwnershipTransfers;
import com.estate.resident.resident.domain.ResidentKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A change of the unit's owners on a day (today in the community when left out). Each new owner is a resident of
 * the community by {@code residentId}, or a person (with an identity document, found if registered already) or a
 * company to register.
 */
record OwnershipTransferRequest(LocalDate on, @NotEmpty @Size(max = 10) List<@NotNull @Valid Owner> newOwners) {

    record Owner(UUID residentId, ResidentKind kind, @Size(max = 100) String name, @MainlandMobile String phone,
            @Valid IdentityDocument identityDocument, @UnifiedSocialCreditCode String creditCode) {

        /** Either a resident's id, or what registering them needs. */
        @AssertTrue
        boolean isComplete() {
            if (residentId != null) {
                return kind == null && name == null && phone == null && identityDocument == null && creditCode == null;
            }
            return kind != null && name != null && !name.isBlank() && phone != null
                    && (kind == ResidentKind.COMPANY || identityDocument != null && creditCode == null);
        }

        OwnershipTransfers.NewOwner toNewOwner() {
            return new OwnershipTransfers.NewOwner(residentId == null ? null : residentId.toString(), kind, name,
                    phone, identityDocument, creditCode);
        }

        @Override
        public String toString() {
            return "Owner[residentId=" + residentId + ", kind=" + kind + "]";
        }
    }

    /** Each new owner once. */
    @AssertTrue
    boolean isDistinct() {
        return newOwners == null || newOwners.stream().filter(Objects::nonNull)
                .map(owner -> owner.residentId() != null ? owner.residentId().toString()
                        : owner.identityDocument() != null ? owner.identityDocument().type() + ":"
                        + owner.identityDocument().normalizedNumber() : UUID.randomUUID().toString())
                .distinct().count() == newOwners.stream().filter(Objects::nonNull).count();
    }
}

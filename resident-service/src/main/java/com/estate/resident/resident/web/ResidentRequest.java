package com.estate.resident.resident.web;

import com.estate.platform.core.pii.IdentityDocument;
import com.estate.platform.core.pii.validation.MainlandMobile;
import com.estate.resident.resident.Residents;
import com.estate.resident.resident.domain.Relation;
import com.estate.resident.resident.domain.ResidentKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The resident registration form: a person with an identity document, or a company with an optional unified social
 * credit code (GB 32100: 18 digits and capitals without I, O, S, V, Z, the last a check character), for units of one
 * community.
 *
 * @param since       the day the relation began; today in the community if left out
 * @param leaseEndsOn a tenant's lease end date, if the lease has one
 */
record ResidentRequest(
        @NotNull UUID communityId,
        @NotNull ResidentKind kind,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @MainlandMobile String phone,
        @Valid IdentityDocument identityDocument,
        @UnifiedSocialCreditCode String creditCode,
        @NotEmpty @Size(max = 50) List<@NotNull UUID> unitIds,
        @NotNull Relation relation,
        LocalDate since,
        LocalDate leaseEndsOn) {

    /** A person registers with an identity document. */
    @AssertTrue
    boolean isIdentityDocument() {
        return kind != ResidentKind.PERSON || identityDocument != null;
    }

    /** Only a company has a credit code. */
    @AssertTrue
    boolean isCreditCode() {
        return kind != ResidentKind.PERSON || creditCode == null;
    }

    /** Only a tenancy has a lease end. */
    @AssertTrue
    boolean isLeaseEndsOn() {
        return leaseEndsOn == null || relation == Relation.TENANT;
    }

    @AssertTrue
    boolean isUnitIds() {
        return unitIds == null || unitIds.stream().distinct().count() == unitIds.size();
    }

    Residents.Registration toRegistration() {
        return new Residents.Registration(communityId.toString(), kind, name, phone, identityDocument, creditCode,
                unitIds.stream().map(UUID::toString).toList(), relation, since, leaseEndsOn);
    }

    /** Never the phone or document number. */
    @Override
    public String toString() {
        return "ResidentRequest[communityId=" + communityId + ", kind=" + kind + ", unitIds=" + unitIds + "]";
    }
}

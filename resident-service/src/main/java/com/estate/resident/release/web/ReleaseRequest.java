package com.estate.resident.release.web;

import com.estate.resident.release.ReleasePasses;
import com.estate.resident.release.domain.ApplicantKind;
import com.estate.resident.release.domain.ReleaseItem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An application to take goods out. A resident names their unit; the desk names a unit for a resident, or the
 * community and {@code SHOP}/{@code COMPANY} for a business. Status, ids and who applied are not the client's to set.
 */
record ReleaseRequest(
        @Size(max = 64) String unitId,
        @Size(max = 64) String communityId,
        ApplicantKind applicantKind,
        @NotBlank @Size(max = 100) String applicantName,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Item> items,
        @NotBlank @Size(max = 50) String carrierName,
        @Size(max = 20) String vehiclePlate,
        @NotNull LocalDate date) {

    record Item(@NotBlank @Size(max = 100) String name, @Min(1) @Max(10_000) int quantity) {
    }

    ReleasePasses.Form form() {
        return new ReleasePasses.Form(unitId, communityId, applicantKind, applicantName.strip(),
                items.stream().map(item -> new ReleaseItem(item.name().strip(), item.quantity())).toList(),
                carrierName.strip(), vehiclePlate == null ? null : vehiclePlate.strip(), date);
    }
}

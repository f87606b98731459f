package com.estate.resident.renovation.web;

import com.estate.resident.renovation.Renovations;
import com.estate.resident.renovation.domain.Applicant;
import com.estate.resident.renovation.domain.Contractor;
import com.estate.resident.renovation.domain.DeclaredWork;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An application for a renovation. The applicant confirms that the community's working hours and prohibitions
 * were restated to them and the contractor ({@code rulesAcknowledged}); without that there is no application.
 */
record RenovationRequest(
        @NotBlank @Size(max = 64) String unitId,
        @NotNull @Valid ApplicantBody applicant,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Work> works,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull @Valid ContractorBody contractor,
        @Size(max = 100) List<@NotBlank @Size(max = 50) String> workers,
        @AssertTrue(message = "{problem.validation.field.rules-acknowledged}") boolean rulesAcknowledged) {

    /** @param proxy true when someone applies for the owner (a power of attorney is then needed) */
    record ApplicantBody(@NotBlank @Size(max = 100) String name, boolean proxy) {
    }

    record Work(@NotBlank @Size(max = 200) String description, boolean changesStructure, boolean addsLoad) {
    }

    record ContractorBody(@NotBlank @Size(max = 100) String name, @Size(max = 50) String manager) {
    }

    Renovations.Application application() {
        return new Renovations.Application(unitId.strip(), new Applicant(applicant.name().strip(), applicant.proxy()),
                works.stream().map(w -> new DeclaredWork(w.description().strip(), w.changesStructure(), w.addsLoad()))
                        .toList(),
                startDate, endDate, new Contractor(contractor.name().strip(), contractor.manager()),
                Objects.requireNonNullElse(workers, List.<String>of()).stream().map(String::strip).toList());
    }
}

package com.estate.resident.movein.web;

import com.estate.resident.movein.domain.MoveInCase;
import com.estate.resident.movein.domain.SignedAgreement;
import com.estate.resident.movein.domain.Signer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a client may send for each step: only what the step records. Ids, the case's status and step, the community
 * and who did what when are the service's, never the client's.
 */
final class MoveInRequests {

    private MoveInRequests() {
    }

    /** @param withProxy whether a proxy acts for the owner (then the proxy's ID and a power of attorney are due) */
    record Open(@NotNull UUID unitId, @NotNull UUID ownerResidentId, Boolean withProxy) {

        boolean isWithProxy() {
            return Boolean.TRUE.equals(withProxy);
        }
    }

    record DocumentScan(@NotBlank @Size(max = 40) String attachmentId) {
    }

    record Agreement(@NotBlank @Size(max = 60) String code, @NotNull Signer signedBy, @NotNull LocalDate signedOn,
            @NotBlank @Size(max = 40) String attachmentId) {

        SignedAgreement toDomain() {
            return new SignedAgreement(code, signedBy, signedOn, attachmentId);
        }
    }

    record Registration(@NotBlank @Size(max = 40) String formAttachmentId,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid Agreement> agreements) {
    }

    record Handover(@NotNull @Min(1) @Max(50) Integer keys, @NotNull Boolean residentHandbook,
            @NotNull Boolean waterElectricDrawings) {
    }

    /** Readings as decimal strings, such as "123.450": water and gas in m³, electricity in kWh. */
    record Readings(
            @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 3) BigDecimal water,
            @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 3) BigDecimal electricity,
            @NotNull @DecimalMin("0") @Digits(integer = 9, fraction = 3) BigDecimal gas) {
    }

    record Finding(@NotBlank @Size(max = 40) String room, @NotBlank @Size(max = 40) String item,
            @NotBlank @Size(max = 500) String description,
            @Size(max = 10) List<@NotBlank @Size(max = 40) String> photoAttachmentIds) {

        MoveInCase.Finding toDomain() {
            return new MoveInCase.Finding(room, item, description,
                    Objects.requireNonNullElse(photoAttachmentIds, List.of()));
        }
    }

    /** @param defects what was found wrong; empty when the house is accepted as it is */
    record Inspection(@NotBlank @Size(max = 40) String acceptanceFormAttachmentId,
            @NotNull @Size(max = 100) List<@NotNull @Valid Finding> defects) {
    }

    /** @param at when the re-inspection is booked, with the offset the desk works in */
    record Appointment(@NotNull OffsetDateTime at) {
    }

    record Reopen(@NotBlank @Size(max = 500) String reason) {
    }
}

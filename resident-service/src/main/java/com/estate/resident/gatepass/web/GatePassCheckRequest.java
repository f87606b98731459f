package com.estate.resident.gatepass.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the guard presents: the scanned QR payload or the code typed in.
 *
 * @param communityId the gate's community; needed only by a guard who serves several
 */
public record GatePassCheckRequest(@NotBlank @Size(max = 200) String code, @Size(max = 64) String communityId) {
}

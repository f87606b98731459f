package com.estate.resident.release.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the guard presents for goods: the scanned QR payload or the code typed in (the same as for any gate pass).
 *
 * @param communityId the gate's community; needed only by a guard who serves several
 */
record ReleaseCheckRequest(@NotBlank @Size(max = 200) String code, @Size(max = 64) String communityId) {
}

package com.estate.resident.movein.domain;

import java.util.List;
import java.util.Objects;

/**
 * The resident registration form (住户登记表), filled by the owner and scanned, and the agreements signed with it.
 */
public record Registration(String formAttachmentId, List<SignedAgreement> agreements, Done recorded) {

    public Registration {
        Objects.requireNonNull(formAttachmentId, "formAttachmentId");
        agreements = List.copyOf(agreements);
        Objects.requireNonNull(recorded, "recorded");
    }
}

package com.estate.resident.movein.domain;

import java.util.Objects;

/**
 * One entry of the case's document checklist: empty until its scan is uploaded, then verified by staff.
 *
 * @param attachmentId the scan in the file store, or null while missing
 */
public record SubmittedDocument(DocumentType type, String attachmentId, Done uploaded, Done verified) {

    public SubmittedDocument {
        Objects.requireNonNull(type, "type");
    }

    static SubmittedDocument missing(DocumentType type) {
        return new SubmittedDocument(type, null, null, null);
    }

    public boolean isVerified() {
        return verified != null;
    }

    /** A new scan replaces the old one, and must be verified again. */
    SubmittedDocument withScan(String attachment, Done by) {
        return new SubmittedDocument(type, attachment, by, null);
    }

    SubmittedDocument verifiedBy(Done by) {
        return new SubmittedDocument(type, attachmentId, uploaded, by);
    }
}

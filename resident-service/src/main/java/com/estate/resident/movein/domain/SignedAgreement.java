package com.estate.resident.movein.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One community regulation or agreement the owner signed at the desk (管理规约, 前期物业服务协议, ...).
 *
 * @param code        the agreement's code, as configured ({@code app.move-in.required-agreements})
 * @param attachmentId the scan of the signed copy, kept in the resident archive
 */
public record SignedAgreement(String code, Signer signedBy, LocalDate signedOn, String attachmentId) {

    public SignedAgreement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(signedBy, "signedBy");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(attachmentId, "attachmentId");
    }
}

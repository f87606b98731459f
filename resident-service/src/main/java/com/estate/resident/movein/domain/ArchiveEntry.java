package com.estate.resident.movein.domain;

import java.util.Objects;

/**
 * One document of the resident archive (infra/BUSINESS-RULES.md §1), linking its stored scan.
 *
 * @param kind what it is: an ID copy, the proxy's ID, the power of attorney, the company certificate, the move-in
 *             notice, the purchase contract, a signed agreement, the registration form, the acceptance form
 * @param code the agreement's code for a signed agreement, else null
 */
public record ArchiveEntry(Kind kind, String code, String attachmentId) {

    public ArchiveEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(attachmentId, "attachmentId");
    }

    public enum Kind {
        ID_COPY,
        PROXY_ID,
        POWER_OF_ATTORNEY,
        COMPANY_CERTIFICATE,
        MOVE_IN_NOTICE,
        PURCHASE_CONTRACT,
        SIGNED_AGREEMENT,
        REGISTRATION_FORM,
        ACCEPTANCE_FORM;

        static Kind of(DocumentType type) {
            return switch (type) {
                case MOVE_IN_NOTICE -> MOVE_IN_NOTICE;
                case PURCHASE_CONTRACT -> PURCHASE_CONTRACT;
                case OWNER_ID, PERSONAL_ID -> ID_COPY;
                case COMPANY_CERTIFICATE -> COMPANY_CERTIFICATE;
                case PROXY_ID -> PROXY_ID;
                case POWER_OF_ATTORNEY -> POWER_OF_ATTORNEY;
            };
        }
    }
}

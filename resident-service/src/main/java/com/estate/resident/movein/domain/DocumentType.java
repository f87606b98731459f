package com.estate.resident.movein.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The documents the owner brings to the desk (infra/BUSINESS-RULES.md §1), each uploaded as a scan and verified by
 * staff.
 */
public enum DocumentType {
    /** 入住通知单, kept by the desk. */
    MOVE_IN_NOTICE,
    /** 房屋买卖契约. */
    PURCHASE_CONTRACT,
    /** The owner's ID card (a person buyer). */
    OWNER_ID,
    /** A company buyer's certificate (营业执照). */
    COMPANY_CERTIFICATE,
    /** The ID of the person acting for a company buyer. */
    PERSONAL_ID,
    /** The ID of a proxy acting for the owner. */
    PROXY_ID,
    /** The owner's power of attorney (委托书) for the proxy. */
    POWER_OF_ATTORNEY;

    /**
     * The checklist of a case: a person brings the notice, the contract and their ID; a company its certificate and
     * a personal ID instead of an owner's ID; a proxy adds their own ID and the power of attorney.
     */
    public static List<DocumentType> checklist(OwnerType ownerType, boolean withProxy) {
        List<DocumentType> required = new ArrayList<>(List.of(MOVE_IN_NOTICE, PURCHASE_CONTRACT));
        if (ownerType == OwnerType.COMPANY) {
            required.addAll(List.of(COMPANY_CERTIFICATE, PERSONAL_ID));
        } else {
            required.add(OWNER_ID);
        }
        if (withProxy) {
            required.addAll(List.of(PROXY_ID, POWER_OF_ATTORNEY));
        }
        return List.copyOf(required);
    }
}

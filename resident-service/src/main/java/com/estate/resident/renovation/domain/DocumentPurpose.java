package com.estate.resident.renovation.domain;

/** What an attached document is for; the archive (infra/BUSINESS-RULES.md §4) keeps all of them. */
public enum DocumentPurpose {
    /** 委托书: needed before the permit when a proxy applies. */
    POWER_OF_ATTORNEY,
    /** 受托人身份证复印件. */
    PROXY_ID,
    /** 装修协议, signed. */
    AGREEMENT,
    /** 装修方案: drawings and description of the works. */
    PLAN,
    /** The housing authority's approval: needed before the permit for structural or load-adding works. */
    AUTHORITY_APPROVAL
}

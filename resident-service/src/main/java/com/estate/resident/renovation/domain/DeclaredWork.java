package com.estate.resident.renovation.domain;

/**
 * One item of the works the applicant declares. Works that change the main structure (拆改主体结构) or clearly
 * add load (明显加大荷载) need the housing authority's approval before the permit.
 */
public record DeclaredWork(String description, boolean changesStructure, boolean addsLoad) {

    public boolean needsAuthorityApproval() {
        return changesStructure || addsLoad;
    }
}

package com.estate.resident.movein.domain;

/** Who bought the unit: the document checklist depends on it. */
public enum OwnerType {
    PERSON,
    COMPANY
}

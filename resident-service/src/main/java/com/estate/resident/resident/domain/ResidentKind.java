package com.estate.resident.resident.domain;

/** A person (with an identity document), or a company that bought or rents a unit (with its credit code). */
public enum ResidentKind {
    PERSON,
    COMPANY
}

package com.estate.resident.custody.domain;

public enum CustodyStatus {
    ACTIVE,
    ENDED
}

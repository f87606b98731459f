package com.estate.platform.testapp;

public enum SampleStatus {
    OPEN,
    CLOSED
}

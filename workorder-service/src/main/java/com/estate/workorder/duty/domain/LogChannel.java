package com.estate.workorder.duty.domain;

/** How a matter reached the person on duty. */
public enum LogChannel {
    CALL, VISIT
}

package com.estate.workorder.service.domain;

/**
 * AGREED with the resident (item, area, time, fee, expected result) → ASSIGNED by the department head → DONE by the
 * staff → ACCEPTED by the resident (the fee goes to billing); the resident may send DONE work back (ASSIGNED
 * again); AGREED and ASSIGNED orders can be CANCELLED.
 */
public enum ServiceOrderStatus {
    AGREED,
    ASSIGNED,
    DONE,
    ACCEPTED,
    CANCELLED
}

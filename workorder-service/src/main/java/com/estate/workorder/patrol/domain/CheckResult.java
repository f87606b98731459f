package com.estate.workorder.patrol.domain;

/** What the patrol found at one checklist point: fine, or not with a note saying what. */
public record CheckResult(String code, boolean ok, String note) {
}

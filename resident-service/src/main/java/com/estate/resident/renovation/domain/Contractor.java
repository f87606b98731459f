package com.estate.resident.renovation.domain;

/** The renovation company (施工单位) and the person in charge on site. */
public record Contractor(String name, String manager) {
}

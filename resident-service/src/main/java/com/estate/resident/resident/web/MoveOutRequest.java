package com.estate.resident.resident.web;

import java.time.LocalDate;
import java.util.UUID;

/**
 * @param unitId the unit the resident leaves; every unit they live in when left out
 * @param on     the day they moved out; today in the community when left out
 */
record MoveOutRequest(UUID unitId, LocalDate on) {
}

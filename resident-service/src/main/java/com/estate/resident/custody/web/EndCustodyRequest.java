package com.estate.resident.custody.web;

import java.time.LocalDate;

/** @param endedOn the first day out of custody; today in the community when left out */
record EndCustodyRequest(LocalDate endedOn) {
}

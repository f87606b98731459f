package com.estate.resident.unit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the desk corrects on a unit; a null field stays as it is. */
public record UnitCorrection(BigDecimal floorArea, UnitUse use, LocalDate handoverDate, UnitStatus status) {
}

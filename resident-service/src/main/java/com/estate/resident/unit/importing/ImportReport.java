package com.estate.resident.unit.importing;

import java.util.List;

/**
 * What an import did: rows imported (new units), unchanged (the unit is there with the same values) and failed (each
 * with its errors), the buildings it registered because the file named them, and the errors row by row, in row
 * order, at most {@code app.units.import.max-reported-errors} of them ({@code errorsTruncated} then says so).
 * {@code rowLimitReached}: the file had more rows than {@code max-rows}; those beyond were not read.
 */
public record ImportReport(long imported, long unchanged, long failed, List<String> buildingsRegistered,
        List<RowError> errors, boolean errorsTruncated, boolean rowLimitReached) {

    public ImportReport {
        buildingsRegistered = List.copyOf(buildingsRegistered);
        errors = List.copyOf(errors);
    }
}

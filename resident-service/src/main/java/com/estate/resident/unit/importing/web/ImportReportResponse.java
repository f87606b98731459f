package com.estate.resident.unit.importing.web;

import com.estate.platform.web.Problems;
import com.estate.resident.unit.importing.ImportReport;
import com.estate.resident.unit.importing.RowError;
import java.util.List;

/** The import's answer; each row error's message is in the caller's language (Accept-Language). */
record ImportReportResponse(long imported, long unchanged, long failed, List<String> buildingsRegistered,
        List<Error> errors, boolean errorsTruncated, boolean rowLimitReached) {

    /** @param column the unit field the cell is for (building, entrance, floor, unitNumber, ...); null: the row */
    record Error(long row, String column, String code, String message) {
    }

    static ImportReportResponse of(ImportReport report, Problems problems) {
        return new ImportReportResponse(report.imported(), report.unchanged(), report.failed(),
                report.buildingsRegistered(), report.errors().stream().map(e -> error(e, problems)).toList(),
                report.errorsTruncated(), report.rowLimitReached());
    }

    private static Error error(RowError error, Problems problems) {
        String message = problems.message("problem.import.row." + error.code(), error.args().toArray());
        return new Error(error.row(), error.column(), error.code(), message == null ? error.code() : message);
    }
}

package com.estate.resident.unit.importing.web;

import com.estate.contracts.problems.ProblemCatalog;
import com.estate.resident.unit.importing.ImportReport;
import com.estate.resident.unit.importing.RowError;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;

/** The import's answer; each row error's message is in the caller's language (Accept-Language). */
record ImportReportResponse(long imported, long unchanged, long failed, List<String> buildingsRegistered,
        List<Error> errors, boolean errorsTruncated, boolean rowLimitReached) {

    /** @param column the unit field the cell is for (building, entrance, floor, unitNumber, ...); null: the row */
    record Error(long row, String column, String code, String message) {
    }

    /** Messages in the language of the request being answered (Accept-Language, as every problem's). */
    static ImportReportResponse of(ImportReport report) {
        return new ImportReportResponse(report.imported(), report.unchanged(), report.failed(),
                report.buildingsRegistered(), report.errors().stream().map(ImportReportResponse::error).toList(),
                report.errorsTruncated(), report.rowLimitReached());
    }

    private static Error error(RowError error) {
        String message = ProblemCatalog.message("problem.import.row." + error.code(), LocaleContextHolder.getLocale(),
                error.args().toArray());
        return new Error(error.row(), error.column(), error.code(), message == null ? error.code() : message);
    }
}

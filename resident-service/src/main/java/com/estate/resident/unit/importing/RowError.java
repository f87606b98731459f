package com.estate.resident.unit.importing;

import java.util.List;

/**
 * What is wrong with one row of an import file, in one column ({@code null} when the row as a whole is wrong).
 * {@code code} names the problem for programs; its message ({@code problem.import.row.<code>} in the problem
 * vocabulary) is filled with {@code args} in the caller's language when the report is answered.
 *
 * @param row the row's number as a spreadsheet shows it: the header is row 1
 */
public record RowError(long row, String column, String code, List<Object> args) {

    public RowError {
        args = List.copyOf(args);
    }

    static RowError of(long row, ImportColumn column, String code, Object... args) {
        return new RowError(row, column == null ? null : column.key(), code, List.of(args));
    }
}

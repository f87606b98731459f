package com.estate.resident.unit.importing;

import com.estate.platform.problem.ProblemException;

/** The file's first row is not a header of the import's columns: nothing of the file is imported. */
public class ImportHeaderException extends ProblemException {

    private ImportHeaderException(String code, String detail, Object... args) {
        super(code, detail, args);
    }

    static ImportHeaderException unknownColumn(String cell) {
        return new ImportHeaderException("import-header-unknown-column", "header cell '" + cell + "' names no column",
                cell);
    }

    static ImportHeaderException duplicateColumn(String cell) {
        return new ImportHeaderException("import-header-duplicate-column", "column '" + cell + "' named twice", cell);
    }

    static ImportHeaderException missingColumn(ImportColumn column) {
        return new ImportHeaderException("import-header-missing-column", "column " + column.label() + " is missing",
                column.label());
    }

    @Override
    public int status() {
        return 400;
    }
}

package com.estate.resident.unit.importing;

import com.estate.platform.problem.ProblemException;

/**
 * The file as a whole cannot be read as an import: not CSV at all (a spreadsheet, a PDF), empty, not in its character
 * set, or broken CSV from some row on. Rows before a broken row may have been imported; importing the corrected file
 * again imports the rest and leaves those unchanged.
 */
public class ImportFileException extends ProblemException {

    private final int status;

    private ImportFileException(int status, String code, String detail, Object... args) {
        super(code, detail, args);
        this.status = status;
    }

    static ImportFileException notCsv() {
        return new ImportFileException(415, "import-not-csv", "the file is not CSV text");
    }

    static ImportFileException empty() {
        return new ImportFileException(400, "import-empty", "the file is empty: not even a header row");
    }

    static ImportFileException encoding(long row, String charset) {
        return new ImportFileException(400, "import-encoding", "row " + row + " is not " + charset + " text", row,
                charset);
    }

    static ImportFileException malformed(long row) {
        return new ImportFileException(400, "import-malformed", "the CSV is broken at row " + row, row);
    }

    @Override
    public int status() {
        return status;
    }
}

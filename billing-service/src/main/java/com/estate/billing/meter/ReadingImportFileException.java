package com.estate.billing.meter;

import com.estate.platform.problem.ProblemException;

/** The file as a whole is not a reading import: not CSV text, empty, broken CSV or without the needed columns. */
public class ReadingImportFileException extends ProblemException {

    private ReadingImportFileException(String code, String detail, Object... args) {
        super(code, detail, args);
    }

    static ReadingImportFileException notCsv() {
        return new ReadingImportFileException("meter-import-not-csv", "the file is not CSV text");
    }

    static ReadingImportFileException header(String missing) {
        return new ReadingImportFileException("meter-import-header",
                "the header row lacks the column " + missing, missing);
    }

    static ReadingImportFileException malformed(long line) {
        return new ReadingImportFileException("meter-import-malformed", "the CSV is broken at line " + line, line);
    }

    @Override
    public int status() {
        return 400;
    }
}

package com.estate.billing.meter;

import java.util.List;

/**
 * What an import of meter readings did: rows stored, rows already stored with the same value ({@code unchanged}, so
 * importing a file again changes nothing) and rows rejected, each with its line in the file (the header is line 1)
 * and a problem code.
 */
public record ReadingImportReport(String communityId, long stored, long unchanged, long rejected,
        List<RowError> errors) {

    /**
     * @param code   {@code unknown-unit}, {@code unknown-meter}, {@code bad-date}, {@code bad-reading},
     *               {@code reading-in-future}, {@code reading-before-previous}, {@code reading-lower},
     *               {@code reading-conflict}, {@code reading-period-billed}, {@code duplicate-row}
     * @param column the column at fault, when one is
     */
    public record RowError(long line, String code, String column, String detail) {
    }
}

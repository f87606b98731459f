package com.estate.resident.unit.importing;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each column is in the rows of one file, read from its header row. */
public final class ImportHeader {

    private final Map<ImportColumn, Integer> positions;
    private final int width;

    private ImportHeader(Map<ImportColumn, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /** @throws ImportHeaderException for a cell that names no column, a column named twice, or one required missing */
    public static ImportHeader parse(List<String> cells) {
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.isBlank() && i == cells.size() - 1 && i > 0) {
                break; // a trailing separator, as some spreadsheets write
            }
            ImportColumn column = Arrays.stream(ImportColumn.values()).filter(c -> c.isNamedBy(cell)).findFirst()
                    .orElseThrow(() -> ImportHeaderException.unknownColumn(cell));
            if (positions.put(column, i) != null) {
                throw ImportHeaderException.duplicateColumn(cell);
            }
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                throw ImportHeaderException.missingColumn(column);
            }
        }
        return new ImportHeader(positions, cells.size());
    }

    /** How many cells the header has: a longer row has cells no column names. */
    public int width() {
        return width;
    }

    /** The row's cell of this column, stripped; empty when the file has no such column or the row is short. */
    public Optional<String> cell(List<String> row, ImportColumn column) {
        Integer position = positions.get(column);
        if (position == null || position >= row.size()) {
            return Optional.empty();
        }
        String value = row.get(position).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}

package com.estate.resident.unit.importing;

import com.estate.platform.core.text.TypedIdentifiers;
import com.estate.resident.unit.domain.Unit;
import com.estate.resident.unit.domain.UnitSpec;
import com.estate.resident.unit.domain.UnitStatus;
import com.estate.resident.unit.domain.UnitUse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One data row of an import file checked on its own (its building is checked by the import, which knows the
 * community): either the unit it specifies, or every problem of every cell. Plain Java.
 *
 * @param number the row's number as a spreadsheet shows it (the header is row 1)
 */
public record ImportRow(long number, Optional<UnitSpec> spec, List<RowError> errors) {

    /** The longest building, entrance and room number, as for a unit registered by hand. */
    public static final int MAX_TEXT = 20;
    public static final int LOWEST_FLOOR = -20;
    public static final int HIGHEST_FLOOR = 200;

    private static final Pattern FLOOR_AREA = Pattern.compile("\\d{1,6}(\\.\\d{1,2})?");
    private static final Pattern FLOOR = Pattern.compile("-?\\d{1,3}");
    // ISO, and what a Chinese spreadsheet writes when it saves a date cell as text: 2024/5/1
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASHED_DATE = DateTimeFormatter.ofPattern("uuuu/M/d")
            .withResolverStyle(ResolverStyle.STRICT);

    public ImportRow {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** Whether every cell of the row is blank: such a row (often left by a spreadsheet) is skipped, not an error. */
    public static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    public static ImportRow parse(long number, List<String> cells, ImportHeader header) {
        Cells row = new Cells(number, cells, header);
        if (cells.size() > header.width() && !cells.subList(header.width(), cells.size()).stream()
                .allMatch(String::isBlank)) {
            row.errors.add(RowError.of(number, null, "column-count", cells.size(), header.width()));
        }
        String building = row.text(ImportColumn.BUILDING, true);
        String entrance = row.text(ImportColumn.ENTRANCE, false);
        Integer floor = row.floor();
        String unitNumber = row.text(ImportColumn.UNIT_NUMBER, true);
        BigDecimal floorArea = row.floorArea();
        UnitUse use = row.use();
        LocalDate handoverDate = row.handoverDate();
        UnitStatus status = row.status();
        if (!row.errors.isEmpty()) {
            return new ImportRow(number, Optional.empty(), row.errors);
        }
        return new ImportRow(number, Optional.of(new UnitSpec(building, unitNumber, entrance, floor, floorArea, use,
                handoverDate, status)), List.of());
    }

    /** The cells of one row, and what is wrong with them so far. */
    private static final class Cells {

        private final long number;
        private final List<String> cells;
        private final ImportHeader header;
        private final List<RowError> errors = new ArrayList<>();

        Cells(long number, List<String> cells, ImportHeader header) {
            this.number = number;
            this.cells = cells;
            this.header = header;
        }

        private Optional<String> cell(ImportColumn column) {
            return header.cell(cells, column);
        }

        private void error(ImportColumn column, String code, Object... args) {
            errors.add(RowError.of(number, column, code, args));
        }

        String text(ImportColumn column, boolean required) {
            Optional<String> value = cell(column).map(TypedIdentifiers::normalize).filter(v -> !v.isEmpty());
            if (value.isEmpty()) {
                if (required) {
                    error(column, "required");
                }
                return null;
            }
            if (value.get().length() > MAX_TEXT) {
                error(column, "too-long", MAX_TEXT);
                return null;
            }
            return value.get();
        }

        Integer floor() {
            Optional<String> value = cell(ImportColumn.FLOOR).map(TypedIdentifiers::normalize);
            if (value.isEmpty()) {
                return null;
            }
            if (FLOOR.matcher(value.get()).matches()) {
                int floor = Integer.parseInt(value.get());
                if (floor != 0 && floor >= LOWEST_FLOOR && floor <= HIGHEST_FLOOR) {
                    return floor;
                }
            }
            error(ImportColumn.FLOOR, "floor-invalid", value.get(), LOWEST_FLOOR, HIGHEST_FLOOR);
            return null;
        }

        BigDecimal floorArea() {
            Optional<String> value = cell(ImportColumn.FLOOR_AREA).map(TypedIdentifiers::normalize);
            if (value.isEmpty()) {
                error(ImportColumn.FLOOR_AREA, "required");
                return null;
            }
            if (FLOOR_AREA.matcher(value.get()).matches()) {
                BigDecimal area = new BigDecimal(value.get());
                if (Unit.isValidFloorArea(area)) {
                    return area.setScale(2);
                }
            }
            error(ImportColumn.FLOOR_AREA, "floor-area-invalid", value.get());
            return null;
        }

        UnitUse use() {
            Optional<String> value = cell(ImportColumn.USE).map(TypedIdentifiers::normalize);
            if (value.isEmpty()) {
                return null;
            }
            Optional<UnitUse> use = UnitUse.parse(value.get());
            if (use.isEmpty()) {
                error(ImportColumn.USE, "use-unknown", value.get());
            }
            return use.orElse(null);
        }

        LocalDate handoverDate() {
            Optional<String> value = cell(ImportColumn.HANDOVER_DATE).map(TypedIdentifiers::normalize);
            if (value.isEmpty()) {
                return null;
            }
            for (DateTimeFormatter format : List.of(ISO_DATE, SLASHED_DATE)) {
                try {
                    return LocalDate.parse(value.get(), format);
                } catch (DateTimeParseException e) {
                    // try the next form
                }
            }
            error(ImportColumn.HANDOVER_DATE, "date-invalid", value.get());
            return null;
        }

        UnitStatus status() {
            Optional<String> value = cell(ImportColumn.STATUS).map(TypedIdentifiers::normalize);
            if (value.isEmpty()) {
                return null;
            }
            Optional<UnitStatus> status = UnitStatus.parse(value.get());
            if (status.isEmpty()) {
                error(ImportColumn.STATUS, "status-unknown", value.get());
                return null;
            }
            if (!status.get().settableByHand()) {
                error(ImportColumn.STATUS, "status-managed", status.get().name());
                return null;
            }
            return status.get();
        }
    }
}

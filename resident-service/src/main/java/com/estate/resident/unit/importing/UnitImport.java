package com.estate.resident.unit.importing;

import com.estate.platform.security.Caller;
import com.estate.resident.building.Buildings;
import com.estate.resident.building.domain.Building;
import com.estate.resident.community.Communities;
import com.estate.resident.unit.Units;
import com.estate.resident.unit.domain.Unit;
import com.estate.resident.unit.domain.UnitSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Imports a community's units from a CSV file (infra/ARCHITECTURE.md §19): streamed row by row, every row
 * checked, valid new units written in bulk inserts of {@code batch-size}, each with its {@code unit.registered}
 * event in its own document as a unit registered by hand. A unit already there with the same values is "unchanged"
 * (so importing a file again changes nothing and publishes nothing); with other values it is a conflict of that row,
 * never overwritten. Buildings the file names that the community does not have are registered by name.
 */
@Service
public class UnitImport {

    private final Communities communities;
    private final Buildings buildings;
    private final Units units;
    private final UnitImportProperties properties;
    private final Clock clock;

    UnitImport(Communities communities, Buildings buildings, Units units, UnitImportProperties properties,
            Clock clock) {
        this.communities = communities;
        this.buildings = buildings;
        this.units = units;
        this.properties = properties;
        this.clock = clock;
    }

    public ImportReport run(Caller caller, String communityId, InputStream body, Charset charset) {
        communities.visibleTo(caller, communityId);
        try (CsvRows rows = CsvRows.open(body, charset)) {
            List<String> headerCells = rows.next();
            if (headerCells == null || ImportRow.isBlank(headerCells)) {
                throw ImportFileException.empty();
            }
            Run run = new Run(communityId, ImportHeader.parse(headerCells));
            for (List<String> cells = rows.next(); cells != null; cells = rows.next()) {
                if (ImportRow.isBlank(cells)) {
                    continue;
                }
                if (run.rowsRead == properties.maxRows()) {
                    run.rowLimitReached = true;
                    run.error(RowError.of(rows.rowNumber(), null, "too-many-rows", properties.maxRows()));
                    break;
                }
                run.accept(ImportRow.parse(rows.rowNumber(), cells, run.header));
            }
            run.flush();
            return run.report();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String building, String unitNumber) {
        return building + '\u0000' + unitNumber;
    }

    /** One import in progress: what it knows of the community, the batch being filled, and the tally. */
    private final class Run {

        private final String communityId;
        private final ImportHeader header;
        /** The community's units by building and number: what the file is compared with (bounded by the community). */
        private final Map<String, Unit> existing = new HashMap<>();
        private final Map<String, Building> buildingsByName = new HashMap<>();
        /** Which row of this file named each unit first, so a second row for it is reported, not merged. */
        private final Map<String, Long> rowOfUnit = new HashMap<>();
        private final List<Pending> batch = new ArrayList<>();
        private final List<String> buildingsRegistered = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private long rowsRead;
        private long imported;
        private long unchanged;
        private long failed;
        private boolean errorsTruncated;
        private boolean rowLimitReached;

        Run(String communityId, ImportHeader header) {
            this.communityId = communityId;
            this.header = header;
            units.forEachIn(communityId, unit -> existing.put(key(unit.building(), unit.unitNumber()), unit));
            buildings.allIn(communityId).forEach(building -> buildingsByName.put(building.name(), building));
        }

        void accept(ImportRow row) {
            rowsRead++;
            if (!row.valid()) {
                fail(row.errors());
                return;
            }
            UnitSpec spec = row.spec().orElseThrow();
            String key = key(spec.building(), spec.unitNumber());
            Long earlier = rowOfUnit.putIfAbsent(key, row.number());
            if (earlier != null) {
                fail(List.of(RowError.of(row.number(), ImportColumn.UNIT_NUMBER, "duplicate-in-file",
                        spec.building(), spec.unitNumber(), earlier)));
                return;
            }
            Building building = buildingsByName.get(spec.building());
            if (building != null) {
                List<RowError> misplaced = spec.violationsIn(building).stream()
                        .map(violation -> placementError(row.number(), violation, building, spec)).toList();
                if (!misplaced.isEmpty()) {
                    fail(misplaced);
                    return;
                }
            }
            Unit there = existing.get(key);
            if (there != null) {
                compare(row.number(), spec, there);
                return;
            }
            if (building == null) {
                Building registered = buildings.registerIfMissing(communityId, spec.building());
                buildingsByName.put(registered.name(), registered);
                buildingsRegistered.add(registered.name());
            }
            batch.add(new Pending(row.number(), spec, Unit.register(UUID.randomUUID().toString(), communityId, spec,
                    clock.instant())));
            if (batch.size() >= properties.batchSize()) {
                flush();
            }
        }

        /** Writes the batch in one bulk insert; a unit someone registered meanwhile is compared like any other. */
        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<Boolean> inserted = units.registerAll(batch.stream().map(Pending::registration).toList());
            for (int i = 0; i < batch.size(); i++) {
                Pending pending = batch.get(i);
                if (inserted.get(i)) {
                    imported++;
                } else {
                    units.numbered(communityId, pending.spec().building(), pending.spec().unitNumber())
                            .ifPresentOrElse(there -> compare(pending.row(), pending.spec(), there),
                                    () -> fail(List.of(RowError.of(pending.row(), ImportColumn.UNIT_NUMBER,
                                            "unit-conflict", "unitNumber", pending.spec().unitNumber(),
                                            pending.spec().unitNumber()))));
                }
            }
            batch.clear();
        }

        private void compare(long row, UnitSpec spec, Unit there) {
            List<String> differences = there.differencesFrom(spec);
            if (differences.isEmpty()) {
                unchanged++;
                return;
            }
            fail(differences.stream().map(field -> RowError.of(row, column(field), "unit-conflict",
                    field, text(valueOf(there, field)), text(valueOf(spec, field)))).toList());
        }

        private void fail(List<RowError> rowErrors) {
            failed++;
            rowErrors.forEach(this::error);
        }

        void error(RowError error) {
            if (errors.size() < properties.maxReportedErrors()) {
                errors.add(error);
            } else {
                errorsTruncated = true;
            }
        }

        ImportReport report() {
            // conflicts found when a batch was written come after later rows' errors: answer them in row order
            errors.sort(Comparator.comparingLong(RowError::row));
            return new ImportReport(imported, unchanged, failed, buildingsRegistered, errors, errorsTruncated,
                    rowLimitReached);
        }
    }

    private static RowError placementError(long row, UnitSpec.Violation violation, Building building, UnitSpec spec) {
        if (violation == UnitSpec.Violation.ENTRANCE) {
            return RowError.of(row, ImportColumn.ENTRANCE, violation.code(), building.name(), spec.entrance(),
                    String.join(", ", building.entrances()));
        }
        int lowest = building.floorsBelowGround() > 0 ? -building.floorsBelowGround() : 1;
        return RowError.of(row, ImportColumn.FLOOR, violation.code(), building.name(), spec.floor(), lowest,
                building.floorsAboveGround());
    }

    private static ImportColumn column(String field) {
        for (ImportColumn column : ImportColumn.values()) {
            if (column.key().equals(field)) {
                return column;
            }
        }
        throw new IllegalArgumentException(field);
    }

    private static Object valueOf(Unit unit, String field) {
        return switch (field) {
            case "entrance" -> unit.entrance();
            case "floor" -> unit.floor();
            case "floorArea" -> unit.floorArea().toPlainString();
            case "use" -> unit.use().name();
            case "handoverDate" -> unit.handoverDate();
            case "status" -> unit.status().name();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static Object valueOf(UnitSpec spec, String field) {
        return switch (field) {
            case "entrance" -> spec.entrance();
            case "floor" -> spec.floor();
            case "floorArea" -> spec.floorArea().setScale(2).toPlainString();
            case "use" -> spec.use().name();
            case "handoverDate" -> spec.handoverDate();
            case "status" -> spec.status().name();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** A value as a row error shows it; "—" for none. */
    private static String text(Object value) {
        return value == null ? "—" : value.toString();
    }

    private record Pending(long row, UnitSpec spec, Unit.Registration registration) {
    }
}

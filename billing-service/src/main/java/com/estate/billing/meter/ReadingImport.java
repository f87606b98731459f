package com.estate.billing.meter;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.billing.BillingProperties;
import com.estate.billing.billrun.BillRuns;
import com.estate.billing.meter.ReadingImportReport.RowError;
import com.estate.billing.meter.domain.MeterKind;
import com.estate.billing.meter.persistence.BilledPeriodsDocument;
import com.estate.billing.meter.persistence.MeterReadingsDocument;
import com.estate.billing.unit.UnitFactsStore;
import com.estate.platform.problem.ConflictException;
import com.estate.platform.security.Caller;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The periodic import of meter readings from CSV (infra/BUSINESS-RULES.md §16, infra/ARCHITECTURE.md §27): every
 * row is checked, bad rows are reported with their line and a problem code, good rows are stored, one write per
 * unit. A row already stored with the same value is {@code unchanged}, so importing a file again is harmless. The
 * import holds the community's bill-run lease, so no bill run reads the readings while they change.
 */
@Service
public class ReadingImport {

    private static final int ATTEMPTS = 3;
    private static final int MAX_SCALE = 3;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true).get();

    private final MongoTemplate mongo;
    private final UnitFactsStore unitFacts;
    private final MeterReadings meterReadings;
    private final BillRuns billRuns;
    private final BillingProperties properties;
    private final Clock clock;

    ReadingImport(MongoTemplate mongo, UnitFactsStore unitFacts, MeterReadings meterReadings, BillRuns billRuns,
            BillingProperties properties, Clock clock) {
        this.mongo = mongo;
        this.unitFacts = unitFacts;
        this.meterReadings = meterReadings;
        this.billRuns = billRuns;
        this.properties = properties;
        this.clock = clock;
    }

    public ReadingImportReport run(Caller caller, String communityId, InputStream body, Charset charset)
            throws IOException {
        caller.requireCommunity(communityId, "community", communityId);
        SimpleLock lease = billRuns.lease(communityId).orElseThrow(() ->
                new ConflictException("bill-run-in-progress", "A bill run of community " + communityId
                        + " is in progress.", communityId));
        try {
            return importRows(communityId, body, charset);
        } finally {
            lease.unlock();
        }
    }

    private ReadingImportReport importRows(String communityId, InputStream body, Charset charset)
            throws IOException {
        Set<String> units = new HashSet<>();
        unitFacts.forEachInCommunity(communityId, unit -> units.add(unit.unitId()));
        List<RowError> errors = new ArrayList<>();
        Map<String, List<Row>> rowsByUnit = parse(body, charset, units, errors);

        LocalDate closedThrough = BilledPeriodsDocument.closedThrough(meterReadings.billedPeriods(communityId));
        Map<String, MeterReadingsDocument> documents = new HashMap<>();
        try (var stream = mongo.stream(query(where("communityId").is(communityId)), MeterReadingsDocument.class)) {
            stream.filter(d -> rowsByUnit.containsKey(d.getId())).forEach(d -> documents.put(d.getId(), d));
        }
        long stored = 0;
        long unchanged = 0;
        Instant now = clock.instant();
        for (var unit : rowsByUnit.entrySet()) {
            MeterReadingsDocument document = documents.get(unit.getKey());
            for (int attempt = 1; ; attempt++) {
                if (document == null) {
                    document = MeterReadingsDocument.of(unit.getKey(), communityId);
                }
                UnitOutcome outcome = apply(document, unit.getValue(), closedThrough, now);
                try {
                    if (outcome.stored > 0) {
                        mongo.save(document);
                    }
                    stored += outcome.stored;
                    unchanged += outcome.unchanged;
                    errors.addAll(outcome.errors);
                    break;
                } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                    // a move-in's start readings were stored meanwhile: check this unit's rows again on the new state
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                    document = mongo.findById(unit.getKey(), MeterReadingsDocument.class);
                }
            }
        }
        errors.sort(Comparator.comparingLong(RowError::line));
        return new ReadingImportReport(communityId, stored, unchanged, errors.size(), List.copyOf(errors));
    }

    /** One unit's rows, in the file's order, against what is stored: each stored, unchanged or refused. */
    private static UnitOutcome apply(MeterReadingsDocument document, List<Row> rows, LocalDate closedThrough,
            Instant now) {
        UnitOutcome outcome = new UnitOutcome();
        for (Row row : rows) {
            var same = document.on(row.meter, row.readOn);
            if (same.isPresent()) {
                if (same.get().value().compareTo(row.reading) == 0) {
                    outcome.unchanged++;
                } else {
                    outcome.errors.add(new RowError(row.line, "reading-conflict", "reading", "stored already as "
                            + same.get().value().toPlainString() + " on " + row.readOn));
                }
                continue;
            }
            var latest = document.latest(row.meter);
            if (closedThrough != null && !row.readOn.isAfter(closedThrough)) {
                outcome.errors.add(new RowError(row.line, "reading-period-billed", "readOn",
                        "bills up to " + closedThrough + " are issued"));
            } else if (latest.isPresent() && row.readOn.isBefore(latest.get().readOn())) {
                outcome.errors.add(new RowError(row.line, "reading-before-previous", "readOn",
                        "the previous reading is of " + latest.get().readOn()));
            } else if (latest.isPresent() && row.reading.compareTo(latest.get().value()) < 0) {
                outcome.errors.add(new RowError(row.line, "reading-lower", "reading",
                        "the previous reading is " + latest.get().value().toPlainString()));
            } else {
                document.add(row.meter, new MeterReadingsDocument.Entry(row.readOn, row.reading, "import", now));
                outcome.stored++;
            }
        }
        return outcome;
    }

    private Map<String, List<Row>> parse(InputStream body, Charset charset, Set<String> units,
            List<RowError> errors) throws IOException {
        BufferedInputStream in = new BufferedInputStream(body);
        in.mark(8);
        byte[] head = in.readNBytes(8);
        in.reset();
        if (looksBinary(head)) {
            throw ReadingImportFileException.notCsv();
        }
        LocalDate today = LocalDate.now(clock.withZone(properties.timeZone()));
        Map<String, List<Row>> rowsByUnit = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        try (CSVParser parser = FORMAT.parse(new InputStreamReader(in, charset))) {
            var records = parser.iterator();
            Columns columns = null;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw ReadingImportFileException.malformed(parser.getRecordNumber() + 1);
                }
                List<String> cells = record.toList();
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                if (columns == null) {
                    columns = Columns.of(cells);
                    continue;
                }
                Row row = row(record.getRecordNumber(), cells, columns, units, today, errors);
                if (row != null) {
                    if (!keys.add(row.unitId + "/" + row.meter + "/" + row.readOn)) {
                        errors.add(new RowError(row.line, "duplicate-row", null,
                                "an earlier line has this unit, meter and day"));
                        continue;
                    }
                    rowsByUnit.computeIfAbsent(row.unitId, u -> new ArrayList<>()).add(row);
                }
            }
            if (columns == null) {
                throw ReadingImportFileException.header("unitId");
            }
        }
        return rowsByUnit;
    }

    /** A row's values, or null with its first fault added to the errors. */
    private static Row row(long line, List<String> cells, Columns columns, Set<String> units, LocalDate today,
            List<RowError> errors) {
        String unitId = columns.cell(cells, columns.unit);
        if (!units.contains(unitId)) {
            errors.add(new RowError(line, "unknown-unit", "unitId", "no unit " + unitId + " in this community"));
            return null;
        }
        var meter = MeterKind.parse(columns.cell(cells, columns.meter));
        if (meter.isEmpty()) {
            errors.add(new RowError(line, "unknown-meter", "meter", "water, electricity or gas"));
            return null;
        }
        LocalDate readOn;
        try {
            readOn = LocalDate.parse(columns.cell(cells, columns.readOn));
        } catch (DateTimeParseException | NullPointerException e) {
            errors.add(new RowError(line, "bad-date", "readOn", "a date like 2026-11-30"));
            return null;
        }
        if (readOn.isAfter(today)) {
            errors.add(new RowError(line, "reading-in-future", "readOn", "after today, " + today));
            return null;
        }
        BigDecimal reading;
        try {
            reading = new BigDecimal(columns.cell(cells, columns.reading));
        } catch (NumberFormatException | NullPointerException e) {
            reading = null;
        }
        if (reading == null || reading.signum() < 0 || reading.stripTrailingZeros().scale() > MAX_SCALE) {
            errors.add(new RowError(line, "bad-reading", "reading",
                    "a non-negative number with up to three decimal places"));
            return null;
        }
        return new Row(line, unitId, meter.get(), readOn, reading);
    }

    /** A spreadsheet (ZIP or OLE), a PDF or a NUL byte: no CSV text starts like that. */
    private static boolean looksBinary(byte[] head) {
        String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        return start.startsWith("PK\u0003\u0004") || start.startsWith("\u00D0\u00CF\u0011\u00E0")
                || start.startsWith("%PDF") || start.indexOf('\0') >= 0;
    }

    private record Row(long line, String unitId, MeterKind meter, LocalDate readOn, BigDecimal reading) {
    }

    private static final class UnitOutcome {
        long stored;
        long unchanged;
        final List<RowError> errors = new ArrayList<>();
    }

    /** Where the columns are: by name in the header row ({@code unit} is taken for {@code unitId}). */
    private record Columns(int unit, int meter, int readOn, int reading) {

        static Columns of(List<String> header) {
            List<String> names = header.stream().map(h -> h == null ? "" : h.replace("\uFEFF", "").trim()
                    .toLowerCase(Locale.ROOT)).toList();
            int unit = names.indexOf("unitid") >= 0 ? names.indexOf("unitid") : names.indexOf("unit");
            return new Columns(require(unit, "unitId"), require(names.indexOf("meter"), "meter"),
                    require(names.indexOf("readon"), "readOn"), require(names.indexOf("reading"), "reading"));
        }

        private static int require(int index, String name) {
            if (index < 0) {
                throw ReadingImportFileException.header(name);
            }
            return index;
        }

        String cell(List<String> cells, int index) {
            return index < cells.size() && cells.get(index) != null && !cells.get(index).isBlank()
                    ? cells.get(index).trim() : null;
        }
    }
}

package com.estate.billing.meter.persistence;

import com.estate.billing.meter.domain.MeterHistory;
import com.estate.billing.meter.domain.MeterKind;
import com.estate.billing.meter.domain.Reading;
import com.estate.platform.outbox.AggregateDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Every meter reading of one unit ({@code meter_readings}, keyed by the unit id): a bill run reads a community's
 * readings in one pass, an import or a move-in changes one unit's document in one write (infra/ARCHITECTURE.md §27).
 */
@Document(MeterReadingsDocument.COLLECTION)
public class MeterReadingsDocument extends AggregateDocument {

    public static final String COLLECTION = "meter_readings";

    @Id
    private String id;
    private String communityId;
    private Map<String, List<Entry>> readings = new LinkedHashMap<>();

    /** The source of a meter replacement's reading. */
    public static final String REPLACEMENT = "replacement";

    /**
     * One reading: {@code source} {@code move-in} (the start reading), {@code import} or {@code replacement} (a new
     * meter: {@code value} is its start reading, {@code replacedFinal} the old meter's final one, both of that day).
     * {@code corrections} keep every earlier value of the reading, oldest first (infra/BUSINESS-RULES.md §16).
     */
    public record Entry(LocalDate readOn, BigDecimal value, String source, Instant recordedAt,
            BigDecimal replacedFinal, String recordedBy, String reason, List<Correction> corrections) {

        public Entry {
            corrections = corrections == null ? List.of() : List.copyOf(corrections);
        }

        public Entry(LocalDate readOn, BigDecimal value, String source, Instant recordedAt) {
            this(readOn, value, source, recordedAt, null, null, null, List.of());
        }

        /** A new meter's start reading on the day the old one read {@code replacedFinal} for the last time. */
        public static Entry replacement(LocalDate readOn, BigDecimal start, BigDecimal replacedFinal, String by,
                String reason, Instant at) {
            return new Entry(readOn, start, REPLACEMENT, at, replacedFinal, by, reason, List.of());
        }

        public boolean isReplacement() {
            return REPLACEMENT.equals(source);
        }

        /** The reading with its value corrected, the value it had kept in the correction. */
        public Entry corrected(Correction correction) {
            List<Correction> all = new ArrayList<>(corrections);
            all.add(correction);
            return new Entry(readOn, correction.value(), source, recordedAt, replacedFinal, recordedBy, reason, all);
        }
    }

    /**
     * One correction of a reading: the value before and after, why, who and when, and the adjustment charge it
     * produced when the reading had been billed ({@code adjustmentChargeId} null when nothing billed changed).
     */
    public record Correction(int number, BigDecimal previousValue, BigDecimal value, String reason, String by,
            Instant at, String adjustmentChargeId, String adjustmentItem, BigDecimal adjustment) {
    }

    protected MeterReadingsDocument() {
    }

    public static MeterReadingsDocument of(String unitId, String communityId) {
        MeterReadingsDocument document = new MeterReadingsDocument();
        document.id = unitId;
        document.communityId = communityId;
        return document;
    }

    public String getId() {
        return id;
    }

    public String getCommunityId() {
        return communityId;
    }

    /** The meter's readings, oldest first. */
    public List<Entry> entries(MeterKind meter) {
        List<Entry> entries = new ArrayList<>(readings.getOrDefault(meter.code(), List.of()));
        entries.sort(Comparator.comparing(Entry::readOn));
        return entries;
    }

    public Optional<Entry> on(MeterKind meter, LocalDate day) {
        return entries(meter).stream().filter(e -> e.readOn().equals(day)).findFirst();
    }

    public Optional<Entry> latest(MeterKind meter) {
        List<Entry> entries = entries(meter);
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.getLast());
    }

    public void add(MeterKind meter, Entry entry) {
        List<Entry> entries = entries(meter);
        entries.add(entry);
        entries.sort(Comparator.comparing(Entry::readOn));
        readings.put(meter.code(), entries);
    }

    /** Replaces the meter's reading of that day (a correction). */
    public void replace(MeterKind meter, Entry entry) {
        List<Entry> entries = entries(meter);
        entries.removeIf(e -> e.readOn().equals(entry.readOn()));
        entries.add(entry);
        entries.sort(Comparator.comparing(Entry::readOn));
        readings.put(meter.code(), entries);
    }

    /** The corrections of this unit's readings that produced an adjustment charge, with their meters. */
    public List<Adjusted> adjustments() {
        List<Adjusted> adjusted = new ArrayList<>();
        for (MeterKind meter : MeterKind.values()) {
            for (Entry entry : entries(meter)) {
                entry.corrections().stream().filter(c -> c.adjustmentChargeId() != null)
                        .forEach(c -> adjusted.add(new Adjusted(meter, entry.readOn(), c)));
            }
        }
        return adjusted;
    }

    /** A correction that produced an adjustment, with the reading it corrected. */
    public record Adjusted(MeterKind meter, LocalDate readOn, Correction correction) {
    }

    /**
     * What bills read: each meter's readings as one continuous register (infra/ARCHITECTURE.md §29). Up to the
     * first replacement the register is the meter's own reading; from a replacement on, every reading of the new
     * meter counts on top of what the old meters read up to their final readings, so the difference of two
     * register values is the consumption in between, across any number of replacements.
     */
    public Map<MeterKind, MeterHistory> histories() {
        Map<MeterKind, MeterHistory> histories = new EnumMap<>(MeterKind.class);
        for (MeterKind meter : MeterKind.values()) {
            List<Entry> entries = entries(meter);
            if (!entries.isEmpty()) {
                histories.put(meter, new MeterHistory(register(entries)));
            }
        }
        return histories;
    }

    static List<Reading> register(List<Entry> entries) {
        List<Reading> register = new ArrayList<>(entries.size());
        BigDecimal offset = BigDecimal.ZERO;
        for (Entry entry : entries) {
            if (entry.isReplacement()) {
                register.add(new Reading(entry.readOn(), entry.replacedFinal().add(offset)));
                offset = offset.add(entry.replacedFinal()).subtract(entry.value());
            } else {
                register.add(new Reading(entry.readOn(), entry.value().add(offset)));
            }
        }
        return register;
    }
}

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

    /**
     * One reading: {@code source} {@code move-in} (the start reading) or {@code import}, with the file's line.
     */
    public record Entry(LocalDate readOn, BigDecimal value, String source, Instant recordedAt) {
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

    public Map<MeterKind, MeterHistory> histories() {
        Map<MeterKind, MeterHistory> histories = new EnumMap<>(MeterKind.class);
        for (MeterKind meter : MeterKind.values()) {
            List<Entry> entries = entries(meter);
            if (!entries.isEmpty()) {
                histories.put(meter, new MeterHistory(entries.stream()
                        .map(e -> new Reading(e.readOn(), e.value())).toList()));
            }
        }
        return histories;
    }
}

package com.estate.bench;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Updates;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * How fast a service's outbox drains a backlog: {@code --events} units (100,000 by default) of a new community, each
 * with its {@code unit.registered} pending, written straight into resident-service's database the way the platform
 * stores them after the broker was unreachable (the unit document with the event in its {@code outbox}, and its
 * marker in {@code outbox_pending}, as {@code OutboxMarkers.mark} writes it before the unit). The markers are written
 * held (due in a year) so the poller does not start while the backlog is still being written; then one update makes
 * them all due at once, as the broker coming back would, and the clock starts. resident-service's own poller and
 * relay publish them to the suite's embedded Kafka broker; {@link EventTap} counts what arrives on
 * {@code resident.events} (distinct ids, ids seen twice) and its record timestamps. Figures: events per second
 * (published / time from release to the last record), time until {@code outbox_pending} is empty, resident-service's
 * and the runtime's CPU time per event. A run that does not drain within {@code --timeout-seconds} is reported with
 * what it published by then. Writes a row into the drain section of {@code --results}.
 * <p>
 * {@code java -Dloader.main=com.estate.bench.DrainBench -cp infra/bench/target/bench-outbox.jar
 * org.springframework.boot.loader.launch.PropertiesLauncher --kafka HOST:PORT --mongo URI [--service-pid PID]
 * [--runtime-pid PID] [--events N] [--runs N] [--timeout-seconds N] [--results FILE]}; {@code ./suite bench drain}
 * runs it against a suite of its own (runtime and resident-service).
 */
public final class DrainBench {

    private static final Date HELD = Date.from(Instant.parse("2099-01-01T00:00:00Z"));
    private static final String TYPE = PipelineBench.UNIT_REGISTERED;
    private static final int BATCH = 1_000;

    private DrainBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = new BenchOptions(args, "--kafka HOST:PORT --mongo URI [--service-pid PID] "
                + "[--runtime-pid PID] [--events N] [--runs N] [--timeout-seconds N] [--results FILE]");
        int events = options.integer("--events", 100_000);
        int runs = options.integer("--runs", 3);
        int timeout = options.integer("--timeout-seconds", 1800);
        String kafka = options.required("--kafka");
        Optional<ProcessHandle> service = Optional.ofNullable(options.get("--service-pid", null)).map(Long::parseLong)
                .flatMap(ProcessHandle::of);
        Optional<ProcessHandle> runtime = Optional.ofNullable(options.get("--runtime-pid", null)).map(Long::parseLong)
                .flatMap(ProcessHandle::of);
        System.out.printf(Locale.ROOT, "Outbox drain benchmark: %,d pending unit.registered events in "
                + "resident-service's database, released at once, published by its poller and relay to the embedded "
                + "Kafka broker; %d runs; %d CPU cores shared with the suite; load average %s%n", events, runs,
                Runtime.getRuntime().availableProcessors(), Machine.loadAverage());
        List<Drain> drains = new ArrayList<>();
        try (MongoClient mongo = MongoClients.create(options.required("--mongo"))) {
            MongoDatabase resident = mongo.getDatabase("resident");
            for (int run = 1; run <= runs; run++) {
                Drain drain = drain(resident, kafka, events, timeout, service, runtime);
                drains.add(drain);
                System.out.println("  run " + run + ": " + drain.summary());
            }
        }
        List<Drain> complete = drains.stream().filter(Drain::complete).toList();
        List<Drain> figures = complete.isEmpty() ? drains : complete;
        List<Double> rates = figures.stream().map(Drain::eventsPerSecond).sorted().toList();
        List<Double> seconds = figures.stream().map(Drain::drainSeconds).sorted().toList();
        String row = String.format(Locale.ROOT, "| %s | %,d | %d%s | %,.0f | %,.0f-%,.0f | %.1f | %.1f-%.1f | %.2f | "
                        + "%.2f | %d / %d | %s |",
                Instant.now().toString().substring(0, 10), events, drains.size(),
                complete.size() == drains.size() ? "" : " (" + (drains.size() - complete.size()) + " not drained in "
                        + timeout + " s: their rate so far)",
                ResultsTable.median(rates), rates.getFirst(), rates.getLast(), ResultsTable.median(seconds),
                seconds.getFirst(), seconds.getLast(),
                ResultsTable.median(figures.stream().map(Drain::serviceCpuMsPerEvent).toList()),
                ResultsTable.median(figures.stream().map(Drain::runtimeCpuMsPerEvent).toList()),
                drains.stream().mapToLong(Drain::lost).sum(), drains.stream().mapToLong(Drain::repeated).sum(),
                drains.getFirst().loadAverage().split(" → ")[0] + " → "
                        + drains.getLast().loadAverage().split(" → ")[1]);
        System.out.println();
        System.out.println(row);
        if (options.has("--results")) {
            ResultsTable.append(Path.of(options.required("--results")), "drain", row);
            System.out.println("written to " + options.required("--results"));
        }
    }

    private static Drain drain(MongoDatabase resident, String kafka, int events, int timeout,
            Optional<ProcessHandle> service, Optional<ProcessHandle> runtime) throws Exception {
        String community = UUID.randomUUID().toString();
        MongoCollection<Document> markers = resident.getCollection("outbox_pending");
        long seedStart = System.nanoTime();
        seed(resident, community, events);
        System.out.printf(Locale.ROOT, "  seeded %,d units with a pending event in %.1f s%n", events,
                (System.nanoTime() - seedStart) / 1e9);

        Set<String> ids = ConcurrentHashMap.newKeySet();
        AtomicLong repeated = new AtomicLong();
        AtomicReference<Instant> last = new AtomicReference<>(Instant.EPOCH);
        String loadBefore = Machine.loadAverage();
        try (EventTap tap = new EventTap(kafka, List.of("resident.events"), seen -> {
            if (!community.equals(seen.communityId()) || !TYPE.equals(seen.type())) {
                return;
            }
            if (!ids.add(seen.id())) {
                repeated.incrementAndGet();
            }
            last.accumulateAndGet(seen.published(), (a, b) -> a.isAfter(b) ? a : b);
        }).start()) {
            Duration serviceCpu = cpu(service);
            Duration runtimeCpu = cpu(runtime);
            Instant released = Instant.now();
            long start = System.nanoTime();
            markers.updateMany(eq("dueAt", HELD), Updates.set("dueAt", Date.from(released)));
            double releaseSeconds = (System.nanoTime() - start) / 1e9;
            double emptySeconds = Double.NaN;
            long reported = start;
            while ((System.nanoTime() - start) / 1e9 < timeout) {
                if (ids.size() >= events && markers.countDocuments() == 0) {
                    emptySeconds = (System.nanoTime() - start) / 1e9;
                    break;
                }
                if (System.nanoTime() - reported > Duration.ofSeconds(15).toNanos()) {
                    reported = System.nanoTime();
                    double elapsed = (reported - start) / 1e9;
                    System.out.printf(Locale.ROOT, "    %.0f s: %,d published (%.0f/s so far), load average %s%n",
                            elapsed, ids.size(), ids.size() / elapsed, Machine.loadAverage());
                }
                Thread.sleep(200);
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            Thread.sleep(1_000); // a late duplicate would show now
            long published = ids.size();
            boolean complete = !Double.isNaN(emptySeconds);
            double drainSeconds = complete
                    ? Math.max(Duration.between(released, last.get()).toNanos() / 1e9, 1e-3) : elapsed;
            long stillPending = complete ? 0
                    : resident.getCollection("units").countDocuments(and(eq("communityId", community),
                            exists("outbox.eventId")));
            return new Drain(events, published, repeated.get(), complete, releaseSeconds, drainSeconds,
                    emptySeconds, stillPending,
                    cpu(service).minus(serviceCpu).toNanos() / 1e6 / Math.max(1, published),
                    cpu(runtime).minus(runtimeCpu).toNanos() / 1e6 / Math.max(1, published),
                    loadBefore + " → " + Machine.loadAverage());
        }
    }

    /**
     * The backlog: per batch of units, first their markers (as {@code OutboxMarkers.mark} upserts them, one write
     * counted), then the units with their event, as resident-service's {@code UnitDocument} stores them.
     */
    private static void seed(MongoDatabase resident, String community, int events) {
        MongoCollection<Document> units = resident.getCollection("units");
        MongoCollection<Document> markers = resident.getCollection("outbox_pending");
        Instant registered = Instant.now().minusSeconds(600);
        List<Document> unitBatch = new ArrayList<>(BATCH);
        List<Document> markerBatch = new ArrayList<>(BATCH);
        for (int i = 0; i < events; i++) {
            String id = UUID.randomUUID().toString();
            String building = Integer.toString(i / 400 + 1);
            String number = building + "-" + (i % 400 + 1);
            markerBatch.add(new Document("_id", "units:" + id).append("writes", 1L).append("collection", "units")
                    .append("documentId", id).append("since", Date.from(registered)).append("dueAt", HELD)
                    .append("attempts", 0));
            String data = String.format(Locale.ROOT, "{\"unitId\":\"%s\",\"communityId\":\"%s\",\"building\":\"%s\","
                    + "\"unitNumber\":\"%s\",\"floorArea\":\"89.50\",\"registeredAt\":\"%s\",\"use\":\"RESIDENTIAL\","
                    + "\"status\":\"VACANT\"}", id, community, building, number, registered);
            Document event = new Document("eventId", UUID.randomUUID().toString()).append("topic", "resident.events")
                    .append("type", TYPE).append("dataschema", "urn:estate:schemas:" + TYPE).append("subject", id)
                    .append("communityId", community).append("time", Date.from(registered)).append("data", data);
            unitBatch.add(new Document("_id", id).append("communityId", community).append("building", building)
                    .append("unitNumber", number).append("floorArea", new Decimal128(new BigDecimal("89.50")))
                    .append("status", "VACANT").append("use", "RESIDENTIAL")
                    .append("registeredAt", Date.from(registered)).append("version", 0L).append("revision", 1L)
                    .append("outbox", List.of(event)).append("processedEventIds", List.of())
                    .append("_class", "com.estate.resident.unit.persistence.UnitDocument"));
            if (unitBatch.size() == BATCH || i == events - 1) {
                markers.insertMany(markerBatch, new InsertManyOptions().ordered(false));
                units.insertMany(unitBatch, new InsertManyOptions().ordered(false));
                markerBatch.clear();
                unitBatch.clear();
            }
        }
    }

    private static Duration cpu(Optional<ProcessHandle> process) {
        return process.flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    /** One drain. Seconds from the release; CPU in milliseconds per published event. */
    record Drain(int events, long published, long repeated, boolean complete, double releaseSeconds,
            double drainSeconds, double emptySeconds, long stillPending, double serviceCpuMsPerEvent,
            double runtimeCpuMsPerEvent, String loadAverage) {

        double eventsPerSecond() {
            return published / drainSeconds;
        }

        long lost() {
            return complete ? events - published : 0;
        }

        String summary() {
            if (!complete) {
                return String.format(Locale.ROOT, "NOT drained within %.0f s: %,d of %,d published (%.0f/s), %,d "
                                + "units still pending; CPU %.2f ms (service) + %.2f ms (runtime) per event; load "
                                + "average %s", drainSeconds, published, events, eventsPerSecond(), stillPending,
                        serviceCpuMsPerEvent, runtimeCpuMsPerEvent, loadAverage);
            }
            return String.format(Locale.ROOT, "%,d published in %.1f s (%,.0f events/s; the release update took "
                            + "%.1f s), outbox_pending empty after %.1f s, %d ids seen twice; CPU %.2f ms (service) + "
                            + "%.2f ms (runtime) per event; load average %s", published, drainSeconds,
                    eventsPerSecond(), releaseSeconds, emptySeconds, repeated, serviceCpuMsPerEvent,
                    runtimeCpuMsPerEvent, loadAverage);
        }
    }
}

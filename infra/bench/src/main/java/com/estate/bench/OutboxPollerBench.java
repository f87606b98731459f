package com.estate.bench;

import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Projections.include;

import com.estate.local.MongoStandIn;
import com.estate.platform.outbox.OutboxMarkers;
import com.estate.platform.outbox.OutboxProperties;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.function.ToDoubleFunction;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What one pass of the outbox poller costs on the MongoDB stand-in, before and after the pending markers: a units
 * collection of {@code --documents} aggregates (100,000 by default), {@code --pending} of them with an event
 * waiting. "Before" is the poller's query until the markers came (every aggregate whose outbox holds an event older
 * than the grace period, {@code outbox.time < cutoff}): the stand-in has no non-unique index, so it reads the whole
 * collection. "After" is what the poller asks now: the due markers, plus the backlog and parked counts it reports,
 * all on the small {@code outbox_pending} collection. The two alternate, pass after pass, in one run; the ratio of
 * their medians is the figure to compare between machines. Also shown: the sweep (the hourly look for pending
 * events without a marker), which reads the whole collection once.
 * <p>
 * Run with {@code ./suite bench outbox [--documents N] [--pending N] [--passes N] [--backend h2|memory]}; with
 * {@code --results FILE} (the suite passes infra/bench/RESULTS.md) the medians are added to its outbox section.
 */
public final class OutboxPollerBench {

    private static final int BATCH = 200;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private OutboxPollerBench() {
    }

    public static void main(String[] args) throws IOException {
        int documents = intOption(args, "--documents", 100_000);
        int pending = intOption(args, "--pending", 20);
        int passes = intOption(args, "--passes", 5);
        boolean onDisk = !"memory".equals(option(args, "--backend", "h2"));
        Path dir = Files.createTempDirectory("outbox-bench");
        try (MongoStandIn standIn = onDisk ? MongoStandIn.onDisk(dir, 0) : MongoStandIn.inMemory(0);
                MongoClient client = MongoClients.create(standIn.connectionString())) {
            MongoTemplate mongo = new MongoTemplate(client, "bench");
            OutboxProperties properties = new OutboxProperties(true, true, Duration.ofSeconds(5), Duration.ZERO,
                    Duration.ofSeconds(15), Duration.ofSeconds(60), 20, Duration.ofSeconds(1), Duration.ofMinutes(5),
                    Duration.ofHours(1));
            OutboxMarkers markers = new OutboxMarkers(mongo, Clock.systemUTC(), properties, "bench");
            System.out.printf(Locale.ROOT, "Outbox poller benchmark: MongoDB stand-in (%s backend), %,d units, %d of "
                    + "them with an event waiting; %d CPU cores; medians of %d passes (min-max)%n",
                    onDisk ? "H2 on-disk" : "memory", documents, pending,
                    Runtime.getRuntime().availableProcessors(), passes);

            long loadStart = System.nanoTime();
            MongoCollection<Document> units = mongo.getCollection("units");
            load(units, markers, documents, pending);
            System.out.printf(Locale.ROOT, "loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);

            Date cutoff = Date.from(Instant.now()); // the events are a minute old: past any grace period
            List<Pass> before = new ArrayList<>();
            List<Pass> after = new ArrayList<>();
            for (int i = 0; i < passes; i++) {
                before.add(Pass.time(() -> oldPollerQuery(units, cutoff)));
                after.add(Pass.time(() -> {
                    int due = markers.due(BATCH).size();
                    markers.backlog();
                    markers.parked();
                    return due;
                }));
            }
            Pass sweep = Pass.time(() -> sweepQuery(units));

            report("before: outbox.time < cutoff over every unit", before, pending);
            report("after: due markers in outbox_pending", after, pending);
            report("sweep (once an hour, and at start)", List.of(sweep), pending);
            System.out.printf(Locale.ROOT, "%nper pass, before / after: %.0fx the time%n",
                    median(before, Pass::millis) / median(after, Pass::millis));
            String results = option(args, "--results", null);
            if (results != null) {
                String row = String.format(Locale.ROOT, "| %s | %,d | %d | %s | %d | %.2f (%.2f) | %.2f (%.2f) | "
                                + "%.0fx | %.1f | %s |", Instant.now().toString().substring(0, 10), documents, pending,
                        onDisk ? "H2" : "memory", passes, median(before, Pass::millis),
                        median(before, Pass::cpuMillis), median(after, Pass::millis), median(after, Pass::cpuMillis),
                        median(before, Pass::millis) / median(after, Pass::millis), sweep.millis(),
                        Machine.loadAverage());
                ResultsTable.append(Path.of(results), "outbox", row);
                System.out.println("written to " + results);
            }
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Unit-shaped documents (as resident-service stores them), written in unordered batches of 1,000. */
    private static void load(MongoCollection<Document> units, OutboxMarkers markers, int documents, int pending) {
        int every = Math.max(1, documents / Math.max(1, pending));
        Date old = Date.from(Instant.now().minusSeconds(60));
        List<Document> batch = new ArrayList<>(1000);
        int withEvent = 0;
        for (int i = 0; i < documents; i++) {
            String id = UUID.randomUUID().toString();
            List<Document> outbox = new ArrayList<>();
            if (i % every == 0 && withEvent < pending) {
                outbox.add(new Document("eventId", UUID.randomUUID().toString()).append("topic", "resident.events")
                        .append("type", "com.estate.resident.unit.registered.v1").append("subject", id)
                        .append("time", old).append("data", "{\"unitId\":\"" + id + "\"}"));
                markers.mark("units", id);
                withEvent++;
            }
            batch.add(new Document("_id", id).append("communityId", "c-" + (i % 50))
                    .append("building", Integer.toString(i % 40)).append("unitNumber", Integer.toString(i))
                    .append("floorArea", new Decimal128(new BigDecimal("89.50"))).append("version", 1L)
                    .append("outbox", outbox).append("processedEventIds", List.of()));
            if (batch.size() == 1000) {
                units.insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            units.insertMany(batch, new InsertManyOptions().ordered(false));
        }
    }

    private static int oldPollerQuery(MongoCollection<Document> units, Date cutoff) {
        List<Object> ids = new ArrayList<>();
        units.find(lt("outbox.time", cutoff)).projection(include("_id")).limit(BATCH).forEach(d -> ids.add(d.get("_id")));
        return ids.size();
    }

    private static int sweepQuery(MongoCollection<Document> units) {
        List<Object> ids = new ArrayList<>();
        units.find(exists("outbox.eventId")).projection(include("_id")).forEach(d -> ids.add(d.get("_id")));
        return ids.size();
    }

    private static void report(String name, List<Pass> passes, int pending) {
        boolean allFound = passes.stream().allMatch(pass -> pass.found() == pending);
        System.out.printf(Locale.ROOT, "%-48s %9.2f ms (%.2f-%.2f)  CPU %9.2f ms  found %s%n", name,
                median(passes, Pass::millis), min(passes, Pass::millis), max(passes, Pass::millis),
                median(passes, Pass::cpuMillis), allFound ? "all " + pending : "NOT ALL: " + passes);
    }

    /**
     * One timed pass: wall time, the CPU time of the whole process (the stand-in runs in it, so this includes the
     * server's work), and how many pending aggregates it found.
     */
    private record Pass(double millis, double cpuMillis, int found) {

        static Pass time(IntSupplier pass) {
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            int found = pass.getAsInt();
            return new Pass((System.nanoTime() - start) / 1e6, (processCpuNanos() - cpu) / 1e6, found);
        }
    }

    private static long processCpuNanos() {
        long total = 0;
        for (long id : THREADS.getAllThreadIds()) {
            total += Math.max(0, THREADS.getThreadCpuTime(id));
        }
        return total;
    }

    private static double median(List<Pass> passes, ToDoubleFunction<Pass> figure) {
        double[] values = passes.stream().mapToDouble(figure).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static double min(List<Pass> passes, ToDoubleFunction<Pass> figure) {
        return passes.stream().mapToDouble(figure).min().orElse(Double.NaN);
    }

    private static double max(List<Pass> passes, ToDoubleFunction<Pass> figure) {
        return passes.stream().mapToDouble(figure).max().orElse(Double.NaN);
    }

    private static int intOption(String[] args, String name, int fallback) {
        return Integer.parseInt(option(args, name, Integer.toString(fallback)));
    }

    private static String option(String[] args, String name, String fallback) {
        int at = Arrays.asList(args).indexOf(name);
        return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

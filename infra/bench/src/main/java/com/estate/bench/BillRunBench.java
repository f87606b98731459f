package com.estate.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What a bill run costs: {@code --units} units (100,000 by default) of one new community, known to billing-service
 * as moved in (every 10th moved in mid-December, so pro-rated; every 20th in custody from 11 December; every 25th
 * never moved in, so skipped), billed for December 2026 by {@code POST /api/billing/bill-runs} straight to the
 * service and timed until its report says COMPLETED; then the same run again (every bill found, nothing written).
 * billing's facts of the units are written straight into its database before the clock starts (a bill run reads
 * them, and feeding 100,000 units through resident-service's events would measure the consumer, not the run).
 * The service's resident memory is sampled while it runs (peak). Writes a row into the bill-run section of
 * {@code --results} (infra/bench/RESULTS.md). Asserts nothing but that every chargeable unit was billed once.
 * <p>
 * {@code java -cp infra/bench/target/bench.jar com.estate.bench.BillRunBench --gateway URL --service URL
 * --mongo URI --admin-password-file FILE [--service-pid PID] [--units N] [--results FILE] [--jit c1|full]};
 * {@code ./suite bench billrun} runs it against a suite of its own (runtime, gateway, billing-service), started
 * afresh for each run, alternating the suite's C1-only JIT and the full JIT.
 */
public final class BillRunBench {

    private static final LocalDate DECEMBER = LocalDate.parse("2026-12-01");

    private BillRunBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Options options = Options.parse(args);
        HttpClient http = SuiteClient.http();
        String token = new SuiteClient(http, options.gateway()).loginAsAdmin(options.adminPasswordFile());
        String community = "bench-" + UUID.randomUUID();
        System.out.printf(Locale.ROOT, "Bill run benchmark: %,d units in one community, %d CPU cores shared with the "
                + "suite; straight to billing-service, on the suite's MongoDB stand-in (H2 on-disk backend)%n",
                options.units(), Runtime.getRuntime().availableProcessors());
        long seedStart = System.nanoTime();
        long chargeable = seed(options.mongo(), community, options.units());
        System.out.printf(Locale.ROOT, "  seeded %,d units (%,d chargeable) in %.1f s%n", options.units(), chargeable,
                (System.nanoTime() - seedStart) / 1e9);
        send(http, options.service(), "POST", "/api/billing/fee-items", token, """
                {"communityId":"%s","code":"property-management-fee","name":"物业管理费","kind":"PER_AREA",
                 "unitUse":"RESIDENTIAL","unitPrice":"2.50","effectiveFrom":"2026-01-01"}""".formatted(community));

        Optional<Long> rssBefore = options.servicePid().flatMap(ProcessMemory::rssKb);
        Timed first = run(http, options, community, token);
        require(first.report(), "billsIssued", chargeable);
        System.out.printf(Locale.ROOT, "  run: %.1f s (%,.0f bills/s), peak RSS %s%n", first.seconds(),
                chargeable / first.seconds(), mb(first.peakRssKb()));
        Timed again = run(http, options, community, token);
        require(again.report(), "alreadyBilled", chargeable);
        System.out.printf(Locale.ROOT, "  again: %.1f s, peak RSS %s%n", again.seconds(), mb(again.peakRssKb()));

        String row = String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %.1f | %.0f | %.1f | %s → %s | %s |",
                Instant.now().toString().substring(0, 10), options.jit(), options.units(), chargeable, first.seconds(),
                chargeable / first.seconds(), again.seconds(), mb(rssBefore), mb(first.peakRssKb()),
                mb(again.peakRssKb()));
        if (options.results() != null) {
            ResultsTable.append(options.results(), "billrun", row);
            System.out.println("written to " + options.results());
        }
    }

    /** billing's facts of the units, as its consumers store them (billing_units), in unordered batches of 1,000. */
    static long seed(String mongoUri, String community, int units) {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoTemplate template = new MongoTemplate(client, "billing");
            // LocalDate as billing's Spring Data stores it (same converter, same machine)
            Object movedIn = template.getConverter().convertToMongoType(LocalDate.parse("2026-11-01"));
            Object midMonth = template.getConverter().convertToMongoType(LocalDate.parse("2026-12-15"));
            Object custodyStart = template.getConverter().convertToMongoType(LocalDate.parse("2026-12-11"));
            MongoCollection<Document> collection = template.getCollection("billing_units");
            List<Document> batch = new ArrayList<>(1000);
            long chargeable = 0;
            for (int i = 0; i < units; i++) {
                boolean neverMovedIn = i % 25 == 24;
                Document unit = new Document("_id", community + "-u" + i).append("communityId", community)
                        .append("floorArea", new Decimal128(new BigDecimal(60 + i % 90 + "." + String.format(
                                Locale.ROOT, "%02d", i % 100))))
                        .append("use", "RESIDENTIAL").append("status", neverMovedIn ? "VACANT" : "OCCUPIED")
                        .append("unitRevision", 1L).append("revision", 1L).append("version", 0L)
                        .append("moveInDate", neverMovedIn ? null : i % 10 == 3 ? midMonth : movedIn)
                        .append("custodies", i % 20 == 7 ? List.of(new Document("custodyId", "k" + i)
                                .append("startedOn", custodyStart).append("endedOn", null)) : List.of())
                        .append("startReadings", new Document()).append("outbox", List.of())
                        .append("processedEventIds", List.of());
                chargeable += neverMovedIn ? 0 : 1;
                batch.add(unit);
                if (batch.size() == 1000) {
                    collection.insertMany(batch, new InsertManyOptions().ordered(false));
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                collection.insertMany(batch, new InsertManyOptions().ordered(false));
            }
            return chargeable;
        }
    }

    private record Timed(double seconds, String report, Optional<Long> peakRssKb) {
    }

    /**
     * Starts the December run and polls it once a second (sampling the service's RSS) until it has finished; the
     * run's time is the service's own, from its {@code startedAt} to its {@code finishedAt}. Polling faster cost
     * billing-service a few percent of its CPU (each poll a verified token and a read), time the run itself lost.
     */
    private static Timed run(HttpClient http, Options options, String community, String token)
            throws InterruptedException {
        String started = send(http, options.service(), "POST", "/api/billing/bill-runs", token,
                "{\"communityId\":\"%s\",\"from\":\"%s\"}".formatted(community, DECEMBER));
        String id = field(started, "id");
        long peak = 0;
        while (true) {
            peak = Math.max(peak, options.servicePid().flatMap(ProcessMemory::rssKb).orElse(0L));
            String run = send(http, options.service(), "GET", "/api/billing/bill-runs/" + id, token, null);
            String status = field(run, "status");
            if (!status.equals("RUNNING")) {
                if (!status.equals("COMPLETED")) {
                    throw new IllegalStateException("the bill run ended " + status + ": " + run);
                }
                double seconds = Duration.between(Instant.parse(field(run, "startedAt")),
                        Instant.parse(field(run, "finishedAt"))).toNanos() / 1e9;
                return new Timed(seconds, run, peak == 0 ? Optional.empty() : Optional.of(peak));
            }
            Thread.sleep(1000);
        }
    }

    private static String send(HttpClient http, URI service, String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    private static void require(String report, String count, long expected) {
        Matcher matcher = Pattern.compile("\"" + count + "\"\\s*:\\s*(\\d+)").matcher(report);
        if (!matcher.find() || Long.parseLong(matcher.group(1)) != expected) {
            throw new IllegalStateException("expected " + expected + " " + count + ": " + report);
        }
    }

    private static String mb(Optional<Long> kb) {
        return kb.map(k -> k / 1024 + " MB").orElse("—");
    }

    record Options(URI gateway, URI service, String mongo, Path adminPasswordFile, Optional<Long> servicePid,
            int units, Path results, String jit) {

        static Options parse(String[] args) {
            URI gateway = null;
            URI service = null;
            String mongo = null;
            Path passwordFile = null;
            Long servicePid = null;
            int units = 100_000;
            Path results = null;
            String jit = "c1";
            for (int i = 0; i < args.length; i += 2) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                if (value == null) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                switch (args[i]) {
                    case "--gateway" -> gateway = URI.create(value);
                    case "--service" -> service = URI.create(value);
                    case "--mongo" -> mongo = value;
                    case "--admin-password-file" -> passwordFile = Path.of(value);
                    case "--service-pid" -> servicePid = Long.parseLong(value);
                    case "--units" -> units = Integer.parseInt(value);
                    case "--results" -> results = Path.of(value);
                    case "--jit" -> jit = value; // how the suite was started, for the row: c1 or full
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (gateway == null || service == null || mongo == null || passwordFile == null || units < 1) {
                throw new IllegalArgumentException("usage: --gateway URL --service URL --mongo URI "
                        + "--admin-password-file FILE [--service-pid PID] [--units N] [--results FILE] [--jit c1|full]");
            }
            return new Options(gateway, service, mongo, passwordFile, Optional.ofNullable(servicePid), units, results,
                    jit);
        }
    }
}

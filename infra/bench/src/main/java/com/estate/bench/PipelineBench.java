package com.estate.bench;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Projections.include;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.bson.Document;

/**
 * The event pipeline from a command accepted by one service to its effect readable in another: units registered in
 * resident-service ({@code POST /api/communities/{id}/units}, straight to the service with a real token and an
 * {@code Idempotency-Key}) at a fixed arrival rate ({@link FixedRateLoad}: {@code --rate} commands/s for
 * {@code --seconds}), each opening a fee account in billing-service from {@code unit.registered}.
 * <p>
 * Per command, from one clock (this machine's): <b>accept</b>, from the command's due time to its 201; then the
 * stages of its effect, read from what the services publish ({@link EventTap}, no consumer group): the record
 * timestamp of {@code unit.registered} (when resident-service's relay sent it), {@code openedAt} in
 * {@code account.opened} (when billing's listener handled the event, just before its write) and that record's
 * timestamp (when billing's relay sent it). Billing writes the account and the event in one document write before its
 * relay publishes, so the account is readable at the latest when {@code account.opened} is published:
 * <b>end to end</b> is accepted → {@code account.opened} published, an upper bound of accepted → readable by at most
 * billing's relay time, shown on its own. Every 10th account is also read back with
 * {@code GET /api/billing/accounts/{id}} the moment its event arrives; every one must answer 200.
 * <p>
 * After the load: how long until both services' outboxes ({@code outbox_pending}) are empty and every effect was
 * seen; the counts (every accepted unit exactly one {@code unit.registered}, one {@code account.opened}, one account in
 * billing's {@code fee_accounts}; billing's events of the community by type; ids seen twice), and the CPU time each
 * process of the suite ({@code --run-dir}'s pid files), the benchmark itself and the whole machine spent per accepted
 * command, from the first command to the last effect. Each run uses a new community.
 * <p>
 * First a warm-up of {@code --warmup-units} registrations by a closed loop of {@code --callers} (not counted: a fixed
 * rate above what a cold service carries would only measure its queue); then the capacity, {@code --capacity-runs}
 * closed-loop runs of {@code --capacity-units} (commands accepted per second, effects per second, CPU per command, and
 * the rate that CPU allows on this machine's cores); then the fixed-rate runs. Writes a row into the pipeline-capacity
 * and the pipeline sections of {@code --results}.
 * <p>
 * {@code java -Dloader.main=com.estate.bench.PipelineBench -cp infra/bench/target/bench-outbox.jar
 * org.springframework.boot.loader.launch.PropertiesLauncher --gateway URL --resident URL --billing URL
 * --kafka HOST:PORT --mongo URI --admin-password-file FILE [--run-dir DIR] [--rate N] [--seconds N] [--runs N]
 * [--callers N] [--warmup-units N] [--capacity-units N] [--capacity-runs N] [--results FILE]};
 * {@code ./suite bench pipeline} runs it against a suite of its own.
 */
public final class PipelineBench {

    static final String UNIT_REGISTERED = "com.estate.resident.unit.registered.v1";
    static final String ACCOUNT_OPENED = "com.estate.billing.account.opened.v1";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final String KIND = "POST unit";
    /** The suite's processes a run's commands cost CPU in (pid files of {@code ./suite up}). */
    private static final List<String> PROCESSES = List.of("resident-service", "billing-service", "runtime", "gateway");

    private PipelineBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = new BenchOptions(args, "--gateway URL --resident URL --billing URL --kafka HOST:PORT "
                + "--mongo URI --admin-password-file FILE [--run-dir DIR] [--rate N] [--seconds N] [--runs N] "
                + "[--callers N] [--warmup-units N] [--capacity-units N] [--capacity-runs N] [--results FILE]");
        HttpClient http = SuiteClient.http();
        SuiteClient suite = new SuiteClient(http, URI.create(options.required("--gateway")));
        Path passwordFile = Path.of(options.required("--admin-password-file"));
        double rate = Double.parseDouble(options.get("--rate", "200"));
        int seconds = options.integer("--seconds", 60);
        int runs = options.integer("--runs", 3);
        int callers = options.integer("--callers", 8);
        int warmupUnits = options.integer("--warmup-units", 2000);
        int capacityUnits = options.integer("--capacity-units", 3000);
        int capacityRuns = options.integer("--capacity-runs", 3);
        Target target = new Target(URI.create(options.required("--resident")),
                URI.create(options.required("--billing")), options.required("--kafka"));
        List<LoadRun.Watched> watched = watched(options.get("--run-dir", null));
        String jit = jit(options.get("--run-dir", null));
        System.out.printf(Locale.ROOT, "Event pipeline benchmark: unit registrations straight to resident-service, "
                + "each opening a fee account in billing-service; a warm-up of %d, then %d closed-loop runs of %d "
                + "with %d callers (capacity), then %d runs at %.0f/s for %d s; %d CPU cores shared with the suite; "
                + "load average %s%n", warmupUnits, capacityRuns, capacityUnits, callers, runs, rate, seconds,
                Runtime.getRuntime().availableProcessors(), Machine.loadAverage());
        ClosedLoopCommands closed = new ClosedLoopCommands(http);
        FixedRateLoad fixed = new FixedRateLoad(http);
        Drive closedLoop = units -> (requests, answers) -> closed.run(KIND, units, callers, requests, answers);
        Drive fixedRate = ignored -> (requests, answers) -> fixed.run(rate, Duration.ofSeconds(seconds),
                i -> new FixedRateLoad.Shot(KIND, requests.apply(i)), answers);
        try (MongoClient mongo = MongoClients.create(options.required("--mongo"))) {
            // A closed loop warms the services up without overloading them: a fixed rate above what a cold service
            // carries would only measure its queue.
            if (warmupUnits > 0) {
                Run figures = run(http, suite, passwordFile, mongo, target, watched, closedLoop.load(warmupUnits));
                System.out.println("  warm-up: " + figures.summary());
            }
            List<Run> capacity = new ArrayList<>();
            for (int i = 1; i <= capacityRuns; i++) {
                Run figures = run(http, suite, passwordFile, mongo, target, watched, closedLoop.load(capacityUnits));
                capacity.add(figures);
                System.out.println("  capacity " + i + ": " + figures.summary());
            }
            List<Run> measured = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                Run figures = run(http, suite, passwordFile, mongo, target, watched, fixedRate.load(0));
                measured.add(figures);
                System.out.println("  run " + i + ": " + figures.summary());
            }
            List<String> rows = new ArrayList<>();
            if (!capacity.isEmpty()) {
                rows.add(capacityRow(callers, capacityUnits, jit, capacity, watched));
                System.out.println();
                System.out.println(rows.getLast());
            }
            String row = measured.isEmpty() ? null : row(rate, seconds, jit, measured);
            if (row != null) {
                System.out.println();
                System.out.println(row);
            }
            if (options.has("--results")) {
                Path results = Path.of(options.required("--results"));
                if (!capacity.isEmpty()) {
                    ResultsTable.append(results, "pipeline-capacity", rows.getFirst());
                }
                if (row != null) {
                    ResultsTable.append(results, "pipeline", row);
                }
                System.out.println("written to " + results);
            }
            boolean clean = measured.stream().allMatch(Run::clean) && capacity.stream().allMatch(Run::clean);
            if (!clean) {
                throw new IllegalStateException(
                        "commands failed other than busy (503), events were lost or doubled, or an account was not "
                                + "readable: see above");
            }
        }
    }

    record Target(URI resident, URI billing, String kafka) {
    }

    /** How one run's commands are sent: at a fixed rate, or by a closed loop of callers. */
    @FunctionalInterface
    private interface Load {
        FixedRateLoad.Result send(LongFunction<HttpRequest> requests, FixedRateLoad.Answers answers);
    }

    /** A load of a given number of commands (a closed loop's size; a fixed rate's comes from its rate and time). */
    @FunctionalInterface
    private interface Drive {
        Load load(int commands);
    }

    /**
     * The suite's processes whose CPU time a run reports per command, from the pid files {@code ./suite up} writes
     * ({@code --run-dir}), and this benchmark's own process (the load generator and the event tap).
     */
    private static List<LoadRun.Watched> watched(String runDir) throws IOException {
        List<LoadRun.Watched> watched = new ArrayList<>();
        if (runDir != null) {
            for (String name : PROCESSES) {
                process(runDir, name).ifPresent(process -> watched.add(new LoadRun.Watched(name, process)));
            }
        }
        watched.add(new LoadRun.Watched("bench", ProcessHandle.current()));
        watched.add(LoadRun.Watched.machine()); // everything together, to tell whether the CPU was the bound
        return watched;
    }

    /** The JIT the services run with (resident-service's options; the suite gives all applications the same). */
    private static String jit(String runDir) throws IOException {
        ProcessHandle service = runDir == null ? null : process(runDir, "resident-service").orElse(null);
        return GatewayBench.jit(GatewayBench.jitAndGcOptions(service));
    }

    /** A suite process from the pid file {@code ./suite up} wrote for it, if it runs. */
    private static java.util.Optional<ProcessHandle> process(String runDir, String name) throws IOException {
        Path pid = Path.of(runDir, name + ".pid");
        return Files.exists(pid) ? ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()))
                : java.util.Optional.empty();
    }

    /** One command's stages, each a moment on this machine's clock (epoch microseconds), 0 while not seen. */
    private static final class Trace {
        volatile long accepted;
        volatile long registeredPublished;
        volatile long accountHandled;
        volatile long accountPublished;
        final AtomicInteger registeredEvents = new AtomicInteger();
        final AtomicInteger accountEvents = new AtomicInteger();
    }

    private static Run run(HttpClient http, SuiteClient suite, Path passwordFile, MongoClient mongo, Target target,
            List<LoadRun.Watched> watched, Load load) throws Exception {
        String token = suite.loginAsAdmin(passwordFile);
        String community = suite.createCommunity(token);
        Map<String, Trace> traces = new ConcurrentHashMap<>();
        Map<String, AtomicLong> billingEvents = new ConcurrentHashMap<>();
        Set<String> eventIds = ConcurrentHashMap.newKeySet();
        AtomicLong repeatedIds = new AtomicLong();
        AtomicInteger readBack = new AtomicInteger();
        AtomicInteger readBackMissing = new AtomicInteger();
        Map<String, AtomicLong> refusals = new ConcurrentHashMap<>(); // why commands were not accepted
        Function<String, Trace> trace = unit -> traces.computeIfAbsent(unit, u -> new Trace());
        String started = Machine.loadAverage();

        try (EventTap tap = new EventTap(target.kafka(), List.of("resident.events", "billing.events",
                "notification.requests"), seen -> {
            if (!community.equals(seen.communityId())) {
                return;
            }
            if (!eventIds.add(seen.id())) {
                repeatedIds.incrementAndGet();
            }
            long published = micros(seen.published());
            if (seen.type().equals(UNIT_REGISTERED)) {
                Trace t = trace.apply(seen.data().path("unitId").asString());
                t.registeredEvents.incrementAndGet();
                t.registeredPublished = published;
            }
            if (seen.source().equals("/billing-service")) {
                billingEvents.computeIfAbsent(seen.type(), type -> new AtomicLong()).incrementAndGet();
            }
            if (seen.type().equals(ACCOUNT_OPENED)) {
                Trace t = trace.apply(seen.data().path("unitId").asString());
                t.accountHandled = micros(Instant.parse(seen.data().path("openedAt").asString()));
                t.accountPublished = published;
                if (t.accountEvents.incrementAndGet() == 1 && readBack.incrementAndGet() % 10 == 0) {
                    readBack(http, target.billing(), seen.data().path("accountId").asString(), token,
                            readBackMissing);
                }
            }
        }).start()) {
            long epochOffsetNanos = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
            List<Duration> cpuBefore = watched.stream().map(LoadRun.Watched::cpu).toList();
            long loadStarted = System.nanoTime();
            FixedRateLoad.Result sent = load.send(i -> HttpRequest.newBuilder(target.resident()
                                    .resolve("/api/communities/" + community + "/units"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .POST(HttpRequest.BodyPublishers.ofString("{\"building\":\"B" + (i / 1000)
                                    + "\",\"unitNumber\":\"" + i + "\",\"floorArea\":\"89.50\"}"))
                            .build(),
                    (index, due, answered, response) -> {
                        if (response == null || response.statusCode() != 201) {
                            if (response == null || response.statusCode() / 100 != 2) { // the load's errors
                                refusals.computeIfAbsent(response == null ? "failed" : "HTTP " + response.statusCode(),
                                        cause -> new AtomicLong()).incrementAndGet();
                            }
                            return;
                        }
                        Matcher id = ID.matcher(new String(response.body(), StandardCharsets.UTF_8));
                        if (id.find()) {
                            trace.apply(id.group(1)).accepted = (answered + epochOffsetNanos) / 1_000;
                        }
                    });
            long stopped = System.nanoTime();

            // until both outboxes are empty and every accepted command's effect was published
            MongoCollection<Document> residentOutbox = mongo.getDatabase("resident").getCollection("outbox_pending");
            MongoCollection<Document> billingOutbox = mongo.getDatabase("billing").getCollection("outbox_pending");
            double residentEmptyMs = Double.NaN;
            double drainedMs = Double.NaN;
            long residentPendingAtStop = residentOutbox.countDocuments();
            long billingPendingAtStop = billingOutbox.countDocuments();
            while ((System.nanoTime() - stopped) < Duration.ofSeconds(60).toNanos()) {
                double elapsed = (System.nanoTime() - stopped) / 1e6;
                boolean residentEmpty = residentOutbox.countDocuments() == 0;
                if (residentEmpty && Double.isNaN(residentEmptyMs)) {
                    residentEmptyMs = elapsed;
                }
                boolean allSeen = traces.values().stream()
                        .allMatch(t -> t.accepted == 0 || t.accountPublished != 0);
                if (residentEmpty && allSeen && billingOutbox.countDocuments() == 0) {
                    drainedMs = elapsed;
                    break;
                }
                Thread.sleep(20);
            }
            // the CPU every process spent on the run's commands and their effects, up to the last effect
            Duration wall = Duration.ofNanos(System.nanoTime() - loadStarted);
            Map<String, Duration> cpu = new LinkedHashMap<>();
            for (int i = 0; i < watched.size(); i++) {
                cpu.put(watched.get(i).name(), watched.get(i).cpu().minus(cpuBefore.get(i)));
            }
            Thread.sleep(1_000); // late duplicates would show now

            Set<String> accounts = new HashSet<>();
            mongo.getDatabase("billing").getCollection("fee_accounts").find(eq("communityId", community))
                    .projection(include("unitId")).forEach(account -> accounts.add(account.getString("unitId")));
            return Run.of(sent, traces, accounts, billingEvents, repeatedIds.get(), readBack.get() / 10,
                    readBackMissing.get(), residentPendingAtStop, billingPendingAtStop, residentEmptyMs, drainedMs,
                    started + " → " + Machine.loadAverage(), tap.unreadable(), wall, cpu, refusals);
        }
    }

    private static void readBack(HttpClient http, URI billing, String accountId, String token, AtomicInteger missing) {
        HttpRequest request = HttpRequest.newBuilder(billing.resolve("/api/billing/accounts/" + accountId))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure != null || response.statusCode() != 200) {
                missing.incrementAndGet();
            }
        });
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }

    /** What one run measured. Latencies in microseconds. */
    record Run(long sent, long errors, Histogram accept, Histogram endToEnd, Histogram relay, Histogram listener,
            Histogram billingRelay, long accepted, long lost, long doubled, long accounts, long strayAccounts,
            Map<String, Long> billingEvents, long repeatedIds, int readBack, int readBackMissing,
            long residentPendingAtStop, long billingPendingAtStop, double residentEmptyMs, double drainedMs,
            String loadAverage, long unreadable, double lateness, Duration sending, Duration wall,
            Map<String, Duration> cpu, Map<String, Long> refusals) {

        static Run of(FixedRateLoad.Result load, Map<String, Trace> traces, Set<String> accounts,
                Map<String, AtomicLong> billingEvents, long repeatedIds, int readBack, int readBackMissing,
                long residentPendingAtStop, long billingPendingAtStop, double residentEmptyMs, double drainedMs,
                String loadAverage, long unreadable, Duration wall, Map<String, Duration> cpu,
                Map<String, AtomicLong> refusals) {
            Histogram endToEnd = new Histogram(3);
            Histogram relay = new Histogram(3);
            Histogram listener = new Histogram(3);
            Histogram billingRelay = new Histogram(3);
            long accepted = 0;
            long lost = 0;
            long doubled = 0;
            Set<String> acceptedUnits = new HashSet<>();
            for (Map.Entry<String, Trace> entry : traces.entrySet()) {
                Trace t = entry.getValue();
                if (t.accepted == 0) {
                    continue; // an event of a unit whose 201 never came: counted as stray below
                }
                accepted++;
                acceptedUnits.add(entry.getKey());
                if (t.registeredEvents.get() == 0 || t.accountEvents.get() == 0 || !accounts.contains(entry.getKey())) {
                    lost++;
                    continue;
                }
                if (t.registeredEvents.get() > 1 || t.accountEvents.get() > 1) {
                    doubled++;
                }
                // Kafka's timestamps are milliseconds: a stage shorter than that may come out at 0 or just below
                endToEnd.recordValue(Math.max(1, t.accountPublished - t.accepted));
                relay.recordValue(Math.max(1, t.registeredPublished - t.accepted));
                listener.recordValue(Math.max(1, t.accountHandled - t.registeredPublished));
                billingRelay.recordValue(Math.max(1, t.accountPublished - t.accountHandled));
            }
            long stray = accounts.stream().filter(unit -> !acceptedUnits.contains(unit)).count();
            Map<String, Long> events = new LinkedHashMap<>();
            billingEvents.forEach((type, count) -> events.put(type.replace("com.estate.", ""), count.get()));
            Map<String, Long> causes = new TreeMap<>();
            refusals.forEach((cause, count) -> causes.put(cause, count.get()));
            return new Run(load.sent(), load.errorCount(), load.latencies().get(KIND), endToEnd, relay, listener,
                    billingRelay, accepted, lost, doubled, accounts.size(), stray, events, repeatedIds, readBack,
                    readBackMissing, residentPendingAtStop, billingPendingAtStop, residentEmptyMs, drainedMs,
                    loadAverage, unreadable, load.lateness().toNanos() / 1e6, load.duration(), wall, cpu, causes);
        }

        /** Commands accepted per second while they were sent. */
        double acceptedPerSecond() {
            return accepted / (sending.toNanos() / 1e9);
        }

        /** Effects (accounts opened and published) per second, from the first command to the last effect. */
        double effectsPerSecond() {
            return accepted / (wall.toNanos() / 1e9);
        }

        /** A process's CPU time per accepted command, in milliseconds. */
        double cpuMillisPerCommand(String process) {
            Duration spent = cpu.get(process);
            return spent == null || accepted == 0 ? Double.NaN : spent.toNanos() / 1e6 / accepted;
        }

        double totalCpuMillisPerCommand() {
            return cpu.keySet().stream().filter(process -> !process.equals(LoadRun.MACHINE))
                    .mapToDouble(this::cpuMillisPerCommand).sum();
        }

        /**
         * Whether the run kept its guarantees. A command refused with 503 is a service shedding load past its
         * capacity, as it should (infra/ARCHITECTURE.md §33): the rows count it, but only other errors, a lost or
         * doubled event or an unreadable account fail the benchmark.
         */
        boolean clean() {
            return errors - refusals.getOrDefault("HTTP 503", 0L) == 0 && lost == 0 && doubled == 0 && strayAccounts == 0 && accounts == accepted
                    && readBackMissing == 0 && repeatedIds == 0 && unreadable == 0;
        }

        String summary() {
            return String.format(Locale.ROOT, "%d sent, %d errors %s; accept p50 %.1f p99 %.1f max %.1f ms; end to end "
                            + "p50 %.1f p99 %.1f max %.1f ms (resident relay p50 %.1f p99 %.1f; billing listener p50 "
                            + "%.1f p99 %.1f; billing write + relay p50 %.1f p99 %.1f); %d accepted, %d accounts, %d "
                            + "lost, %d doubled, %d ids seen twice, billing's events %s, %d of %d read back missing; "
                            + "pending at stop %d + %d, resident outbox empty after %.0f ms, all drained after %.0f ms;"
                            + " pacing late by at most %.1f ms; %.0f accepted/s, %.0f effects/s; CPU ms per command %s;"
                    + " load average %s",
                    sent, errors, refusals, ms(accept, 50), ms(accept, 99), ms(accept, 100), ms(endToEnd, 50),
                    ms(endToEnd, 99), ms(endToEnd, 100), ms(relay, 50), ms(relay, 99), ms(listener, 50),
                    ms(listener, 99), ms(billingRelay, 50), ms(billingRelay, 99), accepted, accounts, lost, doubled,
                    repeatedIds, billingEvents, readBackMissing, readBack, residentPendingAtStop,
                    billingPendingAtStop, residentEmptyMs, drainedMs, lateness, acceptedPerSecond(),
                    effectsPerSecond(), cpuSummary(), loadAverage);
        }

        private String cpuSummary() {
            StringBuilder summary = new StringBuilder();
            cpu.keySet().forEach(process -> summary.append(String.format(Locale.ROOT, "%s %.2f, ", process,
                    cpuMillisPerCommand(process))));
            return summary.append(String.format(Locale.ROOT, "total %.2f", totalCpuMillisPerCommand())).toString();
        }
    }

    static double ms(Histogram histogram, double percentile) {
        if (histogram == null || histogram.getTotalCount() == 0) {
            return Double.NaN;
        }
        return (percentile >= 100 ? histogram.getMaxValue() : histogram.getValueAtPercentile(percentile)) / 1e3;
    }

    /** Medians over the runs, with min-max where it matters. */
    private static String row(double rate, int seconds, String jit, List<Run> runs) {
        return String.format(Locale.ROOT, "| %s | %.0f/s × %d s, %s | %d | %.1f / %.1f | %.1f | %s | %s | %.1f / %.1f | "
                        + "%.1f / %.1f | %.1f / %.1f | %d / %d / %d / %d | %s | %s | %s |",
                Instant.now().toString().substring(0, 10), rate, seconds, jit, runs.size(),
                median(runs, r -> ms(r.accept(), 50)), median(runs, r -> ms(r.accept(), 99)),
                median(runs, r -> ms(r.endToEnd(), 50)), spread(runs, r -> ms(r.endToEnd(), 99)),
                spread(runs, r -> ms(r.endToEnd(), 100)),
                median(runs, r -> ms(r.relay(), 50)), median(runs, r -> ms(r.relay(), 99)),
                median(runs, r -> ms(r.listener(), 50)), median(runs, r -> ms(r.listener(), 99)),
                median(runs, r -> ms(r.billingRelay(), 50)), median(runs, r -> ms(r.billingRelay(), 99)),
                runs.stream().mapToLong(Run::accepted).sum(), runs.stream().mapToLong(Run::accounts).sum(),
                runs.stream().mapToLong(Run::lost).sum(), runs.stream().mapToLong(Run::doubled).sum(),
                spread(runs, Run::drainedMs), errors(runs),
                runs.getFirst().loadAverage().split(" → ")[0] + " → "
                        + runs.getLast().loadAverage().split(" → ")[1]);
    }

    /**
     * The closed-loop runs: commands accepted per second and effects per second, the CPU each process spent per
     * command, and the rate all of it allows on this machine's cores (cores ÷ total CPU per command).
     */
    private static String capacityRow(int callers, int units, String jit, List<Run> runs,
            List<LoadRun.Watched> watched) {
        String cpu = String.join(" · ", watched.stream().map(process -> String.format(Locale.ROOT, "%s %.2f",
                process.name(), median(runs, r -> r.cpuMillisPerCommand(process.name())))).toList());
        double total = median(runs, Run::totalCpuMillisPerCommand);
        int cores = Runtime.getRuntime().availableProcessors();
        return String.format(Locale.ROOT, "| %s | %d × %d, %d callers, %s | %s | %s | %.1f / %.1f | %s | **%.2f** | %.0f |"
                        + " %d / %d / %d / %d | %s → %s |",
                Instant.now().toString().substring(0, 10), runs.size(), units, callers, jit,
                spread(runs, Run::acceptedPerSecond), spread(runs, Run::effectsPerSecond),
                median(runs, r -> ms(r.accept(), 50)), median(runs, r -> ms(r.accept(), 99)), cpu, total,
                cores * 1000 / total, runs.stream().mapToLong(Run::accepted).sum(),
                runs.stream().mapToLong(Run::accounts).sum(), runs.stream().mapToLong(Run::lost).sum(),
                runs.stream().mapToLong(Run::doubled).sum(), runs.getFirst().loadAverage().split(" → ")[0],
                runs.getLast().loadAverage().split(" → ")[1]);
    }

    /** The runs' errors and, where answers told, why: e.g. "120 errors (HTTP 503: 118, failed: 2)". */
    private static String errors(List<Run> runs) {
        long total = runs.stream().mapToLong(Run::errors).sum();
        Map<String, Long> causes = new TreeMap<>();
        runs.forEach(run -> run.refusals().forEach((cause, count) -> causes.merge(cause, count, Long::sum)));
        long told = causes.values().stream().mapToLong(Long::longValue).sum();
        if (total > told) {
            causes.put("not sent or not answered", total - told);
        }
        return total + " errors" + (total == 0 ? "" : causes.entrySet().stream()
                .map(cause -> cause.getKey() + ": " + cause.getValue())
                .collect(java.util.stream.Collectors.joining(", ", " (", ")")));
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
        return ResultsTable.median(runs.stream().map(r -> figure.applyAsDouble(r)).toList());
    }

    private static String spread(List<Run> runs, java.util.function.ToDoubleFunction<Run> figure) {
        List<Double> values = runs.stream().map(r -> figure.applyAsDouble(r)).sorted().toList();
        return String.format(Locale.ROOT, "%.0f (%.0f-%.0f)", ResultsTable.median(values), values.getFirst(),
                values.getLast());
    }
}

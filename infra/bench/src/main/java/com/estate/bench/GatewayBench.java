package com.estate.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * What the gateway costs (infra/bench/RESULTS.md, "Gateway"): the same authenticated GET of one small MongoDB
 * document (one community by id) three ways, alternated within each round:
 * <ol>
 * <li><b>direct</b>: straight to resident-service, with the same token;</li>
 * <li><b>gateway</b>: through the gateway with that real JWT (token validation, role matrix, filters, routing,
 * circuit breaker, the proxied call);</li>
 * <li><b>baseline</b>: a minimal JDK HTTP server on this machine ({@link BaselineServer}) answering the same bytes:
 * the limit of the box for one HTTP exchange over loopback.</li>
 * </ol>
 * plus, for the saturation figure only, <b>gateway alone</b> ({@code GET /api/me}: token validation and the
 * gateway's filters without the proxied call), which shows what of the gateway's cost is its own.
 * <p>
 * Each round measures saturation throughput with a closed loop ({@link LoadRun}: {@code --concurrency} callers,
 * {@code --requests} answers) and then p50/p99 at a fixed arrival rate of half that round's direct saturation
 * ({@link FixedRateLoad}, latency from each request's due time) for {@code --rate-seconds}. Every comparison is a
 * ratio or difference taken within one round, and the report gives the median of the rounds with min and max: the
 * machine is shared, absolute figures drift between rounds, ratios measured side by side hold. CPU time per request
 * is read from /proc for each process during the saturation runs.
 * <p>
 * {@code ./suite bench gateway [--rounds N] [--requests N] [--concurrency N] [--warmup N] [--rate-seconds N]
 * [--label TEXT]} runs it against a suite of its own and appends a row to RESULTS.md ({@code --results FILE}).
 */
public final class GatewayBench {

    static final String DIRECT = "direct";
    static final String GATEWAY = "gateway";
    static final String BASELINE = "baseline";
    static final String GATEWAY_ALONE = "gateway alone (/api/me)";

    /** The targets of issue 12: at least this share of direct throughput, at most this much added p99. */
    static final double TARGET_THROUGHPUT_RATIO = 0.60;
    static final double TARGET_ADDED_P99_MILLIS = 5.0;

    private GatewayBench() {
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        HttpClient http = SuiteClient.http();
        SuiteClient suite = new SuiteClient(http, options.gateway());
        String token = suite.loginAsAdmin(options.adminPasswordFile());
        String path = "/api/communities/" + suite.createCommunity(token);
        byte[] answer = fetch(http, get(options.service().resolve(path), token));
        ProcessHandle gatewayProcess = options.gatewayPid().flatMap(ProcessHandle::of).orElse(null);
        ProcessHandle serviceProcess = options.servicePid().flatMap(ProcessHandle::of).orElse(null);
        List<String> appJvm = jitAndGcOptions(gatewayProcess);
        String loadBefore = loadAverage();
        Optional<Long> rssBefore = options.gatewayPid().flatMap(ProcessMemory::rssKb);

        try (BaselineServer baseline = BaselineServer.start(answer, appJvm)) {
            Map<String, URI> targets = new LinkedHashMap<>();
            targets.put(DIRECT, options.service().resolve(path));
            targets.put(GATEWAY, options.gateway().resolve(path));
            targets.put(BASELINE, baseline.uri());
            targets.put(GATEWAY_ALONE, options.gateway().resolve("/api/me"));
            List<LoadRun.Watched> watched = new ArrayList<>();
            if (gatewayProcess != null) {
                watched.add(new LoadRun.Watched(GATEWAY, gatewayProcess));
            }
            if (serviceProcess != null) {
                watched.add(new LoadRun.Watched("service", serviceProcess));
            }
            watched.add(new LoadRun.Watched(BASELINE, baseline.process()));
            watched.add(LoadRun.Watched.machine());

            System.out.printf(Locale.ROOT, "Gateway benchmark: %d CPU cores shared by the load generator and the "
                    + "suite; JIT of the applications: %s; %d rounds of %d requests per variant with %d callers, then "
                    + "%d s at a fixed rate of half the direct saturation; warm-up %d requests per variant; "
                    + "answer %d bytes; load average %s%n", Runtime.getRuntime().availableProcessors(), jit(appJvm),
                    options.rounds(), options.requests(), options.concurrency(), options.rateSeconds(),
                    options.warmup(), answer.length, loadBefore);

            LoadRun load = new LoadRun(http);
            FixedRateLoad fixed = new FixedRateLoad(http);
            for (Map.Entry<String, URI> target : targets.entrySet()) {
                load.warmUp(get(target.getValue(), token), options.warmup(), options.concurrency());
            }
            List<Round> rounds = new ArrayList<>();
            for (int number = 1; number <= options.rounds(); number++) {
                // a fresh token each round: a long series must not outlive the access token's 15 minutes
                String roundToken = number == 1 ? token : suite.loginAsAdmin(options.adminPasswordFile());
                Round round = round(number, targets, roundToken, options, load, fixed, watched);
                round.print();
                rounds.add(round);
            }
            Optional<Long> rssAfter = options.gatewayPid().flatMap(ProcessMemory::rssKb);
            Summary summary = new Summary(rounds, jit(appJvm), options, loadBefore + " → " + loadAverage(),
                    rssBefore.map(kb -> kb / 1024).orElse(-1L), rssAfter.map(kb -> kb / 1024).orElse(-1L));
            summary.print();
            if (options.results().isPresent()) {
                ResultsTable.append(options.results().get(), "gateway", summary.row());
                System.out.println("Added to " + options.results().get());
            }
        }
    }

    private static Round round(int number, Map<String, URI> targets, String token, Options options, LoadRun load,
            FixedRateLoad fixed, List<LoadRun.Watched> watched) {
        String loadAtStart = loadAverage();
        Map<String, LatencyFigures> saturation = new LinkedHashMap<>();
        for (Map.Entry<String, URI> target : targets.entrySet()) {
            saturation.put(target.getKey(), load.run(target.getKey(), get(target.getValue(), token),
                    options.requests(), options.concurrency(), watched));
        }
        double rate = saturation.get(DIRECT).throughput() / 2;
        Map<String, FixedRateLoad.Result> paced = new LinkedHashMap<>();
        Map<String, List<Double>> pacedCpu = new LinkedHashMap<>();
        for (String variant : List.of(DIRECT, GATEWAY, BASELINE)) {
            HttpRequest request = get(targets.get(variant), token);
            List<Duration> cpuBefore = LoadRun.Watched.cpuOf(watched);
            FixedRateLoad.Result result = fixed.run(rate, Duration.ofSeconds(options.rateSeconds()),
                    i -> new FixedRateLoad.Shot(variant, request));
            paced.put(variant, result);
            pacedCpu.put(variant, LoadRun.Watched.millisPerRequest(watched, cpuBefore, result.sent()));
        }
        List<String> processes = watched.stream().map(LoadRun.Watched::name).toList();
        return new Round(number, loadAtStart, saturation, rate, paced, pacedCpu, processes);
    }

    /**
     * One round: every variant's saturation run, then every variant at the same fixed rate. The CPU time per
     * request is taken in both: at saturation the direct and the proxied calls reach resident-service at different
     * rates, at the fixed rate at the same one, so what a proxied call costs the service beyond a direct one is
     * read there, apart from what the rate alone changes.
     */
    record Round(int number, String loadAverage, Map<String, LatencyFigures> saturation, double rate,
            Map<String, FixedRateLoad.Result> paced, Map<String, List<Double>> pacedCpu, List<String> processes) {

        double throughput(String variant) {
            return saturation.get(variant).throughput();
        }

        double pacedMillis(String variant, double percentile) {
            return FixedRateLoad.Result.millis(paced.get(variant).overall(), percentile);
        }

        /** CPU time per request of one watched process during one variant's saturation run; NaN if not watched. */
        double cpu(String variant, String process) {
            return ofProcess(saturation.get(variant).cpuMillisPerRequest(), process);
        }

        /** CPU time per request of one watched process during one variant's fixed-rate run; NaN if not watched. */
        double pacedCpu(String variant, String process) {
            return ofProcess(pacedCpu.get(variant), process);
        }

        /** One process's entry of a per-process list, ordered as {@code processes}; NaN if not watched. */
        private double ofProcess(List<Double> perProcess, String process) {
            int index = processes.indexOf(process);
            return index < 0 ? Double.NaN : perProcess.get(index);
        }

        /** How busy the machine's cores were during a variant's saturation run, in per cent of all of them. */
        double busyPercent(String variant) {
            return cpu(variant, LoadRun.MACHINE) * throughput(variant) / (10.0
                    * Runtime.getRuntime().availableProcessors());
        }

        double throughputRatio() {
            return throughput(GATEWAY) / throughput(DIRECT);
        }

        double addedP50() {
            return pacedMillis(GATEWAY, 50) - pacedMillis(DIRECT, 50);
        }

        double addedP99() {
            return pacedMillis(GATEWAY, 99) - pacedMillis(DIRECT, 99);
        }

        long errors() {
            return saturation.values().stream().mapToLong(LatencyFigures::errors).sum()
                    + paced.values().stream().mapToLong(FixedRateLoad.Result::errorCount).sum();
        }

        void print() {
            System.out.printf(Locale.ROOT, "%nRound %d (load average %s)%n", number, loadAverage);
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-26s %8s %8s %8s %6s",
                    "saturation", "req/s", "p50 ms", "p99 ms", "errors"));
            System.out.println(header.append(cpuHeaders()));
            saturation.forEach((variant, run) -> {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-26s %8.0f %8.2f %8.2f %6d",
                        variant, run.throughput(), run.p50Millis(), run.p99Millis(), run.errors()));
                System.out.println(line.append(cpuColumns(run.cpuMillisPerRequest())));
            });
            StringBuilder pacedHeader = new StringBuilder(String.format(Locale.ROOT, "%-26s %8s %8s %8s %6s %12s",
                    "at " + Math.round(rate) + " req/s", "sent", "p50 ms", "p99 ms", "errors", "late max ms"));
            System.out.println(pacedHeader.append(cpuHeaders()));
            paced.forEach((variant, result) -> {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-26s %8d %8.2f %8.2f %6d %12.1f",
                        variant, result.sent(), pacedMillis(variant, 50), pacedMillis(variant, 99),
                        result.errorCount(), result.lateness().toNanos() / 1e6));
                System.out.println(line.append(cpuColumns(pacedCpu.get(variant))));
            });
            System.out.printf(Locale.ROOT, "gateway/direct throughput %.2f×, baseline/direct %.2f×; added by the "
                    + "gateway at %d req/s: p50 %+.2f ms, p99 %+.2f ms%n", throughputRatio(),
                    throughput(BASELINE) / throughput(DIRECT), Math.round(rate), addedP50(), addedP99());
        }

        /** The header of the per-process CPU columns that end the saturation and the fixed-rate lines. */
        private String cpuHeaders() {
            StringBuilder headers = new StringBuilder();
            processes.forEach(process -> headers.append(String.format(Locale.ROOT, " %18s", "CPU ms/req " + process)));
            return headers.toString();
        }

        private static String cpuColumns(List<Double> perProcess) {
            StringBuilder columns = new StringBuilder();
            perProcess.forEach(cpu -> columns.append(String.format(Locale.ROOT, " %18.3f", cpu)));
            return columns.toString();
        }
    }

    /** The rounds together: medians with min and max, and whether the targets are met. */
    record Summary(List<Round> rounds, String jit, Options options, String loadAverage, long rssBeforeMb,
            long rssAfterMb) {

        String figure(ToDoubleFunction<Round> of, String format) {
            List<Double> values = rounds.stream().map(of::applyAsDouble).toList();
            String median = String.format(Locale.ROOT, format, ResultsTable.median(values));
            if (values.size() == 1) {
                return median;
            }
            double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            return median + " (" + String.format(Locale.ROOT, format, min) + "–"
                    + String.format(Locale.ROOT, format, max) + ")";
        }

        String latency(String variant) {
            return figure(round -> round.pacedMillis(variant, 50), "%.2f") + " / "
                    + figure(round -> round.pacedMillis(variant, 99), "%.2f");
        }

        double medianRatio() {
            return ResultsTable.median(rounds.stream().map(Round::throughputRatio).toList());
        }

        double medianAddedP99() {
            return ResultsTable.median(rounds.stream().map(Round::addedP99).toList());
        }

        long errors() {
            return rounds.stream().mapToLong(Round::errors).sum();
        }

        String verdict() {
            boolean throughput = medianRatio() >= TARGET_THROUGHPUT_RATIO;
            boolean latency = medianAddedP99() <= TARGET_ADDED_P99_MILLIS;
            return String.format(Locale.ROOT, "throughput %.2f× (target ≥ %.2f×: %s), p99 %+.2f ms (target ≤ +%.0f "
                    + "ms: %s)", medianRatio(), TARGET_THROUGHPUT_RATIO, throughput ? "met" : "missed",
                    medianAddedP99(), TARGET_ADDED_P99_MILLIS, latency ? "met" : "missed");
        }

        void print() {
            System.out.printf(Locale.ROOT, "%nMedian of %d round(s) (min–max), load average %s%n", rounds.size(),
                    loadAverage);
            for (String variant : List.of(DIRECT, GATEWAY, BASELINE, GATEWAY_ALONE)) {
                System.out.printf(Locale.ROOT, "  %-26s %s req/s%n", variant,
                        figure(round -> round.throughput(variant), "%.0f"));
            }
            System.out.printf(Locale.ROOT, "  at half the direct saturation (%s req/s), p50 / p99 ms:%n",
                    figure(Round::rate, "%.0f"));
            for (String variant : List.of(DIRECT, GATEWAY, BASELINE)) {
                System.out.printf(Locale.ROOT, "  %-26s %s%n", variant, latency(variant));
            }
            System.out.printf(Locale.ROOT, "  gateway/direct throughput  %s×%n", figure(Round::throughputRatio, "%.2f"));
            System.out.printf(Locale.ROOT, "  added p50 / p99 ms         %s / %s%n", figure(Round::addedP50, "%+.2f"),
                    figure(Round::addedP99, "%+.2f"));
            System.out.printf(Locale.ROOT, "  CPU ms/request             gateway %s, service %s, baseline %s%n",
                    figure(round -> round.cpu(GATEWAY, GATEWAY), "%.2f"),
                    figure(round -> round.cpu(DIRECT, "service"), "%.2f"),
                    figure(round -> round.cpu(BASELINE, BASELINE), "%.2f"));
            System.out.printf(Locale.ROOT, "  service CPU ms/request     saturation: direct %s, through the gateway %s; "
                    + "at the fixed rate: direct %s, through the gateway %s%n",
                    figure(round -> round.cpu(DIRECT, "service"), "%.2f"),
                    figure(round -> round.cpu(GATEWAY, "service"), "%.2f"),
                    figure(round -> round.pacedCpu(DIRECT, "service"), "%.2f"),
                    figure(round -> round.pacedCpu(GATEWAY, "service"), "%.2f"));
            // the machine's busy share during each variant's saturation run: near 100 % the CPU is the bound
            System.out.printf(Locale.ROOT, "  machine busy               direct %s %%, gateway %s %%, baseline %s %%%n",
                    figure(round -> round.busyPercent(DIRECT), "%.0f"), figure(round -> round.busyPercent(GATEWAY),
                            "%.0f"), figure(round -> round.busyPercent(BASELINE), "%.0f"));
            System.out.printf(Locale.ROOT, "  gateway RSS                %d MB before, %d MB after%n", rssBeforeMb,
                    rssAfterMb);
            System.out.println("Targets: " + verdict());
            if (errors() > 0) {
                System.out.println(errors() + " requests failed (not 2xx, or not answered): the figures include them.");
            }
        }

        /** The row of RESULTS.md's gateway table. */
        String row() {
            return String.join(" | ", "| " + LocalDate.now(ZoneOffset.UTC), options.label().orElse("—"), jit,
                    rounds.size() + " × " + options.requests() + ", " + options.concurrency() + " callers",
                    loadAverage,
                    figure(round -> round.throughput(DIRECT), "%.0f"),
                    figure(round -> round.throughput(GATEWAY), "%.0f"),
                    figure(round -> round.throughput(BASELINE), "%.0f"),
                    figure(round -> round.throughput(GATEWAY_ALONE), "%.0f"),
                    "**" + figure(Round::throughputRatio, "%.2f") + "**",
                    figure(Round::rate, "%.0f"),
                    latency(DIRECT), latency(GATEWAY), latency(BASELINE),
                    "**" + figure(Round::addedP99, "%+.2f") + "**",
                    figure(round -> round.cpu(GATEWAY, GATEWAY), "%.2f") + " / "
                            + figure(round -> round.cpu(DIRECT, "service"), "%.2f"),
                    rssBeforeMb + " → " + rssAfterMb + " MB",
                    errors() + " |");
        }
    }

    private static byte[] fetch(HttpClient http, HttpRequest request) throws IOException {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The JIT and GC options the gateway runs with (the suite's applications all get the same ones), for the
     * baseline server; C1 only and the serial collector, as the suite starts them, when the gateway's are unknown.
     */
    static List<String> jitAndGcOptions(ProcessHandle gateway) {
        List<String> arguments = gateway == null ? List.of()
                : gateway.info().arguments().map(List::of).orElse(List.of());
        List<String> options = new ArrayList<>();
        String tiered = null;
        for (String argument : arguments) {
            if (argument.startsWith("-XX:TieredStopAtLevel=")) {
                tiered = argument; // the last one wins, as for the JVM
            } else if (argument.startsWith("-XX:+Use") && argument.endsWith("GC") && !options.contains(argument)) {
                options.add(argument);
            }
        }
        if (arguments.isEmpty()) {
            tiered = "-XX:TieredStopAtLevel=1";
            options.add("-XX:+UseSerialGC");
        }
        if (tiered != null) {
            options.add(tiered);
        }
        return options;
    }

    static String jit(List<String> jvmOptions) {
        String level = jvmOptions.stream().filter(option -> option.startsWith("-XX:TieredStopAtLevel="))
                .map(option -> option.substring(option.indexOf('=') + 1)).reduce((first, last) -> last).orElse("4");
        return switch (level) {
            case "1" -> "C1 only";
            case "4" -> "full (C1+C2)";
            default -> "tier " + level;
        };
    }

    /** The 1-minute load average (the machine is shared: each figure says how busy it was). */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static HttpRequest get(URI uri, String token) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    record Options(URI gateway, URI service, Path adminPasswordFile, Optional<Long> gatewayPid,
            Optional<Long> servicePid, int requests, int warmup, int concurrency, int rounds, int rateSeconds,
            Optional<Path> results, Optional<String> label) {

        static Options parse(String[] args) {
            URI gateway = null;
            URI service = null;
            Path passwordFile = null;
            Long pid = null;
            Long servicePid = null;
            int requests = 10_000;
            int warmup = 5_000;
            int concurrency = 16;
            int rounds = 3;
            int rateSeconds = 10;
            Path results = null;
            String label = null;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--gateway" -> gateway = URI.create(require(args[i], value));
                    case "--service" -> service = URI.create(require(args[i], value));
                    case "--admin-password-file" -> passwordFile = Path.of(require(args[i], value));
                    case "--gateway-pid" -> pid = Long.parseLong(require(args[i], value));
                    case "--service-pid" -> servicePid = Long.parseLong(require(args[i], value));
                    case "--requests" -> requests = positive(args[i], value);
                    case "--warmup" -> warmup = positive(args[i], value);
                    case "--concurrency" -> concurrency = positive(args[i], value);
                    case "--rounds" -> rounds = positive(args[i], value);
                    case "--rate-seconds" -> rateSeconds = positive(args[i], value);
                    case "--results" -> results = Path.of(require(args[i], value));
                    case "--label" -> label = require(args[i], value).replace("|", "/");
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            if (gateway == null || service == null || passwordFile == null) {
                throw new IllegalArgumentException("usage: --gateway URL --service URL --admin-password-file FILE "
                        + "[--gateway-pid PID] [--service-pid PID] [--rounds N] [--requests N] [--warmup N] "
                        + "[--concurrency N] [--rate-seconds N] [--results FILE] [--label TEXT]");
            }
            return new Options(gateway, service, passwordFile, Optional.ofNullable(pid),
                    Optional.ofNullable(servicePid), requests, warmup, concurrency, rounds, rateSeconds,
                    Optional.ofNullable(results), Optional.ofNullable(label));
        }

        private static String require(String option, String value) {
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return value;
        }

        private static int positive(String option, String value) {
            int number = Integer.parseInt(require(option, value));
            if (number < 1) {
                throw new IllegalArgumentException(option + " must be at least 1");
            }
            return number;
        }
    }
}

package com.estate.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the gateway costs: the same read (one community by id, from resident-service's MongoDB) sent straight to
 * the service and through the gateway, plus {@code /api/me}, which the gateway answers alone (token validation,
 * filters, JSON). The difference between the first two is what routing, token validation, the role matrix,
 * header and trace filters and the circuit breaker add per request. Prints figures; asserts nothing.
 * <p>
 * {@code java -jar infra/bench/target/bench.jar --gateway URL --service URL --admin-password-file FILE
 * [--gateway-pid PID] [--service-pid PID] [--requests N] [--warmup N] [--concurrency N]}; {@code ./suite bench}
 * runs it against a suite of its own. With the pids it also reports each process's CPU time per request.
 */
public final class GatewayBench {

    private GatewayBench() {
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        HttpClient http = SuiteClient.http();
        SuiteClient suite = new SuiteClient(http, options.gateway());
        String token = suite.loginAsAdmin(options.adminPasswordFile());
        String path = "/api/communities/" + suite.createCommunity(token);
        List<LoadRun.Watched> watched = new ArrayList<>();
        options.gatewayPid().flatMap(ProcessHandle::of).ifPresent(p -> watched.add(new LoadRun.Watched("gateway", p)));
        options.servicePid().flatMap(ProcessHandle::of).ifPresent(p -> watched.add(new LoadRun.Watched("service", p)));

        List<Scenario> scenarios = List.of(
                new Scenario("service directly: GET /api/communities/{id}", get(options.service().resolve(path), token)),
                new Scenario("through the gateway: GET /api/communities/{id}", get(options.gateway().resolve(path), token)),
                new Scenario("gateway alone: GET /api/me", get(options.gateway().resolve("/api/me"), token)));
        Optional<Long> rssBefore = options.gatewayPid().flatMap(ProcessMemory::rssKb);
        LoadRun load = new LoadRun(http);
        for (Scenario scenario : scenarios) {
            load.warmUp(scenario.request(), options.warmup(), options.concurrency());
        }

        System.out.printf(Locale.ROOT, "Gateway benchmark: %d CPU cores shared by the load generator and the suite; "
                + "%d requests per run after a warm-up of %d per scenario%n", Runtime.getRuntime().availableProcessors(),
                options.requests(), options.warmup());
        // One caller shows what a request costs without queueing; many callers show the most the machine serves.
        for (int concurrency : new int[] {1, options.concurrency()}) {
            int requests = concurrency == 1 ? Math.max(1, options.requests() / 10) : options.requests();
            List<LatencyFigures> runs = scenarios.stream()
                    .map(scenario -> load.run(scenario.name(), scenario.request(), requests, concurrency, watched))
                    .toList();
            print(concurrency, requests, runs, watched);
        }
        options.gatewayPid().flatMap(ProcessMemory::rssKb).ifPresent(after -> System.out.printf(Locale.ROOT,
                "%nGateway resident memory: %d MB before, %d MB after the runs%n",
                rssBefore.orElse(0L) / 1024, after / 1024));
    }

    private static void print(int concurrency, int requests, List<LatencyFigures> runs, List<LoadRun.Watched> watched) {
        System.out.printf(Locale.ROOT, "%n%d concurrent caller(s), %d requests per run%n", concurrency, requests);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-48s %8s %8s %8s %8s %8s %6s",
                "run", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors"));
        watched.forEach(process -> header.append(String.format(Locale.ROOT, " %14s", "CPU ms/req " + process.name())));
        System.out.println(header);
        for (LatencyFigures run : runs) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-48s %8.0f %8.2f %8.2f %8.2f %8.2f %6d",
                    run.name(), run.throughput(), run.p50Millis(), run.p90Millis(), run.p99Millis(), run.maxMillis(),
                    run.errors()));
            run.cpuMillisPerRequest().forEach(cpu -> line.append(String.format(Locale.ROOT, " %14.2f", cpu)));
            System.out.println(line);
        }
        LatencyFigures direct = runs.get(0);
        LatencyFigures routed = runs.get(1);
        System.out.printf(Locale.ROOT, "Added by the gateway: p50 %+.2f ms, p99 %+.2f ms; throughput %.0f%% of the "
                + "service's own%n", routed.p50Millis() - direct.p50Millis(), routed.p99Millis() - direct.p99Millis(),
                100 * routed.throughput() / direct.throughput());
        if (runs.stream().anyMatch(run -> run.errors() > 0)) {
            System.out.println("Some requests failed (not 200): see the errors column; the figures include them.");
        }
    }

    private record Scenario(String name, HttpRequest request) {
    }

    private static HttpRequest get(URI uri, String token) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    record Options(URI gateway, URI service, Path adminPasswordFile, Optional<Long> gatewayPid,
            Optional<Long> servicePid, int requests, int warmup, int concurrency) {

        static Options parse(String[] args) {
            URI gateway = null;
            URI service = null;
            Path passwordFile = null;
            Long pid = null;
            Long servicePid = null;
            int requests = 20_000;
            int warmup = 5_000;
            int concurrency = 16;
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
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            if (gateway == null || service == null || passwordFile == null) {
                throw new IllegalArgumentException(
                        "usage: --gateway URL --service URL --admin-password-file FILE [--gateway-pid PID] [--service-pid PID] "
                                + "[--requests N] [--warmup N] [--concurrency N]");
            }
            return new Options(gateway, service, passwordFile, Optional.ofNullable(pid),
                    Optional.ofNullable(servicePid), requests, warmup, concurrency);
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

package com.estate.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/**
 * A mixed day at the desk: {@link DeskDayMix} (70% reads, 30% commands across resident-, workorder- and
 * billing-service) through the gateway as desk agents who logged in, at a fixed arrival rate ({@link FixedRateLoad},
 * latency from each request's due time) for {@code --minutes} (5) at {@code --rate}, then in steps of
 * {@code --step-seconds} (60) at the rate raised by {@code --step-rate} each time, for as long as a step holds: no
 * error (any answer outside 2xx) and every route class's p99 at most {@code --p99-ms} (200). The highest rate that
 * held is the figure. A warm-up of {@code --warmup-seconds} (30) at the base rate comes first and is not counted
 * (the services run C1-compiled code that the first minutes compile). Prints every phase with the load average of
 * the machine, lists the errors, and writes the phases and the base run's route classes into the mixed section of
 * {@code --results} (infra/bench/RESULTS.md).
 * <p>
 * {@code java -Dloader.main=com.estate.bench.MixedDayBench -cp infra/bench/target/bench-outbox.jar
 * org.springframework.boot.loader.launch.PropertiesLauncher --gateway URL --admin-password-file FILE [--minutes N]
 * [--rate N] [--step-seconds N] [--step-rate N] [--max-steps N] [--units N] [--agents N] [--results FILE]};
 * {@code ./suite bench mixed} runs it against a whole suite of its own.
 */
public final class MixedDayBench {

    /** A UUID, also one cut short where an error's body was cut (ids and request ids differ in every answer). */
    private static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{0,12}…?");

    private MixedDayBench() {
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        HttpClient http = SuiteClient.http();
        SuiteClient suite = new SuiteClient(http, options.gateway());
        String admin = suite.loginAsAdmin(options.adminPasswordFile());
        System.out.printf(Locale.ROOT, "Mixed desk day: %d units, %d desk agents, %d CPU cores shared with the suite, "
                + "load average %s%n", options.units(), options.agents(), Runtime.getRuntime().availableProcessors(),
                Machine.loadAverage());
        long seeding = System.nanoTime();
        DeskCommunity community = DeskCommunity.seed(http, options.gateway(), admin, options.units(), options.agents());
        System.out.printf(Locale.ROOT, "  community %s seeded in %.1f s (units, owners, one work order each, "
                + "billing accounts open)%n", community.communityId(), (System.nanoTime() - seeding) / 1e9);
        DeskDayMix mix = new DeskDayMix(options.gateway(), community, logIn(suite, community));
        FixedRateLoad load = new FixedRateLoad(http);
        if (options.warmupSeconds() > 0) {
            Phase warmUp = run(load, mix, suite, community, "warm-up", options.rate(),
                    Duration.ofSeconds(options.warmupSeconds()), options);
            print(warmUp, options);
        }

        List<Phase> phases = new ArrayList<>();
        Phase base = run(load, mix, suite, community, "base", options.rate(),
                Duration.ofSeconds(Math.round(options.minutes() * 60)), options);
        phases.add(base);
        print(base, options);
        double rate = options.rate();
        for (int step = 1; phases.getLast().holds(options.p99Millis()) && step <= options.maxSteps(); step++) {
            rate += options.stepRate();
            Phase next = run(load, mix, suite, community, "step " + step, rate,
                    Duration.ofSeconds(options.stepSeconds()), options);
            phases.add(next);
            print(next, options);
        }
        String highest = phases.stream().filter(phase -> phase.holds(options.p99Millis()))
                .map(phase -> String.format(Locale.ROOT, "%.0f/s", phase.result().rate()))
                .reduce((first, second) -> second).orElse("none (below the base rate)");
        System.out.printf(Locale.ROOT, "%nHighest rate holding p99 <= %d ms in every route class without errors: %s%n",
                options.p99Millis(), highest);
        if (options.results() != null) {
            write(options, phases, highest);
            System.out.println("written to " + options.results());
        }
    }

    /** One phase of the run: what the load measured, the errors by kind and reason, the load average around it. */
    record Phase(String name, FixedRateLoad.Result result, Map<String, Long> failures, String loadBefore,
            String loadAfter) {

        boolean holds(int p99Millis) {
            return result.errorCount() == 0 && result.latencies().values().stream()
                    .allMatch(histogram -> FixedRateLoad.Result.millis(histogram, 99) <= p99Millis);
        }

        String worstClass() {
            return result.latencies().entrySet().stream()
                    .max((a, b) -> Double.compare(FixedRateLoad.Result.millis(a.getValue(), 99),
                            FixedRateLoad.Result.millis(b.getValue(), 99)))
                    .map(entry -> String.format(Locale.ROOT, "%s %.1f", entry.getKey(),
                            FixedRateLoad.Result.millis(entry.getValue(), 99)))
                    .orElse("-");
        }
    }

    private static Phase run(FixedRateLoad load, DeskDayMix mix, SuiteClient suite, DeskCommunity community,
            String name, double rate, Duration duration, Options options) {
        mix.useTokens(logIn(suite, community)); // a phase never outlives its tokens (15 minutes)
        System.out.printf(Locale.ROOT, "%n%s: %.0f requests/s for %d s ...%n", name, rate, duration.toSeconds());
        String before = Machine.loadAverage();
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        FixedRateLoad.Result result = load.run(rate, duration, mix, (kind, why) -> failures
                .computeIfAbsent(kind + ": " + reason(why), key -> new LongAdder()).increment());
        Map<String, Long> counted = failures.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().sum(), (a, b) -> a,
                        LinkedHashMap::new));
        return new Phase(name, result, counted, before, Machine.loadAverage());
    }

    private static List<String> logIn(SuiteClient suite, DeskCommunity community) {
        return community.agents().stream().map(suite::login).toList();
    }

    private static void print(Phase phase, Options options) {
        FixedRateLoad.Result result = phase.result();
        Histogram all = result.overall();
        System.out.printf(Locale.ROOT, "  %d sent, %d errors; all: p50 %.1f ms, p99 %.1f ms, max %.1f ms; generator "
                        + "at most %d ms late; load average %s -> %s; %s%n", result.sent(), result.errorCount(),
                FixedRateLoad.Result.millis(all, 50), FixedRateLoad.Result.millis(all, 99),
                all.getMaxValue() / 1e3, result.lateness().toMillis(), phase.loadBefore(), phase.loadAfter(),
                phase.holds(options.p99Millis()) ? "holds" : "does not hold");
        System.out.printf(Locale.ROOT, "  %-17s %-35s %8s %7s %9s %9s %9s%n", "route class", "route", "requests",
                "errors", "p50 ms", "p99 ms", "max ms");
        for (DeskDayMix.RouteClass kind : DeskDayMix.RouteClass.values()) {
            Histogram histogram = result.latencies().get(kind.name());
            if (histogram == null) {
                continue;
            }
            System.out.printf(Locale.ROOT, "  %-17s %-35s %8d %7d %9.1f %9.1f %9.1f%n", kind.name(), kind.route,
                    histogram.getTotalCount(), result.errors().getOrDefault(kind.name(), 0L),
                    FixedRateLoad.Result.millis(histogram, 50), FixedRateLoad.Result.millis(histogram, 99),
                    histogram.getMaxValue() / 1e3);
        }
        phase.failures().entrySet().stream().limit(20).forEach(entry -> System.out.printf(Locale.ROOT,
                "  error x%d  %s%n", entry.getValue(), abbreviate(entry.getKey(), 240)));
    }

    private static void write(Options options, List<Phase> phases, String highest) throws IOException {
        String date = Instant.now().toString().substring(0, 16).replace('T', ' ');
        for (Phase phase : phases) {
            FixedRateLoad.Result result = phase.result();
            Histogram all = result.overall();
            ResultsTable.append(options.results(), "mixed", String.format(Locale.ROOT,
                    "| %s | %s | %.0f | %d | %d | %d | %.1f | %.1f | %s | %s | %s → %s |", date, phase.name(),
                    result.rate(), result.duration().toSeconds(), result.sent(), result.errorCount(),
                    FixedRateLoad.Result.millis(all, 50), FixedRateLoad.Result.millis(all, 99), phase.worstClass(),
                    phase.holds(options.p99Millis()) ? "yes" : "no", phase.loadBefore(), phase.loadAfter()));
        }
        ResultsTable.append(options.results(), "mixed", String.format(Locale.ROOT,
                "| %s | highest rate holding p99 ≤ %d ms, no errors: **%s** | | | | | | | | | |", date,
                options.p99Millis(), highest));
        Phase base = phases.getFirst();
        for (DeskDayMix.RouteClass kind : DeskDayMix.RouteClass.values()) {
            Histogram histogram = base.result().latencies().get(kind.name());
            if (histogram == null) {
                continue;
            }
            ResultsTable.append(options.results(), "mixed-classes", String.format(Locale.ROOT,
                    "| %s | %.0f | %s | `%s` | %d | %d | %.1f | %.1f | %.1f |", date, base.result().rate(),
                    kind.name(), kind.route, histogram.getTotalCount(),
                    base.result().errors().getOrDefault(kind.name(), 0L), FixedRateLoad.Result.millis(histogram, 50),
                    FixedRateLoad.Result.millis(histogram, 99), histogram.getMaxValue() / 1e3));
        }
    }

    /** An error's reason without what differs per request (ids, request ids), so that equal errors count as one. */
    static String reason(String why) {
        return abbreviate(UUIDS.matcher(why.replaceAll("\\s+", " ")).replaceAll("…"), 200);
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "…";
    }

    record Options(URI gateway, Path adminPasswordFile, Path results, double minutes, double rate, int stepSeconds,
            double stepRate, int maxSteps, int warmupSeconds, int p99Millis, int units, int agents) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                values.put(args[i], args[i + 1]);
            }
            if (!values.containsKey("--gateway") || !values.containsKey("--admin-password-file")) {
                throw new IllegalArgumentException("usage: --gateway URL --admin-password-file FILE [--minutes 5] "
                        + "[--rate 20] [--step-seconds 60] [--step-rate 10] [--max-steps 10] [--warmup-seconds 30] "
                        + "[--p99-ms 200] [--units 40] [--agents 4] [--results FILE]");
            }
            double rate = Double.parseDouble(values.getOrDefault("--rate", "20"));
            return new Options(URI.create(values.get("--gateway")), Path.of(values.get("--admin-password-file")),
                    values.containsKey("--results") ? Path.of(values.get("--results")) : null,
                    Double.parseDouble(values.getOrDefault("--minutes", "5")), rate,
                    Integer.parseInt(values.getOrDefault("--step-seconds", "60")),
                    Double.parseDouble(values.getOrDefault("--step-rate", "10")),
                    Integer.parseInt(values.getOrDefault("--max-steps", "10")),
                    Integer.parseInt(values.getOrDefault("--warmup-seconds", "30")),
                    Integer.parseInt(values.getOrDefault("--p99-ms", "200")),
                    Integer.parseInt(values.getOrDefault("--units", "40")),
                    Integer.parseInt(values.getOrDefault("--agents", "4")));
        }
    }
}

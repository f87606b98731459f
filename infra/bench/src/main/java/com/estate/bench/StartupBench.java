package com.estate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What it takes to start the suite: {@code ./suite up --no-build} (the built jars), timed by the suite's own
 * readiness wait (the "ready N s after start" it prints: from the runtime's launch until every application answers
 * readiness UP), {@code --runs} times for each variant, the variants alternating within each round: cold (no
 * class-data cache, {@code SUITE_CDS=off}) and warm (the AOT/CDS caches {@code ./suite} trains, trained once before
 * the rounds), each with the suite's C1-only JIT and, with {@code --jit both}, the full JIT
 * ({@code SUITE_JAVA_OPTS=-XX:TieredStopAtLevel=4}; in a state dir of its own, since a cache fits the options it
 * was trained with). The training start begins from empty databases; the measured starts find the data it left, as
 * a developer's next {@code ./suite up} does (with {@code --fresh-data} each begins empty, like a fresh clone: the
 * gateway then also creates its RSA signing key and the administrator, the services their indexes). After
 * {@code --idle-seconds} of idling, each process's VmRSS and PSS (from /proc) and the CPU time it used so far; then
 * {@code ./suite down}. The load average before
 * and after each start is printed: on a shared machine a start under load is slower. Medians, min and max go into
 * the start-up section of {@code --results} (infra/bench/RESULTS.md). With {@code --baseline} (a copy of an older
 * {@code ./suite} in the same checkout, e.g. {@code git show HEAD~1:suite > suite.before}) each variant is started by
 * both scripts in turn, so a change to the launch is measured as a ratio within the same rounds.
 * <p>
 * {@code java -cp infra/bench/target/bench.jar com.estate.bench.StartupBench --suite ./suite --state-root DIR
 * --port-offset N [--runs 3] [--idle-seconds 15] [--jit c1|full|both] [--fresh-data] [--results FILE]};
 * {@code ./suite bench
 * startup} runs it.
 */
public final class StartupBench {

    private static final Pattern READY = Pattern.compile("^\\s+(\\S+) ready after ([0-9.]+) s");
    private static final Pattern SUITE_READY = Pattern.compile("ready ([0-9.]+) s after start");
    private static final Pattern CACHED = Pattern.compile("class-data cache: (\\d+) of (\\d+)");

    private StartupBench() {
    }

    /** The JIT the applications run with. */
    enum Jit {
        C1(""), FULL("-XX:TieredStopAtLevel=4");

        final String javaOptions;

        Jit(String javaOptions) {
            this.javaOptions = javaOptions;
        }

        String label() {
            return this == C1 ? "C1 only" : "full (C1+C2)";
        }
    }

    /**
     * One variant: a JIT, whether the class-data caches are used, and the {@code ./suite} that starts it (the one of
     * this checkout, or with {@code --baseline} an older copy whose start is compared in the same rounds).
     */
    record Variant(Jit jit, boolean warm, Path suite, String suiteLabel) {

        String label() {
            return jit.label() + ", " + (warm ? "warm (AOT cache)" : "cold (no cache)")
                    + (suiteLabel.isEmpty() ? "" : ", " + suiteLabel);
        }
    }

    /** One measured start: the suite's readiness time, each process's, and the idle footprint afterwards. */
    record Start(Variant variant, double seconds, Map<String, Double> readyAt, Map<String, Long> rssKb,
            Map<String, Long> pssKb, Map<String, Double> cpuSeconds, String cached, String loadBefore,
            String loadAfter) {

        String lastReady() {
            return readyAt.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("-");
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Options options = Options.parse(args);
        List<Jit> jits = switch (options.jit()) {
            case "c1" -> List.of(Jit.C1);
            case "full" -> List.of(Jit.FULL);
            case "both" -> List.of(Jit.C1, Jit.FULL);
            default -> throw new IllegalArgumentException("--jit c1, full or both, not " + options.jit());
        };
        System.out.printf(Locale.ROOT, "Start-up benchmark: ./suite up --no-build, %d rounds of %s, %d CPU cores, "
                + "load average %s%n", options.runs(), jits.stream().map(Jit::label).toList(),
                Runtime.getRuntime().availableProcessors(), Machine.loadAverage());
        Map<Path, String> suites = new LinkedHashMap<>();
        if (options.baseline() != null) {
            suites.put(options.baseline(), "before: " + options.baseline().getFileName());
        }
        suites.put(options.suite(), options.baseline() == null ? "" : "after");
        for (Jit jit : jits) {
            for (Path suite : suites.keySet()) {
                train(options, jit, suite);
            }
        }
        List<Start> starts = new ArrayList<>();
        for (int round = 1; round <= options.runs(); round++) {
            for (Jit jit : jits) {
                for (boolean warm : List.of(false, true)) {
                    for (Map.Entry<Path, String> suite : suites.entrySet()) {
                        Start start = start(options, new Variant(jit, warm, suite.getKey(), suite.getValue()), round);
                        starts.add(start);
                        print(start);
                    }
                }
            }
        }
        System.out.println();
        Map<Variant, List<Start>> byVariant = starts.stream()
                .collect(Collectors.groupingBy(Start::variant, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<Variant, List<Start>> entry : byVariant.entrySet()) {
            String row = summary(entry.getKey(), entry.getValue());
            System.out.println(row);
            if (options.results() != null) {
                ResultsTable.append(options.results(), "startup", row);
            }
        }
        if (options.results() != null) {
            System.out.println("written to " + options.results());
        }
    }

    /** Trains the caches of a state dir once (a start with SUITE_TRAIN=foreground, not measured), then down. */
    private static void train(Options options, Jit jit, Path script) throws IOException, InterruptedException {
        Path state = state(options, jit, script);
        System.out.printf(Locale.ROOT, "%ntraining the class-data caches for %s in %s (not measured) ...%n",
                jit.label(), state);
        wipeData(state);
        String output = suite(script, options, jit, "auto", "foreground", state.resolve("training-up.log"),
                "up", "--no-build");
        suite(script, options, jit, "auto", "off", state.resolve("training-down.log"), "down");
        Matcher ready = SUITE_READY.matcher(output);
        System.out.printf(Locale.ROOT, "  trained (that start, training included: %s s)%n",
                ready.find() ? ready.group(1) : "?");
    }

    private static Start start(Options options, Variant variant, int round) throws IOException, InterruptedException {
        Path state = state(options, variant.jit(), variant.suite());
        if (options.freshData()) {
            wipeData(state);
        }
        String before = Machine.loadAverage();
        Path log = state.resolve("start-" + round + "-" + (variant.warm() ? "warm" : "cold")
                + (variant.suiteLabel().isEmpty() ? "" : "-" + variant.suite().getFileName()) + ".log");
        String output = suite(variant.suite(), options, variant.jit(), variant.warm() ? "auto" : "off", "off", log,
                "up", "--no-build");
        String after = Machine.loadAverage();
        Matcher total = SUITE_READY.matcher(output);
        if (!total.find()) {
            throw new IllegalStateException("./suite up printed no readiness time; see " + log);
        }
        Map<String, Double> readyAt = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                readyAt.put(ready.group(1), Double.parseDouble(ready.group(2)));
            }
        }
        Matcher cached = CACHED.matcher(output);
        String cache = cached.find() ? cached.group(1) + "/" + cached.group(2) : "?";
        Thread.sleep(options.idleSeconds() * 1000L);
        Map<String, Long> rss = new TreeMap<>();
        Map<String, Long> pss = new TreeMap<>();
        Map<String, Double> cpu = new TreeMap<>();
        for (Map.Entry<String, Long> process : pids(state).entrySet()) {
            ProcessMemory.rssKb(process.getValue()).ifPresent(kb -> rss.put(process.getKey(), kb));
            pssKb(process.getValue()).ifPresent(kb -> pss.put(process.getKey(), kb));
            ProcessHandle.of(process.getValue()).flatMap(handle -> handle.info().totalCpuDuration())
                    .ifPresent(time -> cpu.put(process.getKey(), time.toMillis() / 1e3));
        }
        suite(variant.suite(), options, variant.jit(), "off", "off", state.resolve("down.log"), "down");
        return new Start(variant, Double.parseDouble(total.group(1)), readyAt, rss, pss, cpu, cache, before, after);
    }

    private static void print(Start start) {
        System.out.printf(Locale.ROOT, "%-38s %5.1f s (last: %s; caches %s) load %s -> %s%n", start.variant().label(),
                start.seconds(), start.lastReady(), start.cached(), start.loadBefore(), start.loadAfter());
        System.out.printf(Locale.ROOT, "    ready at  %s%n", join(start.readyAt(), "%.1f s"));
        System.out.printf(Locale.ROOT, "    idle RSS  %s; total %d MB (PSS %d MB)%n", mb(start.rssKb()),
                sum(start.rssKb()) / 1024, sum(start.pssKb()) / 1024);
        System.out.printf(Locale.ROOT, "    CPU used  %s; total %.1f s%n", join(start.cpuSeconds(), "%.1f s"),
                start.cpuSeconds().values().stream().mapToDouble(Double::doubleValue).sum());
    }

    /** One row of the start-up table: medians (min-max) over the runs of one variant. */
    private static String summary(Variant variant, List<Start> starts) {
        List<Double> seconds = starts.stream().map(Start::seconds).toList();
        Map<String, Long> lastReady = starts.stream()
                .collect(Collectors.groupingBy(Start::lastReady, TreeMap::new, Collectors.counting()));
        Map<String, Double> rssMb = new TreeMap<>();
        starts.getFirst().rssKb().keySet().forEach(name -> rssMb.put(name, ResultsTable.median(starts.stream()
                .map(start -> start.rssKb().getOrDefault(name, 0L) / 1024.0).toList())));
        double totalRss = ResultsTable.median(starts.stream().map(start -> sum(start.rssKb()) / 1024.0).toList());
        double totalPss = ResultsTable.median(starts.stream().map(start -> sum(start.pssKb()) / 1024.0).toList());
        double cpu = ResultsTable.median(starts.stream().map(start -> start.cpuSeconds().values().stream()
                .mapToDouble(Double::doubleValue).sum()).toList());
        String load = starts.stream().map(start -> start.loadBefore().split(" ")[0]).collect(Collectors.joining(", "));
        String jit = variant.jit().label() + (variant.suiteLabel().isEmpty() ? "" : " (" + variant.suiteLabel() + ")");
        return String.format(Locale.ROOT, "| %s | %s | %s | %d | %.1f | %.1f | %.1f | %s | %s | %.0f (PSS %.0f) | %.0f | %s |",
                Instant.now().toString().substring(0, 10), jit, variant.warm() ? "warm (caches " + starts.stream()
                        .map(Start::cached).distinct().collect(Collectors.joining(", ")) + ")" : "cold",
                starts.size(), ResultsTable.median(seconds), seconds.stream().min(Comparator.naturalOrder()).orElseThrow(),
                seconds.stream().max(Comparator.naturalOrder()).orElseThrow(),
                lastReady.entrySet().stream().map(entry -> brief(entry.getKey()) + " ×" + entry.getValue())
                        .collect(Collectors.joining(", ")),
                rssMb.entrySet().stream().map(entry -> String.format(Locale.ROOT, "%s %.0f", brief(entry.getKey()),
                        entry.getValue())).collect(Collectors.joining(" · ")),
                totalRss, totalPss, cpu, load);
    }

    /** Runs {@code ./suite} with the variant's settings, its output into {@code log}; fails on a non-zero exit. */
    private static String suite(Path script, Options options, Jit jit, String cds, String train, Path log,
            String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash", script.toString()));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("SUITE_STATE", state(options, jit, script).toString());
        env.put("SUITE_PORT_OFFSET", Integer.toString(options.portOffset()));
        env.put("SUITE_CDS", cds);
        env.put("SUITE_TRAIN", train);
        // a slow start (a busy machine, the full JIT) is a figure to report, not a failure to stop at
        env.putIfAbsent("SUITE_TIMEOUT", "600");
        String extra = (env.getOrDefault("SUITE_JAVA_OPTS", "") + " " + jit.javaOptions).trim();
        env.put("SUITE_JAVA_OPTS", extra);
        int exit = builder.start().waitFor();
        String output = Files.readString(log);
        if (exit != 0) {
            if (!command[0].equals("down")) {
                suite(script, options, jit, "off", "off", state(options, jit, script).resolve("down.log"), "down");
            }
            throw new IllegalStateException("./suite " + String.join(" ", command) + " failed (exit " + exit
                    + "); see " + log);
        }
        return output;
    }

    /**
     * A state dir per JIT and per suite script: a cache only fits the options it was trained with, and a suite whose
     * options differ removes the caches it finds (its stamp check), so a baseline sharing the dir would leave both
     * without caches.
     */
    private static Path state(Options options, Jit jit, Path script) throws IOException {
        String name = (jit == Jit.C1 ? "c1" : "full-jit")
                + (script.equals(options.baseline()) ? "-" + script.getFileName() : "");
        return Files.createDirectories(options.stateRoot().resolve(name));
    }

    /** Empty databases and no administrator: every start is a first start, as on a fresh clone (caches kept). */
    private static void wipeData(Path state) throws IOException {
        Path data = state.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> paths = Files.walk(data)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.deleteIfExists(state.resolve("admin-password"));
    }

    /** The suite's processes as its state dir records them (run/NAME.pid), the trainer left out. */
    private static Map<String, Long> pids(Path state) throws IOException {
        Map<String, Long> pids = new TreeMap<>();
        try (Stream<Path> files = Files.list(state.resolve("run"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".pid")).toList()) {
                String name = file.getFileName().toString().replace(".pid", "");
                if (!name.equals("trainer")) {
                    pids.put(name, Long.parseLong(Files.readString(file).trim()));
                }
            }
        }
        return pids;
    }

    /** Proportional set size (shared pages divided among their users): what the processes take together. */
    private static Optional<Long> pssKb(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
            return lines.filter(line -> line.startsWith("Pss:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long sum(Map<String, Long> kb) {
        return kb.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String mb(Map<String, Long> kb) {
        return kb.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue() / 1024 + " MB")
                .collect(Collectors.joining(", "));
    }

    private static String join(Map<String, Double> values, String format) {
        return values.entrySet().stream().map(entry -> entry.getKey() + " " + String.format(Locale.ROOT, format,
                entry.getValue())).collect(Collectors.joining(", "));
    }

    /** "resident" for resident-service: the table's cells stay short. */
    private static String brief(String name) {
        return name.replace("-service", "");
    }

    record Options(Path suite, Path baseline, Path stateRoot, int portOffset, int runs, int idleSeconds, String jit,
            boolean freshData, Path results) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            boolean freshData = false;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--fresh-data")) {
                    freshData = true;
                } else if (i + 1 < args.length) {
                    values.put(args[i], args[++i]);
                }
            }
            for (String required : List.of("--suite", "--state-root", "--port-offset")) {
                if (!values.containsKey(required)) {
                    throw new IllegalArgumentException("usage: --suite ./suite --state-root DIR --port-offset N "
                            + "[--runs 3] [--idle-seconds 15] [--jit c1|full|both] [--fresh-data] "
                            + "[--baseline OLD-SUITE] [--results FILE]; missing "
                            + required);
                }
            }
            return new Options(Path.of(values.get("--suite")),
                    values.containsKey("--baseline") ? Path.of(values.get("--baseline")) : null,
                    Path.of(values.get("--state-root")),
                    Integer.parseInt(values.get("--port-offset")), Integer.parseInt(values.getOrDefault("--runs", "3")),
                    Integer.parseInt(values.getOrDefault("--idle-seconds", "15")),
                    values.getOrDefault("--jit", "both"), freshData,
                    values.containsKey("--results") ? Path.of(values.get("--results")) : null);
        }
    }
}

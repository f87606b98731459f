package com.estate.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a unit import costs: a CSV of {@code --rows} units (10,000 by default: 25 buildings of 2 entrances and 20
 * floors) posted to resident-service's {@code POST /api/communities/{id}/units/import}, {@code --runs} times, each into a
 * new community, timed from the first byte sent to the report received; then the same file once more into the last
 * community (every row unchanged). Prints median, min and max and writes them into the import section of
 * {@code --results} (infra/bench/RESULTS.md). Asserts nothing but that every row was imported.
 * <p>
 * {@code java -cp infra/bench/target/bench.jar com.estate.bench.ImportBench --gateway URL --service URL
 * --admin-password-file FILE [--service-pid PID] [--rows N] [--runs N] [--results FILE]}; {@code ./suite bench import}
 * runs it against a suite of its own (runtime, gateway, resident-service).
 */
public final class ImportBench {


    private ImportBench() {
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        HttpClient http = SuiteClient.http();
        SuiteClient suite = new SuiteClient(http, options.gateway());
        String token = suite.loginAsAdmin(options.adminPasswordFile());
        byte[] csv = csv(options.rows());
        System.out.printf(Locale.ROOT, "Unit import benchmark: %d rows (%d KB), %d runs, %d CPU cores shared with the "
                + "suite; straight to resident-service (the gateway's route timeout is not measured)%n",
                options.rows(), csv.length / 1024, options.runs(), Runtime.getRuntime().availableProcessors());
        Optional<Long> rssBefore = options.servicePid().flatMap(ProcessMemory::rssKb);

        List<Double> seconds = new ArrayList<>();
        String community = null;
        for (int run = 1; run <= options.runs(); run++) {
            community = suite.createCommunity(token);
            Timed timed = post(http, options.service(), community, token, csv);
            require(timed, "imported", options.rows());
            seconds.add(timed.seconds());
            System.out.printf(Locale.ROOT, "  run %d: %.2f s, %.0f rows/s%n", run, timed.seconds(),
                    options.rows() / timed.seconds());
        }
        Timed again = post(http, options.service(), community, token, csv);
        require(again, "unchanged", options.rows());
        Optional<Long> rssAfter = options.servicePid().flatMap(ProcessMemory::rssKb);

        List<Double> sorted = seconds.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        String figures = String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.2f | %.2f | %.0f | %.2f | %s |",
                Instant.now().toString().substring(0, 10), options.rows(), options.runs(), median, sorted.getFirst(),
                sorted.getLast(), options.rows() / median, again.seconds(),
                rssAfter.map(kb -> (rssBefore.orElse(0L) / 1024) + " → " + (kb / 1024) + " MB").orElse("—"));
        System.out.printf(Locale.ROOT, "%nimport of %d new units: median %.2f s (min %.2f, max %.2f), %.0f rows/s; "
                + "the same file again (all unchanged): %.2f s%n", options.rows(), median, sorted.getFirst(),
                sorted.getLast(), options.rows() / median, again.seconds());
        rssAfter.ifPresent(kb -> System.out.printf(Locale.ROOT, "resident-service resident memory: %d MB before, "
                + "%d MB after%n", rssBefore.orElse(0L) / 1024, kb / 1024));
        if (options.results() != null) {
            ResultsFile.appendRow(options.results(), "import", figures);
            System.out.println("written to " + options.results());
        }
    }

    /** 25 buildings × 2 entrances × 20 floors × 10 rooms, as many as asked, in the template's columns. */
    static byte[] csv(int rows) {
        StringBuilder csv = new StringBuilder(rows * 64);
        csv.append('\uFEFF').append("楼栋 Building,单元 Entrance,楼层 Floor,房号 Room number,建筑面积 Floor area (m²),"
                + "用途 Use,交付日期 Handover date,状态 Status\r\n");
        for (int i = 0; i < rows; i++) {
            int building = i / 400 + 1;
            int entrance = i / 200 % 2 + 1;
            int floor = i / 10 % 20 + 1;
            int room = i % 10 + 1;
            csv.append(building).append(',').append(entrance).append(',').append(floor).append(',')
                    .append(String.format(Locale.ROOT, "%d-%d-%02d%02d", building, entrance, floor, room)).append(',')
                    .append(60 + i % 90).append('.').append(String.format(Locale.ROOT, "%02d", i % 100))
                    .append(",RESIDENTIAL,2024-05-01,").append(i % 7 == 0 ? "UNSOLD" : "VACANT").append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private record Timed(double seconds, String body) {
    }

    private static Timed post(HttpClient http, URI service, String community, String token, byte[] csv) {
        HttpRequest request = HttpRequest.newBuilder(service.resolve("/api/communities/" + community + "/units/import"))
                .timeout(Duration.ofMinutes(5)).header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
            }
            return new Timed(seconds, response.body());
        } catch (IOException e) {
            throw new IllegalStateException("import failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void require(Timed timed, String count, int expected) {
        Matcher matcher = Pattern.compile("\"" + count + "\"\\s*:\\s*(\\d+)").matcher(timed.body());
        if (!matcher.find() || Long.parseLong(matcher.group(1)) != expected) {
            throw new IllegalStateException("expected " + expected + " " + count + ": " + timed.body());
        }
    }


    record Options(URI gateway, URI service, Path adminPasswordFile, Optional<Long> servicePid, int rows, int runs,
            Path results) {

        static Options parse(String[] args) {
            URI gateway = null;
            URI service = null;
            Path passwordFile = null;
            Long servicePid = null;
            int rows = 10_000;
            int runs = 3;
            Path results = null;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                if (value == null) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                switch (args[i]) {
                    case "--gateway" -> gateway = URI.create(value);
                    case "--service" -> service = URI.create(value);
                    case "--admin-password-file" -> passwordFile = Path.of(value);
                    case "--service-pid" -> servicePid = Long.parseLong(value);
                    case "--rows" -> rows = Integer.parseInt(value);
                    case "--runs" -> runs = Integer.parseInt(value);
                    case "--results" -> results = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            if (gateway == null || service == null || passwordFile == null || rows < 1 || runs < 1) {
                throw new IllegalArgumentException("usage: --gateway URL --service URL --admin-password-file FILE "
                        + "[--service-pid PID] [--rows N] [--runs N] [--results FILE]");
            }
            return new Options(gateway, service, passwordFile, Optional.ofNullable(servicePid), rows, runs, results);
        }
    }
}

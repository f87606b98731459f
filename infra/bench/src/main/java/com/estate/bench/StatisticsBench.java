package com.estate.bench;

import com.estate.contracts.ContractEvents;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the monthly work-order statistics cost: the events of {@code --orders} work orders of one community and month
 * (10,000 by default) published to {@code workorder.events} as workorder-service's outbox publishes them (opened,
 * assigned, completed; a return visit for each completed one; a paid-repair charge for every tenth), the time until
 * workorder-service's summary shows them all, then {@code GET /api/work-orders/statistics} answered {@code --runs}
 * times (JSON) and once as CSV, timed from request to last byte. Prints the figures and writes them into the
 * statistics section of {@code --results} (infra/bench/RESULTS.md). Asserts nothing but the counts.
 * <p>
 * {@code java -Dloader.main=com.estate.bench.StatisticsBench -cp infra/bench/target/bench-outbox.jar
 * org.springframework.boot.loader.launch.PropertiesLauncher --gateway URL --service URL --kafka HOST:PORT
 * --admin-password-file FILE [--orders N] [--runs N] [--results FILE]} (that jar carries the Kafka client and the
 * contracts); {@code ./suite bench statistics} runs it against a suite of its own (runtime, gateway, workorder-service).
 */
public final class StatisticsBench {

    private static final String SOURCE = "/workorder-service";
    private static final Instant MONTH_START = Instant.parse("2026-03-01T00:00:00Z");

    private StatisticsBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI service = URI.create(required(options, "--service"));
        HttpClient http = SuiteClient.http();
        SuiteClient suite = new SuiteClient(http, URI.create(required(options, "--gateway")));
        Path passwordFile = Path.of(required(options, "--admin-password-file"));
        String token = suite.loginAsAdmin(passwordFile);
        Instant loggedIn = Instant.now();
        int orders = Integer.parseInt(options.getOrDefault("--orders", "10000"));
        int runs = Integer.parseInt(options.getOrDefault("--runs", "5"));
        String community = UUID.randomUUID().toString();
        String path = "/api/work-orders/statistics?communityId=" + community + "&month=2026-03";
        System.out.printf(Locale.ROOT, "Statistics benchmark: %d orders of one community and month, %d CPU cores "
                + "shared with the suite%n", orders, Runtime.getRuntime().availableProcessors());

        long start = System.nanoTime();
        int events = publish(required(options, "--kafka"), community, orders);
        double published = (System.nanoTime() - start) / 1e9;
        int visits = (orders * 9 + 9) / 10;
        while (true) {
            if (Duration.between(loggedIn, Instant.now()).toMinutes() >= 10) {
                token = suite.loginAsAdmin(passwordFile); // access tokens live 15 minutes; catching up may take longer
                loggedIn = Instant.now();
            }
            String body = get(http, service, path, token, "application/json").body();
            if (count(body, "orders") == orders && count(body, "returnVisits") == visits) {
                break;
            }
            if ((System.nanoTime() - start) / 1e9 > 1800) {
                throw new IllegalStateException("the summary did not catch up within 30 minutes: " + body);
            }
            Thread.sleep(500);
        }
        double caughtUp = (System.nanoTime() - start) / 1e9;

        token = suite.loginAsAdmin(passwordFile);
        get(http, service, path, token, "application/json"); // warm-up
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long t = System.nanoTime();
            get(http, service, path, token, "application/json");
            millis.add((System.nanoTime() - t) / 1e6);
        }
        long t = System.nanoTime();
        HttpResponse<String> csv = get(http, service, path, token, "text/csv");
        double csvMillis = (System.nanoTime() - t) / 1e6;
        if (!csv.body().contains("total,orders," + orders)) {
            throw new IllegalStateException("unexpected CSV: " + csv.body());
        }
        List<Double> sorted = millis.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        System.out.printf(Locale.ROOT, "%d events published in %.1f s; the summary showed all %d orders after %.1f s "
                + "(%.0f events/s)%nstatistics answered in %.1f ms median (min %.1f, max %.1f) over %d runs; CSV %.1f ms%n",
                events, published, orders, caughtUp, events / caughtUp, median, sorted.getFirst(), sorted.getLast(),
                runs, csvMillis);
        if (options.containsKey("--results")) {
            String row = String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |",
                    Instant.now().toString().substring(0, 10), orders, events, caughtUp, median, sorted.getFirst(),
                    sorted.getLast(), csvMillis);
            ResultsTable.append(Path.of(options.get("--results")), "statistics", row);
            System.out.println("written to " + options.get("--results"));
        }
    }

    /** The events of every order, keyed by the order id as the outbox keys them; returns how many were sent. */
    private static int publish(String bootstrap, String community, int orders) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        ContractEvents events = new ContractEvents();
        String[] categories = {"plumbing", "electrical", "leak", "doors-windows", "elevator", "public-area"};
        String[] channels = {"FRONT_DESK", "PHONE", "RESIDENT_APP", "DUTY_LOG"};
        int sent = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < orders; i++) {
                String order = UUID.randomUUID().toString();
                Instant opened = MONTH_START.plusSeconds(i * 240L);
                String technician = "tech-" + (i % 12);
                boolean completed = i % 10 != 9;
                Map<String, Object> status = new LinkedHashMap<>();
                status.put("orderId", order);
                status.put("communityId", community);
                status.put("unitId", "unit-" + i);
                status.put("category", categories[i % categories.length]);
                status.put("origin", Map.of("kind", "phone"));
                status.put("channel", channels[i % channels.length]);
                status.put("emergency", i % 25 == 0);
                status.put("createdAt", opened.toString());
                send(producer, events, community, order, "com.estate.workorder.order.status-changed.v1",
                        with(status, "status", "OPEN", "orderRevision", 1, "changedAt", opened.toString()));
                sent++;
                Instant responded = opened.plusSeconds(600 + i % 3600);
                status.put("assigneeId", technician);
                status.put("respondedAt", responded.toString());
                send(producer, events, community, order, "com.estate.workorder.order.status-changed.v1",
                        with(status, "status", "ASSIGNED", "orderRevision", 2, "changedAt", responded.toString()));
                sent++;
                if (!completed) {
                    continue;
                }
                Instant done = responded.plusSeconds(3600 + i % 7200);
                status.put("completedAt", done.toString());
                send(producer, events, community, order, "com.estate.workorder.order.status-changed.v1",
                        with(status, "status", "COMPLETED", "orderRevision", 3, "changedAt", done.toString()));
                Map<String, Object> visit = new LinkedHashMap<>();
                visit.put("returnVisitId", UUID.randomUUID().toString());
                visit.put("orderId", order);
                visit.put("communityId", community);
                visit.put("channel", "phone");
                visit.put("satisfied", i % 20 != 0);
                visit.put("rating", 1 + i % 5);
                visit.put("onTime", i % 15 != 0);
                visit.put("completedAt", done.plusSeconds(86_400).toString());
                send(producer, events, community, order, "com.estate.workorder.return-visit.completed.v1", visit);
                sent += 2;
                if (i % 10 == 0) {
                    Map<String, Object> charge = new LinkedHashMap<>();
                    charge.put("chargeId", "charge-" + order);
                    charge.put("communityId", community);
                    charge.put("unitId", "unit-" + i);
                    charge.put("itemCode", "PAID_REPAIR");
                    charge.put("amount", "85.00");
                    charge.put("currency", "CNY");
                    charge.put("reason", "有偿维修");
                    charge.put("source", Map.of("kind", "work-order", "id", order));
                    charge.put("requestedAt", done.toString());
                    send(producer, events, community, order, "com.estate.workorder.charge.requested.v1", charge);
                    sent++;
                }
            }
            producer.flush();
        }
        return sent;
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return data;
    }

    private static void send(KafkaProducer<String, String> producer, ContractEvents events, String community,
            String key, String type, Map<String, Object> data) {
        producer.send(new ProducerRecord<>("workorder.events", key,
                events.of(UUID.randomUUID().toString(), type, SOURCE, key, community, data)));
    }

    private static HttpResponse<String> get(HttpClient http, URI service, String path, String token, String accept)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.resolve(path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).header("Accept", accept)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("statistics answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static long count(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }


    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("usage: --gateway URL --service URL --kafka HOST:PORT "
                    + "--admin-password-file FILE [--orders N] [--runs N] [--results FILE]; missing " + name);
        }
        return value;
    }
}

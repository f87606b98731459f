package com.estate.local;

import java.nio.file.Path;

/** Command line of {@link LocalRuntime}. Ports may be 0 (pick a free one), which tests use. */
public record RuntimeOptions(Path dataDir, int kafkaPort, int kafkaControllerPort, int mongoPort, boolean reset,
        int mongoCacheMb, boolean mongoOplog, boolean help) {

    public static final String USAGE = """
            usage: java -jar local-exec.jar [--data-dir DIR] [--kafka-port N] [--kafka-controller-port N]
                                            [--mongo-port N] [--reset] [--mongo-cache-mb N] [--mongo-oplog]
              --data-dir DIR             where Kafka and MongoDB keep their data (default .suite/data)
              --kafka-port N             Kafka broker port on 127.0.0.1 (default 9092, 0 = any free port)
              --kafka-controller-port N  KRaft controller port on 127.0.0.1 (default 9093)
              --mongo-port N             MongoDB stand-in port on 127.0.0.1 (default 27017)
              --reset                    delete the stored Kafka and MongoDB data before starting
              --mongo-cache-mb N         H2 page cache of the MongoDB stand-in in MB (default 128)
              --mongo-oplog              enable the stand-in's oplog (change streams); it is never trimmed
            Prints "READY kafka=... mongo=..." when both accept connections and writes it to DIR/ready.
            """;

    /** Accepts both {@code --name value} and {@code --name=value}. */
    public static RuntimeOptions parse(String... args) {
        Path dataDir = Path.of(".suite", "data");
        int kafkaPort = 9092;
        int controllerPort = 9093;
        int mongoPort = 27017;
        int cacheMb = MongoStandIn.DEFAULT_CACHE_MB;
        boolean reset = false;
        boolean oplog = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            String name = eq < 0 ? args[i] : args[i].substring(0, eq);
            switch (name) {
                case "--reset" -> reset = true;
                case "--mongo-oplog" -> oplog = true;
                case "--help", "-h" -> help = true;
                case "--data-dir", "--kafka-port", "--kafka-controller-port", "--mongo-port", "--mongo-cache-mb" -> {
                    String value;
                    if (eq >= 0) {
                        value = args[i].substring(eq + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new IllegalArgumentException(name + " needs a value");
                    }
                    switch (name) {
                        case "--data-dir" -> dataDir = Path.of(value);
                        case "--kafka-port" -> kafkaPort = port(name, value);
                        case "--kafka-controller-port" -> controllerPort = port(name, value);
                        case "--mongo-port" -> mongoPort = port(name, value);
                        default -> cacheMb = positive(name, value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option: " + args[i]);
            }
        }
        if (kafkaPort != 0 && (kafkaPort == controllerPort || kafkaPort == mongoPort)
                || controllerPort != 0 && controllerPort == mongoPort) {
            throw new IllegalArgumentException("--kafka-port, --kafka-controller-port and --mongo-port must differ");
        }
        return new RuntimeOptions(dataDir, kafkaPort, controllerPort, mongoPort, reset, cacheMb, oplog, help);
    }

    private static int port(String name, String value) {
        int port = integer(name, value);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be a port number 0-65535, got " + value);
        }
        return port;
    }

    private static int positive(String name, String value) {
        int n = integer(name, value);
        if (n <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
        return n;
    }

    private static int integer(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got '" + value + "'");
        }
    }
}

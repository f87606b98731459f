package com.estate.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;

import kafka.tools.StorageTool;

/**
 * Formats the KRaft log directory once. The cluster id is kept in {@code cluster.id} next to it, so a restart
 * reuses the storage (and its records) instead of formatting a new, empty cluster.
 */
final class KafkaStorage {

    private KafkaStorage() {
    }

    static String formatOnce(Path home, Path logDir, Path serverProperties) throws IOException {
        Path idFile = home.resolve("cluster.id");
        Path meta = logDir.resolve("meta.properties");
        if (Files.exists(meta)) {
            // already formatted: the id in the log directory is the truth, whatever the side file says
            String clusterId = read(meta).getProperty("cluster.id");
            Files.writeString(idFile, clusterId + "\n");
            return clusterId;
        }
        String clusterId = Files.exists(idFile) ? Files.readString(idFile).trim() : Uuid.randomUuid().toString();
        Files.writeString(idFile, clusterId + "\n");
        Files.createDirectories(logDir);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int rc = StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", serverProperties.toString(),
                "--ignore-formatted"}, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IllegalStateException("formatting Kafka storage in " + logDir + " failed (exit " + rc + "): "
                    + output.toString(StandardCharsets.UTF_8));
        }
        return clusterId;
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return p;
    }
}

package com.estate.contracts.applications;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The suite's applications as {@code contracts/applications.tsv} declares them: the one list that ./suite, the
 * gateway's routes, each application's default port and database and the embedded runtime's topics are read from.
 */
public final class Applications {

    static final String RESOURCE = "contracts/applications.tsv";

    private static final Applications DECLARED = parse(read());

    private final List<Application> all;

    private Applications(List<Application> all) {
        this.all = List.copyOf(all);
    }

    public static Applications declared() {
        return DECLARED;
    }

    /** Every application, the gateway first, then the services in start order. */
    public List<Application> all() {
        return all;
    }

    public List<Application> services() {
        return all.stream().filter(Application::isService).toList();
    }

    public Optional<Application> named(String name) {
        return all.stream().filter(application -> application.name().equals(name)).findFirst();
    }

    /** Every topic an application publishes on, without the dead-letter twins, in declaration order. */
    public List<String> topics() {
        LinkedHashSet<String> topics = new LinkedHashSet<>();
        all.forEach(application -> topics.addAll(application.topics()));
        return List.copyOf(topics);
    }

    static Applications parse(List<String> lines) {
        List<Application> applications = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\\s+");
            if (columns.length != 5) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected 5 columns (name, port,"
                        + " database, topics, routes), found " + columns.length + ": " + line);
            }
            applications.add(new Application(columns[0], parsePort(columns[1], i + 1), columns[2],
                    list(columns[3]), list(columns[4])));
        }
        if (applications.isEmpty() || applications.getFirst().isService()) {
            throw new IllegalStateException(RESOURCE + ": the first application must be the gateway");
        }
        return new Applications(applications);
    }

    private static int parsePort(String text, int line) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(RESOURCE + " line " + line + ": the port is not a number: " + text, e);
        }
    }

    private static List<String> list(String column) {
        return column.equals("-") ? List.of() : List.of(column.split(","));
    }

    private static List<String> read() {
        InputStream in = Applications.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

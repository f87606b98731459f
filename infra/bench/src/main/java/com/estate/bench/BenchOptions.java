package com.estate.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** A benchmark's command line: {@code --name value} pairs, with the usage line shown when one is missing. */
final class BenchOptions {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final String usage;

    BenchOptions(String[] args, String usage) {
        this.usage = usage;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 == args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value; usage: " + usage);
            }
            values.put(args[i], args[i + 1]);
        }
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("usage: " + usage + "; missing " + name);
        }
        return value;
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        return Integer.parseInt(get(name, Integer.toString(fallback)));
    }

    boolean has(String name) {
        return values.containsKey(name);
    }
}

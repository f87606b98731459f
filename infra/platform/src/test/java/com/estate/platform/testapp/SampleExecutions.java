package com.estate.platform.testapp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** How often the sample command really ran, per sample name: what idempotency tests count. */
@Component
public class SampleExecutions {

    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();

    int record(String name) {
        return runs.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
    }

    public int count(String name) {
        AtomicInteger count = runs.get(name);
        return count == null ? 0 : count.get();
    }
}

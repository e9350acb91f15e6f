package org.waypoint.scale;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Latency per named step, and every error with what it was, from many threads. */
final class Steps {

    private final Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicLong requests = new AtomicLong();

    void record(String step, long elapsedNanos) {
        nanos.computeIfAbsent(step, s -> new ConcurrentLinkedQueue<>()).add(elapsedNanos);
        requests.incrementAndGet();
    }

    void error(String what) {
        errors.add(what);
    }

    long requests() {
        return requests.get();
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    /** A Markdown table: step, count, median and 95th percentile in milliseconds. */
    String table() {
        var out = new StringBuilder("| step | count | median ms | p95 ms |\n|---|---:|---:|---:|\n");
        new TreeMap<>(nanos).forEach((step, values) -> {
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            out.append("| ").append(step).append(" | ").append(sorted.size())
                    .append(" | ").append(ms(percentile(sorted, 50)))
                    .append(" | ").append(ms(percentile(sorted, 95))).append(" |\n");
        });
        return out.toString();
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String ms(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }
}

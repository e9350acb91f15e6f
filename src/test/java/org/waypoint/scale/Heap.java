package org.waypoint.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A node's live heap, from {@code jcmd PID GC.class_histogram}: it runs a full collection first, so what it counts is
 * what is still reachable. Bytes in total and per class.
 */
record Heap(long totalBytes, Map<String, Long> bytesByClass, Map<String, Long> instancesByClass) {

    static Heap of(long pid) {
        String jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd").toString();
        try {
            Process p = new ProcessBuilder(jcmd, Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            long total = 0;
            Map<String, Long> bytes = new HashMap<>();
            Map<String, Long> instances = new HashMap<>();
            for (String line : out.split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 3 && f[0].equals("Total")) {
                    total = Long.parseLong(f[2]);
                } else if (f.length >= 4 && f[0].endsWith(":")) {
                    instances.put(f[3], Long.parseLong(f[1]));
                    bytes.put(f[3], Long.parseLong(f[2]));
                }
            }
            return new Heap(total, bytes, instances);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The classes that grew most from {@code before} to this, per session, as Markdown table rows. */
    String growthTable(Heap before, int sessions, int rows) {
        var out = new StringBuilder("| class | instances per session | bytes per session |\n|---|---:|---:|\n");
        bytesByClass.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.bytesByClass.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(rows)
                .forEach(e -> out.append("| `").append(e.getKey()).append("` | ")
                        .append(String.format("%.1f", (instancesByClass.getOrDefault(e.getKey(), 0L)
                                - before.instancesByClass.getOrDefault(e.getKey(), 0L)) / (double) sessions))
                        .append(" | ").append(e.getValue() / sessions).append(" |\n"));
        return out.toString();
    }
}

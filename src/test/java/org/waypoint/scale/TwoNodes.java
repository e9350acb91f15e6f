package org.waypoint.scale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code deploy/two-nodes.sh} run as an operator would run it: two nodes of the packaged jar on a fresh PostgreSQL
 * database behind HAProxy. Stopping this stops the script, which stops the nodes and HAProxy.
 */
final class TwoNodes implements AutoCloseable {

    static final String DATABASE = "waypoint_bench";
    static final String ADMIN = "administrator";
    static final String ADMIN_PASSWORD = "two nodes on one database";

    private final Process script;
    private final Path runDir;
    final String url = "http://127.0.0.1:18080";
    final Map<String, String> nodeUrls = Map.of("a", "http://127.0.0.1:18081", "b", "http://127.0.0.1:18082");

    private TwoNodes(Process script, Path runDir) {
        this.script = script;
        this.runDir = runDir;
    }

    static TwoNodes start(String nodeOptions) throws IOException, InterruptedException {
        Path runDir = Path.of("target", "bench", "two-nodes").toAbsolutePath();
        Files.createDirectories(runDir);
        var builder = new ProcessBuilder("deploy/two-nodes.sh").redirectErrorStream(true);
        builder.environment().putAll(Map.of("FRESH", "1", "KEEP_ON_NODE_EXIT", "1", "DB", DATABASE,
                "PORT", "18080", "NODE_A_PORT", "18081", "NODE_B_PORT", "18082", "RUN_DIR", runDir.toString(),
                "NODE_OPTS", nodeOptions, "WAYPOINT_INITIAL_ADMIN_USERNAME", ADMIN,
                "WAYPOINT_INITIAL_ADMIN_PASSWORD", ADMIN_PASSWORD));
        Process script = builder.start();
        var ready = new CompletableFuture<Void>();
        Thread.ofPlatform().daemon().start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(script.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    System.out.println("[two-nodes] " + line);
                    if (line.startsWith("Waypoint is running at")) {
                        ready.complete(null);
                    }
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IllegalStateException("deploy/two-nodes.sh stopped before it was ready"));
        });
        try {
            ready.get(12, TimeUnit.MINUTES);
        } catch (Exception e) {
            script.destroy();
            throw new IllegalStateException("Two nodes did not start; see " + runDir, e);
        }
        return new TwoNodes(script, runDir);
    }

    long pid(String node) {
        try {
            return Long.parseLong(Files.readString(runDir.resolve("node-" + node + ".pid")).trim());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL, as when the machine under a node dies. */
    void kill(String node) {
        ProcessHandle.of(pid(node)).ifPresent(ProcessHandle::destroyForcibly);
    }

    /** CPU seconds (user + system) the node's process has used so far, from /proc/PID/stat (clock ticks of 1/100 s). */
    double cpuSeconds(String node) {
        return Proc.cpuSeconds(pid(node));
    }

    @Override
    public void close() throws InterruptedException {
        script.destroy();
        if (!script.waitFor(60, TimeUnit.SECONDS)) {
            script.destroyForcibly();
        }
    }
}

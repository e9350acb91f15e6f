package org.waypoint.e2e;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged jar, started as a user would start it (embedded H2 file database with the demo council, production
 * front-end), once for all browser tests in the JVM, on a free port with its own data folder.
 */
public final class RunningApp {

    private static RunningApp instance;

    private final Process process;
    private final String baseUrl;
    private final Path dataDir;
    private final Path log;

    private RunningApp(Process process, String baseUrl, Path dataDir, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.dataDir = dataDir;
        this.log = log;
    }

    /** The app shared by the browser tests, started on first use and stopped when the JVM ends. */
    public static synchronized RunningApp get() {
        if (instance == null) {
            try {
                instance = start(Files.createTempDirectory("waypoint-e2e"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A separate instance on the given data folder, for tests that stop or kill it. */
    public static RunningApp start(Path dataDir) {
        String jar = System.getProperty("waypoint.jar", "target/waypoint.jar");
        if (!new File(jar).isFile()) {
            throw new IllegalStateException("No packaged jar at " + jar + ": run the browser tests with ./mvnw verify");
        }
        try {
            int port = freePort();
            Path log = Path.of("target", "e2e-app-" + dataDir.getFileName() + "-" + port + ".log");
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-jar", jar,
                    "--server.port=" + port,
                    "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("waypoint")
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            var app = new RunningApp(process, "http://localhost:" + port, dataDir, log);
            app.awaitReady(Duration.ofMinutes(3));
            return app;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the packaged app", e);
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped while starting; see " + log.toAbsolutePath());
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                // The server answers before the demo council is written; tests need the council (new or kept).
                if (response.statusCode() == 200 && Files.readString(log).contains("Demo council ")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        stop();
        throw new IllegalStateException("The app did not answer within " + timeout + "; see " + log.toAbsolutePath());
    }

    /** SIGKILL: no shutdown hooks, no flushing, as when a machine loses power or the kernel kills the process. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void stop() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged app on its H2 file database is killed with SIGKILL while it is writing; after a restart every write
 * it had acknowledged is there and the database opens cleanly.
 */
class DurabilityE2E {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAcknowledgedWriteSurvivesAKillMidWrite() throws Exception {
        Path data = Files.createTempDirectory("waypoint-durability");
        RunningApp app = RunningApp.start(data);
        long teamId = firstTeamId(app);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(3);
        for (int w = 0; w < 3; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int n = 0; writing.get() && n < 2_000; n++) {
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/children")))
                                .header("Authorization", basic("admin", "demo"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("""
                                        {"givenName":"Durable","familyName":"Writer%d-%d","dateOfBirth":"2014-05-06",
                                         "category":"CIN","teamId":%d}""".formatted(writer, n, teamId)))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            Matcher id = ID.matcher(response.body());
                            if (id.find()) {
                                acknowledged.add(id.group(1));
                            }
                        }
                    } catch (Exception e) {
                        return; // the server is gone
                    }
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < 40 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        app.kill();
        writing.set(false);
        writers.shutdown();
        writers.awaitTermination(30, TimeUnit.SECONDS);
        assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(40);
        System.out.println("Durability: " + acknowledged.size() + " acknowledged writes before SIGKILL; checking each after restart");

        RunningApp restarted = RunningApp.start(data);
        try {
            for (String id : List.copyOf(acknowledged)) {
                HttpResponse<String> child = http.send(HttpRequest.newBuilder(URI.create(restarted.url("/api/v1/children/" + id)))
                        .header("Authorization", basic("hos", "demo")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(child.statusCode()).as("child %s acknowledged before the kill", id).isEqualTo(200);
            }
        } finally {
            restarted.stop();
        }
    }

    private long firstTeamId(RunningApp app) throws Exception {
        String teams = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/teams")))
                .header("Authorization", basic("admin", "demo")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(teams);
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

package org.waypoint.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.waypoint.e2e.Browser;
import tools.jackson.databind.JsonNode;

/**
 * A council's morning on two nodes behind HAProxy (deploy/two-nodes.sh, PostgreSQL database {@code waypoint_bench}):
 * every member of staff signs in and works through their first screens over REST and a Vaadin view, while a few real
 * browsers do the same through the UI; then the figures on the dashboards are checked against SQL, one save is sent
 * to both nodes at once, and a second morning runs while one node is killed. Needs the packaged jar. Run with
 * {@code bench/morning.sh} (or {@code ./mvnw -Pbench test -Dtest=MorningBench}); prints figures and writes
 * {@code target/bench/morning.md}. Bounded: a fixed number of mornings, each at most a few minutes.
 */
class MorningBench {

    private static final int AREAS = Integer.getInteger("bench.areas", 2);
    private static final int TEAMS_PER_AREA = Integer.getInteger("bench.teamsPerArea", 4);
    private static final int PRACTITIONERS = Integer.getInteger("bench.practitioners", 6);
    private static final int CASES = Integer.getInteger("bench.cases", 12);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int USERS_AT_ONCE = Integer.getInteger("bench.concurrency", 16);
    private static final int BROWSERS = Integer.getInteger("bench.browsers", 3);
    private static final String NODE_OPTIONS = System.getProperty("bench.nodeOptions", "-Xmx768m -XX:+UseG1GC");

    private final StringBuilder report = new StringBuilder();

    @Test
    void aCouncilsMorningOnTwoNodes() throws Exception {
        try (TwoNodes nodes = TwoNodes.start(NODE_OPTIONS)) {
            line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores shared with other work; load "
                    + loadAverage() + " before seeding. Nodes: " + NODE_OPTIONS + ".");
            long started = System.nanoTime();
            LoadCouncil council = LoadCouncil.create(nodes.url, AREAS, TEAMS_PER_AREA, PRACTITIONERS, CASES);
            line(String.format("Seeded through the API in %.0f s: %d teams, %d staff, %d children.",
                    seconds(started), council.teamIds.size(), council.people.size(), count("select count(*) from child")));

            Queue<UUID> saved = new ConcurrentLinkedQueue<>();
            morning(nodes, council, saved, false);
            dashboardsMatchSql(nodes, council);
            oneSaveSentToBothNodesIsRecordedOnce(nodes, council);
            morning(nodes, council, saved, true);
            everythingAcknowledgedIsThere(saved);
        } finally {
            Path out = Path.of("target", "bench", "morning.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println("\n" + report);
        }
    }

    /** Every person does {@link #ROUNDS} mornings, {@link #USERS_AT_ONCE} at a time; optionally node a dies midway. */
    private void morning(TwoNodes nodes, LoadCouncil council, Queue<UUID> saved, boolean killNodeA) throws Exception {
        var steps = new Steps();
        var signedInAgain = new AtomicInteger();
        var browserSteps = new Steps();
        double cpuA = nodes.cpuSeconds("a"), cpuB = nodes.cpuSeconds("b");
        Map<Long, Double> dbBefore = databaseCpu();
        List<LoadCouncil.Person> queue = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            queue.addAll(council.people);
        }
        int killAt = queue.size() / 2;
        var started = new AtomicInteger();
        var killed = new AtomicBoolean();
        var endedOn = new ConcurrentHashMap<String, Integer>();
        // People whose morning was under way on node a when it died, and those on b.
        var afterKill = new ConcurrentHashMap<String, String>();
        long begin = System.nanoTime();
        String load = loadAverage();
        var browsersDone = new CountDownLatch(1);
        Thread browsers = Thread.ofPlatform().start(() -> {
            try {
                realBrowsers(nodes.url, council, browserSteps);
            } catch (RuntimeException e) {
                browserSteps.error("browser: " + e.getMessage());
            } finally {
                browsersDone.countDown();
            }
        });
        try (ExecutorService pool = Executors.newFixedThreadPool(USERS_AT_ONCE)) {
            List<Future<?>> work = new ArrayList<>();
            for (LoadCouncil.Person person : queue) {
                work.add(pool.submit(() -> {
                    int n = started.incrementAndGet();
                    Runnable midway = () -> {
                        if (killNodeA && n >= killAt && killed.compareAndSet(false, true)) {
                            nodes.kill("a");
                            line(String.format("Node a killed (SIGKILL) %.1f s into the morning, at morning %d of %d.",
                                    seconds(begin), n, queue.size()));
                        }
                    };
                    var morning = new Morning(nodes.url, steps, saved, signedInAgain);
                    int before = signedInAgain.get();
                    String node = morning.run(person, midway);
                    endedOn.merge(node, 1, Integer::sum);
                    if (killed.get()) {
                        afterKill.merge(signedInAgain.get() > before ? "signed in again" : "carried on", "x", String::concat);
                    }
                }));
            }
            for (Future<?> w : work) {
                w.get();
            }
        }
        double wall = seconds(begin);
        browsersDone.await();
        browsers.join();
        double usedA = nodes.cpuSeconds("a") - cpuA, usedB = nodes.cpuSeconds("b") - cpuB;
        double usedDb = databaseCpu().entrySet().stream()
                .filter(e -> !e.getValue().isNaN())
                .mapToDouble(e -> e.getValue() - dbBefore.getOrDefault(e.getKey(), 0.0)).sum();

        line("");
        line(killNodeA ? "### The same morning, node a killed halfway" : "### The morning");
        line(String.format("%d mornings (%d staff x %d), %d at a time, plus %d browsers; %.1f s; load average %s at the start, %s at the end.",
                queue.size(), council.people.size(), ROUNDS, USERS_AT_ONCE, BROWSERS, wall, load, loadAverage()));
        line(String.format("Throughput: %.0f requests/s, %.0f mornings/min. Mornings ended on node a: %s, node b: %s.",
                steps.requests() / wall, queue.size() / wall * 60, endedOn.getOrDefault("a", 0), endedOn.getOrDefault("b", 0)));
        line(String.format("CPU: node a %.1f s%s (%.0f%% of one core), node b %.1f s (%.0f%% of one core), PostgreSQL "
                        + "(the nodes' connections) %.1f s; per morning %.2f CPU-s in the nodes and %.3f in PostgreSQL.",
                usedA, killNodeA ? " until it was killed" : "", 100 * usedA / wall, usedB, 100 * usedB / wall, usedDb,
                (usedA + usedB) / (queue.size() + BROWSERS), usedDb / (queue.size() + BROWSERS)));
        line("");
        line(steps.table());
        line("Real browsers (Playwright, Chromium), through HAProxy:");
        line("");
        line(browserSteps.table());
        List<String> errors = Morning.realErrors(steps);
        List<String> recovered = steps.errors().stream().filter(e -> e.startsWith("(recovered)")).toList();
        line("Errors: " + errors.size() + (errors.isEmpty() ? "" : " " + errors.subList(0, Math.min(5, errors.size())))
                + "; browser errors: " + browserSteps.errors().size() + " " + browserSteps.errors());
        if (killNodeA) {
            line(String.format("After the kill: %d mornings carried on without noticing, %d people were asked to sign in "
                            + "again (%d times in all) and finished their morning.",
                    afterKill.getOrDefault("carried on", "").length(), afterKill.getOrDefault("signed in again", "").length(),
                    signedInAgain.get()));
        } else {
            assertThat(recovered).as("nobody loses their session while both nodes run").isEmpty();
        }
        assertThat(errors).isEmpty();
        assertThat(browserSteps.errors()).isEmpty();
    }

    /** A few people use the real UI in Chromium during the morning: sign in, caseload, a child, the team. */
    private void realBrowsers(String url, LoadCouncil council, Steps steps) {
        List<LoadCouncil.Person> practitioners = council.withRole("SOCIAL_WORKER");
        try (Browser browser = new Browser()) {
            for (int b = 0; b < BROWSERS; b++) {
                LoadCouncil.Person person = practitioners.get(b * 3 % practitioners.size());
                BrowserContext context = browser.tablet(Browser.LANDSCAPE);
                Page page = context.newPage();
                // Playwright objects belong to one thread: the browsers take their turns on this one.
                try {
                    timed(steps, "browser: sign in", () -> Browser.signIn(page, url, person.username(), LoadCouncil.PASSWORD));
                    timed(steps, "browser: My caseload", () -> {
                        page.navigate(url + "/caseload");
                        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My caseload")).waitFor();
                        page.getByText(person.username().replace("sw", "Family")).first().waitFor();
                    });
                    UUID child = person.children().getFirst();
                    timed(steps, "browser: child's record", () -> {
                        page.navigate(url + "/children/" + child);
                        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Child0 "
                                + person.username().replace("sw", "Family"))).waitFor();
                    });
                    timed(steps, "browser: missing list", () -> {
                        page.navigate(url + "/missing");
                        page.locator("vaadin-grid").first().waitFor();
                    });
                } finally {
                    context.close();
                }
            }
        }
    }

    private static void timed(Steps steps, String step, Runnable action) {
        long started = System.nanoTime();
        action.run();
        steps.record(step, System.nanoTime() - started);
    }

    /** The head of service's dashboards against COUNT(*) in the database, after the morning's writes. */
    private void dashboardsMatchSql(TwoNodes nodes, LoadCouncil council) throws SQLException {
        var hos = new Client(nodes.url, new Steps());
        LoadCouncil.check(hos.login("hos1", LoadCouncil.PASSWORD), "head of service signs in");
        JsonNode authority = Client.JSON.readTree(hos.get("check", "/api/v1/oversight/caseloads").body()).path("authority");
        long openCases = authority.path("openCases").asLong() + authority.path("managersHoldingCases").asLong();
        long unallocated = authority.path("unallocated").asLong();
        long sqlOpen = count("select count(*) from child where closed_on is null and allocated_worker_id is not null");
        long sqlUnallocated = count("select count(*) from child where closed_on is null and allocated_worker_id is null");
        LocalDate today = LocalDate.now();
        long episodes = 0;
        for (JsonNode team : Client.JSON.readTree(hos.get("check", "/api/v1/missing-figures/teams?from="
                + today.minusDays(2) + "&to=" + today).body())) {
            episodes += team.path("episodes").asLong();
        }
        long sqlEpisodes = count("select count(*) from missing_episode where missing_from >= current_date - 3");
        line("");
        line(String.format("Dashboards after the morning: open cases %d (SQL %d), unallocated %d (SQL %d), missing "
                + "episodes in the last days %d (SQL %d).", openCases, sqlOpen, unallocated, sqlUnallocated, episodes, sqlEpisodes));
        assertThat(openCases).isEqualTo(sqlOpen);
        assertThat(unallocated).isEqualTo(sqlUnallocated);
        assertThat(episodes).isEqualTo(sqlEpisodes).isPositive();
    }

    /** An offline device's retry may reach the other node while the first try is still running: one record. */
    private void oneSaveSentToBothNodesIsRecordedOnce(TwoNodes nodes, LoadCouncil council) throws Exception {
        LoadCouncil.Person worker = council.withRole("SOCIAL_WORKER").getFirst();
        UUID child = worker.children().getFirst();
        List<Integer> statuses = new ArrayList<>();
        for (int attempt = 0; attempt < 10; attempt++) {
            UUID episode = UUID.randomUUID();
            // Weeks back, an hour long, one per attempt: a child's episodes may not overlap.
            Instant from = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(30 + attempt, ChronoUnit.DAYS);
            var body = Map.of("id", episode, "missingFrom", from.toString(),
                    "returnedAt", from.plus(1, ChronoUnit.HOURS).toString(), "reportedToPolice", false,
                    "reportedBy", "Parent");
            var onA = new Client(nodes.nodeUrls.get("a"), new Steps());
            var onB = new Client(nodes.nodeUrls.get("b"), new Steps());
            LoadCouncil.check(onA.login(worker.username(), LoadCouncil.PASSWORD), "signs in on a");
            LoadCouncil.check(onB.login(worker.username(), LoadCouncil.PASSWORD), "signs in on b");
            var go = new CountDownLatch(1);
            try (ExecutorService two = Executors.newFixedThreadPool(2)) {
                Future<HttpResponse<String>> a = two.submit(() -> {
                    go.await();
                    return onA.send("same save", "POST", "/api/v1/children/" + child + "/missing-episodes", body, Map.of());
                });
                Future<HttpResponse<String>> b = two.submit(() -> {
                    go.await();
                    return onB.send("same save", "POST", "/api/v1/children/" + child + "/missing-episodes", body, Map.of());
                });
                go.countDown();
                statuses.add(a.get().statusCode());
                statuses.add(b.get().statusCode());
            }
            assertThat(count("select count(*) from missing_episode where id = '" + episode + "'")).isEqualTo(1);
        }
        line("");
        line("One save (same client-chosen id) sent to both nodes at the same instant, 10 times: answers "
                + statuses + " (201 created, 409 already recorded); each recorded exactly once.");
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(10);
    }

    private void everythingAcknowledgedIsThere(Queue<UUID> saved) throws SQLException {
        long missing = 0;
        for (UUID id : saved) {
            if (count("select count(*) from missing_episode where id = '" + id + "'") != 1) {
                missing++;
            }
        }
        line(String.format("Saves acknowledged over both mornings: %d; in the database exactly once: %d; lost: %d.",
                saved.size(), saved.size() - missing, missing));
        assertThat(missing).isZero();
    }

    /** CPU seconds used so far by each PostgreSQL backend serving the bench database (the nodes' pools). */
    private static Map<Long, Double> databaseCpu() throws SQLException {
        Map<Long, Double> cpu = new java.util.HashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + TwoNodes.DATABASE, "postgres", "");
             var rs = db.createStatement().executeQuery("select pid from pg_stat_activity where datname = '"
                     + TwoNodes.DATABASE + "' and pid <> pg_backend_pid()")) {
            while (rs.next()) {
                cpu.put(rs.getLong(1), Proc.cpuSeconds(rs.getLong(1)));
            }
        }
        return cpu;
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + TwoNodes.DATABASE, "postgres", "");
             var rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void line(String text) {
        synchronized (report) {
            report.append(text).append('\n');
        }
        System.out.println(text);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}

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
            Queue<UUID> approved = new ConcurrentLinkedQueue<>();
            morning(nodes, council, saved, approved, false);
            dashboardsMatchSql(nodes, approved);
            oneSaveSentToBothNodesIsRecordedOnce(nodes, council);
            twoEditsOfOnePlanFromTwoNodes(nodes, council);
            noApprovalOfAPlanWithGaps(nodes, council);
            morning(nodes, council, saved, approved, true);
            everythingAcknowledgedIsThere(saved, approved);
        } finally {
            Path out = Path.of("target", "bench", "morning.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println("\n" + report);
        }
    }

    /** Every person does {@link #ROUNDS} mornings, {@link #USERS_AT_ONCE} at a time; optionally node a dies midway. */
    private void morning(TwoNodes nodes, LoadCouncil council, Queue<UUID> saved, Queue<UUID> approved,
                         boolean killNodeA) throws Exception {
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
        var cpuAtKill = new java.util.concurrent.atomic.AtomicReference<Double>();
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
                            cpuAtKill.set(nodes.cpuSeconds("a"));
                            nodes.kill("a");
                            line(String.format("Node a killed (SIGKILL) %.1f s into the morning, at morning %d of %d.",
                                    seconds(begin), n, queue.size()));
                        }
                    };
                    // Counted per morning: the total alone cannot say whose morning it was.
                    var mine = new AtomicInteger();
                    var morning = new Morning(nodes.url, steps, saved, approved, mine);
                    String node = morning.run(person, midway);
                    signedInAgain.addAndGet(mine.get());
                    endedOn.merge(node, 1, Integer::sum);
                    if (killed.get()) {
                        afterKill.merge(mine.get() > 0 ? "signed in again" : "carried on", "x", String::concat);
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
        double usedA = (killNodeA ? cpuAtKill.get() : nodes.cpuSeconds("a")) - cpuA, usedB = nodes.cpuSeconds("b") - cpuB;
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
                + "; browser errors: " + Morning.realErrors(browserSteps) + "; recovered by signing in or pressing Sign in "
                + "again: " + recovered.size() + " REST, " + (browserSteps.errors().size() - Morning.realErrors(browserSteps).size())
                + " browser.");
        if (killNodeA) {
            line(String.format("After the kill: %d mornings carried on without noticing, %d people were asked to sign in "
                            + "again (%d times in all) and finished their morning.",
                    afterKill.getOrDefault("carried on", "").length(), afterKill.getOrDefault("signed in again", "").length(),
                    signedInAgain.get()));
        } else {
            assertThat(recovered).as("nobody loses their session while both nodes run").isEmpty();
        }
        assertThat(errors).isEmpty();
        assertThat(Morning.realErrors(browserSteps)).isEmpty();
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
                    timed(steps, "browser: My caseload", page, url, person, () -> {
                        page.navigate(url + "/caseload");
                        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My caseload")).waitFor();
                        page.getByText(person.username().replace("sw", "Family")).first().waitFor();
                    });
                    UUID child = person.children().getFirst();
                    timed(steps, "browser: child's record", page, url, person, () -> {
                        page.navigate(url + "/children/" + child);
                        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Child0 "
                                + person.username().replace("sw", "Family"))).waitFor();
                    });
                    timed(steps, "browser: missing list", page, url, person, () -> {
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

    /** A browser step; if the browser's node died and it lands on the login page, the person signs in and goes on. */
    private static void timed(Steps steps, String step, Page page, String url, LoadCouncil.Person person, Runnable action) {
        try {
            timed(steps, step, action);
        } catch (com.microsoft.playwright.PlaywrightException e) {
            if (!page.url().contains("/login")) {
                throw e;
            }
            steps.error("(recovered) browser of " + person.username() + " signs in again");
            timed(steps, "browser: sign in again", () -> Browser.signIn(page, url, person.username(), LoadCouncil.PASSWORD));
            timed(steps, step, action);
        }
    }

    /** The head of service's dashboards against COUNT(*) in the database, after the morning's writes. */
    private void dashboardsMatchSql(TwoNodes nodes, Queue<UUID> approved) throws SQLException {
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
        JsonNode plans = Client.JSON.readTree(hos.get("check", "/api/v1/reports/plan-completeness").body());
        long sqlPlans = count("select count(*) from plan p join child c on c.id = p.child_id where c.closed_on is null");
        long sqlApproved = count("select count(*) from plan_version where status = 'APPROVED'");
        line("");
        line(String.format("Dashboards after the morning: open cases %d (SQL %d), unallocated %d (SQL %d), missing "
                        + "episodes in the last days %d (SQL %d), plans %d of which complete %d (SQL %d); plans approved "
                        + "%d (SQL %d).", openCases, sqlOpen, unallocated, sqlUnallocated, episodes, sqlEpisodes,
                plans.path("total").asLong(), plans.path("complete").asLong(), sqlPlans, approved.size(), sqlApproved));
        assertThat(plans.path("total").asLong()).isEqualTo(sqlPlans).isPositive();
        assertThat(plans.path("complete").asLong()).isEqualTo(sqlPlans);
        assertThat((long) approved.size()).isEqualTo(sqlApproved);
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

    /**
     * One social worker on two devices, one on each node, saves the same version of a plan at the same instant,
     * ten times: one save wins, the other is told 412 and the winner's text is what the plan says.
     */
    private void twoEditsOfOnePlanFromTwoNodes(TwoNodes nodes, LoadCouncil council) throws Exception {
        LoadCouncil.Person worker = council.withRole("SOCIAL_WORKER").getFirst();
        UUID child = worker.children().get(10);
        var onA = new Client(nodes.nodeUrls.get("a"), new Steps());
        var onB = new Client(nodes.nodeUrls.get("b"), new Steps());
        LoadCouncil.check(onA.login(worker.username(), LoadCouncil.PASSWORD), "signs in on a");
        LoadCouncil.check(onB.login(worker.username(), LoadCouncil.PASSWORD), "signs in on b");
        HttpResponse<String> created = onA.send("plan", "POST", "/api/v1/children/" + child + "/plans",
                Morning.planBody("CP", "Safe at home"), Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Client.JSON.readTree(created.body()).path("id").asString();
        List<String> outcomes = new ArrayList<>();
        for (int attempt = 0; attempt < 10; attempt++) {
            String etag = onA.get("plan", "/api/v1/plans/" + id).headers().firstValue("ETag").orElseThrow();
            String textA = "Safe at home (tablet, try " + attempt + ")", textB = "Safe at home (desktop, try " + attempt + ")";
            var go = new CountDownLatch(1);
            HttpResponse<String> a, b;
            try (ExecutorService two = Executors.newFixedThreadPool(2)) {
                Future<HttpResponse<String>> fa = two.submit(() -> {
                    go.await();
                    return onA.send("edit", "PUT", "/api/v1/plans/" + id, Morning.planBody("CP", textA), Map.of("If-Match", etag));
                });
                Future<HttpResponse<String>> fb = two.submit(() -> {
                    go.await();
                    return onB.send("edit", "PUT", "/api/v1/plans/" + id, Morning.planBody("CP", textB), Map.of("If-Match", etag));
                });
                go.countDown();
                a = fa.get();
                b = fb.get();
            }
            String stored = Client.JSON.readTree(onA.get("plan", "/api/v1/plans/" + id).body())
                    .path("outcomes").get(0).path("description").asString();
            outcomes.add(a.statusCode() + "/" + b.statusCode());
            // The loser is told 412 however it lost (decision 0010), with its own text handed back in "submitted".
            assertThat(List.of(a.statusCode(), b.statusCode())).as(a.body() + b.body()).containsExactlyInAnyOrder(200, 412);
            HttpResponse<String> loser = a.statusCode() == 412 ? a : b;
            assertThat(Client.JSON.readTree(loser.body()).path("submitted").path("outcomes").get(0)
                    .path("description").asString()).isEqualTo(a.statusCode() == 412 ? textA : textB);
            assertThat(stored).isEqualTo(a.statusCode() == 200 ? textA : textB);
        }
        line("");
        line("Two saves of the same plan version, one through each node at the same instant, 10 times (node a/node b): "
                + outcomes + "; each time one 200 and one 412 that hands the loser's text back, and the plan holds the "
                + "winner's text.");
    }

    /**
     * While a manager on one node approves a submitted plan, its author on the other node empties the contingency
     * (a gap). Whichever lands first, no plan is approved with a gap.
     */
    private void noApprovalOfAPlanWithGaps(TwoNodes nodes, LoadCouncil council) throws Exception {
        Map<String, Integer> outcomes = new java.util.TreeMap<>();
        List<LoadCouncil.Person> workers = council.withRole("SOCIAL_WORKER");
        for (int attempt = 0; attempt < 10; attempt++) {
            LoadCouncil.Person worker = workers.get(attempt % workers.size());
            LoadCouncil.Person manager = council.withRole("TEAM_MANAGER").stream()
                    .filter(m -> m.teamId() == worker.teamId()).findFirst().orElseThrow();
            UUID child = worker.children().get(11 - attempt / workers.size());
            var author = new Client(nodes.nodeUrls.get("a"), new Steps());
            var approver = new Client(nodes.nodeUrls.get("b"), new Steps());
            LoadCouncil.check(author.login(worker.username(), LoadCouncil.PASSWORD), "author signs in on a");
            LoadCouncil.check(approver.login(manager.username(), LoadCouncil.PASSWORD), "manager signs in on b");
            HttpResponse<String> created = author.send("plan", "POST", "/api/v1/children/" + child + "/plans",
                    Morning.planBody("CLA", "Settled in a long-term foster home"), Map.of());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = Client.JSON.readTree(created.body()).path("id").asString();
            HttpResponse<String> submitted = author.send("submit", "POST", "/api/v1/plans/" + id + "/submit", Map.of(),
                    Map.of("If-Match", created.headers().firstValue("ETag").orElseThrow()));
            assertThat(submitted.statusCode()).isEqualTo(200);
            String etag = submitted.headers().firstValue("ETag").orElseThrow();
            var withGap = new java.util.HashMap<>(Morning.planBody("CLA", "Settled in a long-term foster home"));
            withGap.put("contingency", "");
            var go = new CountDownLatch(1);
            HttpResponse<String> edit, approve;
            try (ExecutorService two = Executors.newFixedThreadPool(2)) {
                Future<HttpResponse<String>> fe = two.submit(() -> {
                    go.await();
                    return author.send("edit", "PUT", "/api/v1/plans/" + id, withGap, Map.of("If-Match", etag));
                });
                Future<HttpResponse<String>> fa = two.submit(() -> {
                    go.await();
                    return approver.send("approve", "POST", "/api/v1/plans/" + id + "/approve",
                            Map.of("rationale", "Placement is stable and the plan is whole"), Map.of());
                });
                go.countDown();
                edit = fe.get();
                approve = fa.get();
            }
            outcomes.merge("edit " + edit.statusCode() + ", approve " + approve.statusCode(), 1, Integer::sum);
            for (JsonNode version : Client.JSON.readTree(author.get("plans", "/api/v1/children/" + child + "/plans").body())) {
                JsonNode detail = Client.JSON.readTree(author.get("plan", "/api/v1/plans/" + version.path("id").asString()).body());
                if (detail.path("status").asString().equals("APPROVED")) {
                    assertThat(detail.path("gaps").size()).as("an approved plan has no gap").isZero();
                    assertThat(detail.path("contingency").asString()).isNotBlank();
                }
            }
            assertThat(edit.statusCode() == 200 && approve.statusCode() == 200
                    && !edit.headers().firstValue("Location").isPresent()).as("both cannot win on one version").isFalse();
        }
        line("");
        line("A manager approves (node b) while the author empties the contingency (node a), at the same instant, 10 "
                + "times: " + outcomes + ". No approved version has a gap (each checked through the API).");
    }

    private void everythingAcknowledgedIsThere(Queue<UUID> saved, Queue<UUID> approved) throws SQLException {
        long missing = 0;
        for (UUID id : saved) {
            if (count("select count(*) from missing_episode where id = '" + id + "'") != 1) {
                missing++;
            }
        }
        long notApproved = 0;
        for (UUID id : approved) {
            if (count("select count(*) from plan_version where id = '" + id + "' and status in ('APPROVED', 'SUPERSEDED')") != 1) {
                notApproved++;
            }
        }
        line(String.format("Saves acknowledged over both mornings: %d missing episodes, of which in the database exactly "
                        + "once: %d, lost: %d; %d plan approvals, of which lost: %d.",
                saved.size(), saved.size() - missing, missing, approved.size(), notApproved));
        assertThat(missing).isZero();
        assertThat(notApproved).isZero();
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

package org.waypoint.scale;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waypoint.e2e.Browser;

/**
 * Heap per signed-in Vaadin session on one node: the live heap (after a full collection) with no sessions, then with
 * {@code bench.sessions} (200) people signed in and their caseload open, divided; then the same with a few real
 * Chromium tabs to check the HTTP-level sessions cost what a browser's do. Prints the classes that grew most.
 * Run with {@code bench/memory.sh}; writes {@code target/bench/memory.md}.
 */
class VaadinMemoryBench {

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 200);
    private static final int BROWSER_TABS = Integer.getInteger("bench.tabs", 20);

    private final StringBuilder report = new StringBuilder();

    @Test
    void heapPerSignedInSession() throws Exception {
        try (TwoNodes nodes = TwoNodes.start(System.getProperty("bench.nodeOptions", "-Xmx768m -XX:+UseG1GC"))) {
            LoadCouncil council = LoadCouncil.create(nodes.url, 1, 2, 6, 12);
            List<LoadCouncil.Person> practitioners = council.withRole("SOCIAL_WORKER");
            String nodeA = nodes.nodeUrls.get("a");
            long pid = nodes.pid("a");

            // Warm up (classes, caches, pools) with sessions that are then signed out, so the baseline has none.
            var steps = new Steps();
            List<Client> warm = open(nodeA, practitioners, 20, steps);
            for (Client client : warm) {
                client.logout();
            }
            Heap none = Heap.of(pid);
            List<Client> open = open(nodeA, practitioners, SESSIONS, steps);
            Heap many = Heap.of(pid);
            long perSession = (many.totalBytes() - none.totalBytes()) / SESSIONS;
            line(String.format("Live heap on node a (load %s): %,d bytes with no session, %,d bytes with %d sessions "
                            + "(each signed in with My caseload open, 12 children): **%,d bytes (%.0f KB) per session**.",
                    MorningBench.loadAverage(), none.totalBytes(), many.totalBytes(), SESSIONS, perSession,
                    perSession / 1024.0));
            line("");
            line("What grew, per session (top 15 classes):");
            line("");
            line(many.growthTable(none, SESSIONS, 15));
            for (Client client : open) {
                client.logout();
            }

            try (Browser browser = new Browser()) {
                // One tab first, closed again: the first browser makes the node load and keep the front-end bundle
                // (a few MB, once per node), which would otherwise be counted against the few tabs measured.
                try (BrowserContext warmTab = browser.tablet(Browser.LANDSCAPE)) {
                    openCaseload(warmTab.newPage(), nodeA, practitioners.getFirst());
                }
                Heap beforeTabs = Heap.of(pid);
                List<BrowserContext> tabs = new ArrayList<>();
                for (int i = 0; i < BROWSER_TABS; i++) {
                    LoadCouncil.Person person = practitioners.get(i % practitioners.size());
                    BrowserContext context = browser.tablet(Browser.LANDSCAPE);
                    openCaseload(context.newPage(), nodeA, person);
                    tabs.add(context);
                }
                Heap withTabs = Heap.of(pid);
                long perTab = (withTabs.totalBytes() - beforeTabs.totalBytes()) / BROWSER_TABS;
                line(String.format("Cross-check with %d real Chromium tabs (signed in, My caseload open): %,d bytes "
                        + "(%.0f KB) per session.", BROWSER_TABS, perTab, perTab / 1024.0));
                line("");
                line(withTabs.growthTable(beforeTabs, BROWSER_TABS, 10));
                tabs.forEach(BrowserContext::close);
            }
        } finally {
            Path out = Path.of("target", "bench", "memory.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println("\n" + report);
        }
    }

    private static void openCaseload(Page page, String nodeUrl, LoadCouncil.Person person) {
        Browser.signIn(page, nodeUrl, person.username(), LoadCouncil.PASSWORD);
        page.navigate(nodeUrl + "/caseload");
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My caseload")).waitFor();
    }

    private static List<Client> open(String url, List<LoadCouncil.Person> people, int count, Steps steps) {
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var client = new Client(url, steps);
            LoadCouncil.check(client.login(people.get(i % people.size()).username(), LoadCouncil.PASSWORD), "signs in");
            client.openView("open My caseload (Vaadin)", "caseload");
            clients.add(client);
        }
        return clients;
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }
}

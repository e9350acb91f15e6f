package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A personal adviser on a tablet held upright with no signal: writes a pathway plan section and records a return
 * interview, reloads and still sees them, gets a signal back; each reaches the server exactly once. And when someone
 * changed the pathway plan meanwhile, the offline edit is kept beside the newer version, not written over it.
 */
class OfflineE2E {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Taking a caseload away or syncing it is several requests; a busy 2-core build machine needs the time. */
    private static final LocatorAssertions.HasTextOptions SERVER_ROUND_TRIP = new LocatorAssertions.HasTextOptions().setTimeout(30_000);
    static RunningApp app;
    static Browser browser;

    @BeforeAll
    static void start() {
        app = RunningApp.get();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void workDoneWithNoSignalArrivesOnceAndSigningOutClearsTheTablet() throws Exception {
        JsonNode youngPerson = youngPersonWithEditablePathwayPlan();
        String[] childAndEpisode = returnedChildOfPa();
        String needs = "Registered with a GP near the flat, offline " + UUID.randomUUID();
        String words = "I stayed at my cousin's, offline " + UUID.randomUUID();
        String reporter = "Foster carer, offline " + UUID.randomUUID();
        try (BrowserContext context = browser.tablet(Browser.PORTRAIT)) {
            Page page = openOffline(context);
            assertThat(page.locator(".offline-signal")).hasText("Online", SERVER_ROUND_TRIP);

            context.setOffline(true);
            openChild(page, youngPerson.get("name").asString());
            Locator health = matter(page, "Health");
            health.locator("summary").click();
            health.getByLabel("Needs").fill(needs);
            health.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save health on this tablet")).click();
            assertThat(page.locator(".waiting")).hasText("1 change waiting");
            assertThat(page.locator(".offline-signal")).containsText("Offline");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back to the children on this tablet")).click();
            openChild(page, childAndEpisode[2]);
            Locator report = page.locator("details.matter:has(> summary:text-is('Report a missing episode'))");
            report.locator("summary").click();
            report.getByLabel("When they went missing").fill(minutesAgo(page, 3000));
            report.getByLabel("When they came back").fill(minutesAgo(page, 2900));
            report.getByLabel("Who reported it").fill(reporter);
            report.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save missing episode on this tablet")).click();
            assertThat(page.locator(".waiting")).hasText("2 changes waiting");

            Locator form = page.locator("form[data-episode='" + childAndEpisode[1] + "']");
            String halfAnHourAgo = minutesAgo(page, 30);
            form.getByLabel("When it was offered").fill(halfAnHourAgo);
            form.getByLabel("When it was held").fill(halfAnHourAgo);
            form.getByLabel("Who held it (from another organisation)").fill("Safe Steps return worker");
            form.getByLabel("Where they were").fill("At a cousin's flat");
            form.getByLabel("In the child's own words").fill(words);
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save return interview")).click();
            assertThat(page.locator(".waiting")).hasText("3 changes waiting");
            Browser.screenshot(page, "offline-768x1024");

            // Closed and opened again with no signal: the work is still there.
            page.reload();
            assertThat(page.locator(".waiting")).hasText("3 changes waiting");
            assertThat(page.locator(".outbox")).containsText("Missing episode for " + childAndEpisode[2]);
            assertThat(page.locator(".outbox")).containsText("Pathway plan for " + youngPerson.get("name").asString() + ": Health");
            assertThat(page.locator(".outbox")).containsText("Return interview for " + childAndEpisode[2]);

            context.setOffline(false);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sync now")).click();
            assertThat(page.locator(".waiting")).hasText("0 changes waiting", SERVER_ROUND_TRIP);
            assertThat(page.locator(".notice")).hasCount(0);

            // Signing out clears what the tablet kept.
            assertThat(page.evaluate(COUNT_KEPT_CHILDREN)).isNotEqualTo(0);
            page.navigate(app.url("/"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click(); // the drawer, upright
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            page.waitForURL("**/login**");
            assertThat(page.evaluate(COUNT_KEPT_CHILDREN)).isEqualTo(0);
        }
        String pathway = api("GET", "/api/v1/pathway-plans/" + youngPerson.get("pathway").get("id").asString(), null).body();
        assertThat(occurrences(pathway, needs)).as("the section on the server").isEqualTo(1);
        String episodes = api("GET", "/api/v1/children/" + childAndEpisode[0] + "/missing-episodes", null).body();
        assertThat(occurrences(episodes, words)).as("the interview on the server").isEqualTo(1);
        assertThat(occurrences(episodes, reporter)).as("the episode reported offline").isEqualTo(1);
    }

    @Test
    void anEditOfAPlanChangedOnTheServerMeanwhileIsKeptBesideItNotOverIt() throws Exception {
        JsonNode youngPerson = youngPersonWithEditablePathwayPlan();
        JsonNode pathway = youngPerson.get("pathway");
        String offline = "Wants help opening a bank account, offline " + UUID.randomUUID();
        String server = "Opened a bank account with the PA, at the office " + UUID.randomUUID();
        try (BrowserContext context = browser.tablet(Browser.PORTRAIT)) {
            Page page = openOffline(context);
            context.setOffline(true);
            openChild(page, youngPerson.get("name").asString());
            Locator money = matter(page, "Money");
            money.locator("summary").click();
            money.getByLabel("Needs").fill(offline);
            money.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save money on this tablet")).click();
            assertThat(page.locator(".waiting")).hasText("1 change waiting");

            // Meanwhile, at the office, the same section changes on the server.
            HttpResponse<String> changed = api("POST", "/api/v1/sync", """
                    {"deviceId":"office-desk","mutations":[{"mutationId":"%s","type":"PATHWAY_SECTION","entityId":"%s",
                    "baseVersion":%d,"payload":{"matter":"FINANCIAL_SUPPORT","section":{"needs":"%s"}}}]}"""
                    .formatted(UUID.randomUUID(), pathway.get("id").asString(), pathway.get("version").asLong(), server));
            assertThat(changed.body()).contains("\"status\":\"applied\"");

            context.setOffline(false);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sync now")).click();
            assertThat(page.locator(".waiting")).hasText("0 changes waiting", SERVER_ROUND_TRIP);
            assertThat(page.locator(".notice.conflict")).containsText("someone changed it on the server");
            Browser.screenshot(page, "offline-conflict-768x1024");

            // Both versions side by side, to choose.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare on \"Offline changes to check\"")).click();
            Locator row = page.locator(".conflict-card tr", new Page.LocatorOptions().setHasText(offline));
            assertThat(row).containsText(server);
            assertThat(row).containsText("Needs");
        }
        String onServer = api("GET", "/api/v1/pathway-plans/" + pathway.get("id").asString(), null).body();
        assertThat(onServer).contains(server).doesNotContain(offline);
    }

    private static final String COUNT_KEPT_CHILDREN = """
            () => new Promise((resolve) => {
              const open = indexedDB.open('waypoint-offline');
              open.onsuccess = () => {
                const db = open.result;
                if (!db.objectStoreNames.contains('children')) { db.close(); resolve(0); return; }
                const count = db.transaction('children').objectStore('children').count();
                count.onsuccess = () => { db.close(); resolve(count.result); };
              };
            })""";

    /** Signs in as pa and opens the offline screen once the service worker controls it, so it opens with no signal. */
    private static Page openOffline(BrowserContext context) {
        Page page = context.newPage();
        Browser.signIn(page, app, "pa", "demo");
        page.navigate(app.url("/offline"));
        page.waitForFunction("navigator.serviceWorker.ready.then(() => true)");
        page.reload();
        page.waitForFunction("navigator.serviceWorker.controller !== null");
        assertThat(page.locator(".offline-signal")).hasText("Online", SERVER_ROUND_TRIP);
        return page;
    }

    /** A datetime-local value, in the tablet's time, for some minutes ago. */
    private static String minutesAgo(Page page, int minutes) {
        return (String) page.evaluate("m => { const d = new Date(Date.now() - m * 60000);"
                + " return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16); }", minutes);
    }

    private static Locator matter(Page page, String title) {
        return page.locator("details.matter:has(> summary:text-is('" + title + "'))");
    }

    private static void openChild(Page page, String name) {
        page.locator(".child-link", new Page.LocatorOptions().setHasText(name)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(2))).isVisible();
    }

    /** A young person of pa's with a pathway plan that can still be written to, as the device would take it. */
    private static JsonNode youngPersonWithEditablePathwayPlan() throws IOException, InterruptedException {
        JsonNode pack = JSON.readTree(api("GET", "/api/v1/offline/pack", null).body());
        for (JsonNode child : pack.get("children")) {
            JsonNode pathway = child.get("pathway");
            if (pathway != null && !pathway.isNull() && pathway.get("editable").asBoolean()) {
                return child;
            }
        }
        throw new IllegalStateException("pa has no young person with a pathway plan in draft");
    }

    /** One of pa's young people, just back from an episode recorded here, so an interview is due: id, episode, name. */
    private static String[] returnedChildOfPa() throws IOException, InterruptedException {
        JsonNode pack = JSON.readTree(api("GET", "/api/v1/offline/pack", null).body());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (JsonNode child : pack.get("children")) {
            HttpResponse<String> created = api("POST", "/api/v1/children/" + child.get("id").asString() + "/missing-episodes", """
                    {"missingFrom":"%s","returnedAt":"%s","reportedToPolice":false}"""
                    .formatted(now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1))));
            if (created.statusCode() == 201) {
                Matcher id = Pattern.compile("^\\{\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
                assertThat(id.find()).isTrue();
                return new String[] {child.get("id").asString(), id.group(1), child.get("name").asString()};
            }
        }
        throw new IllegalStateException("pa has no young person who could have gone missing");
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static HttpResponse<String> api(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("pa:demo".getBytes(StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}

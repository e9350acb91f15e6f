package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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

/**
 * A personal adviser on a tablet held upright with no signal: records a return interview, reloads and still sees
 * it, then gets a signal back; the interview reaches the server exactly once.
 */
class OfflineE2E {

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
    void aReturnInterviewRecordedOfflineArrivesOnceWhenTheSignalIsBack() throws Exception {
        String[] childAndEpisode = returnedChildOfPa();
        String child = childAndEpisode[0];
        String episode = childAndEpisode[1];
        String words = "I stayed at my cousin's, offline test " + UUID.randomUUID();
        try (BrowserContext context = browser.tablet(Browser.PORTRAIT)) {
            Page page = context.newPage();
            Browser.signIn(page, app, "pa", "demo");
            page.navigate(app.url("/offline"));
            page.waitForFunction("navigator.serviceWorker.ready.then(() => true)");
            page.reload();
            page.waitForFunction("navigator.serviceWorker.controller !== null");
            Locator form = page.locator("form[data-episode='" + episode + "']");
            assertThat(form).isVisible();

            context.setOffline(true);
            form.getByLabel("Interviewer (from another organisation)").fill("Safe Steps return worker");
            form.getByLabel("Where they were").fill("At a cousin's flat");
            form.getByLabel("In the child's own words").fill(words);
            form.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Save return interview")).click();
            assertThat(page.locator(".waiting")).hasText("1 change waiting");
            Browser.screenshot(page, "offline-768x1024");

            page.reload();
            assertThat(page.locator(".waiting")).hasText("1 change waiting");
            assertThat(page.locator(".outbox")).containsText("Return interview for");

            context.setOffline(false);
            // The page served offline carries the sign-in's old CSRF token; opening it again online syncs on start.
            page.reload();
            assertThat(page.locator(".waiting")).hasText("0 changes waiting");
        }
        String episodes = api("GET", "/api/v1/children/" + child + "/missing-episodes", null).body();
        assertThat(episodes.split(Pattern.quote(words), -1).length - 1).as("the interview on the server").isEqualTo(1);
    }

    /** One of pa's young people, just back from an episode recorded here, so an interview is due. */
    private static String[] returnedChildOfPa() throws IOException, InterruptedException {
        Matcher children = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(api("GET", "/api/v1/children?size=100", null).body());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        while (children.find()) {
            HttpResponse<String> created = api("POST", "/api/v1/children/" + children.group(1) + "/missing-episodes", """
                    {"missingFrom":"%s","returnedAt":"%s","reportedToPolice":false}"""
                    .formatted(now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1))));
            if (created.statusCode() == 201) {
                Matcher id = Pattern.compile("^\\{\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
                assertThat(id.find()).isTrue();
                return new String[] {children.group(1), id.group(1)};
            }
        }
        throw new IllegalStateException("pa has no young person who could have gone missing");
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

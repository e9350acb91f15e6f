package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waypoint.pathway.Matter;

/**
 * A personal adviser and a young person fill in the pathway plan together on a tablet held upright (768×1024), all
 * ten matters in the young person's words, and send it; the team manager approves it.
 */
class PathwayE2E {

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
    void anAdviserWalksTheTenMattersWithTheYoungPersonAndTheManagerApproves() throws Exception {
        String planId;
        try (BrowserContext context = browser.tablet(Browser.PORTRAIT)) {
            Page page = context.newPage();
            Browser.signIn(page, app, "pa", "demo");
            openYoungPersonWithoutAPlan(page);
            page.getByText("Start the pathway plan together").click();
            page.waitForURL("**/pathway/**");
            for (Matter matter : Matter.values()) {
                assertThat(page.getByText("Step " + (matter.ordinal() + 1) + " of 10")).isVisible();
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(matter.label())
                        .setExact(true))).isVisible();
                page.getByLabel("In your own words").fill("In my words: " + matter.hint().toLowerCase());
                page.getByLabel("What you need").fill("Help with " + matter.label().toLowerCase());
                if (matter == Matter.ACCOMMODATION) {
                    page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Yes")).click();
                    page.getByLabel("Why?").fill("I feel safe, and it is ten minutes from college");
                    Browser.screenshot(page, "pathway-accommodation-768x1024");
                }
                button(page, "Save and continue").click();
            }
            assertThat(page.getByText("Everything your manager needs is here.")).isVisible();
            String href = page.getByText("Printable summary to keep").getAttribute("href");
            Matcher id = Pattern.compile("pathway-plans/([0-9a-f-]{36})").matcher(href);
            org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
            planId = id.group(1);
            Browser.screenshot(page, "pathway-check-768x1024");
            button(page, "Send to the manager").click();
            assertThat(page.getByText("Waiting for approval", new Page.GetByTextOptions().setExact(false))).isVisible();
        }
        try (BrowserContext context = browser.tablet(Browser.PORTRAIT)) {
            Page page = context.newPage();
            Browser.signIn(page, app, "tm2", "demo");
            page.navigate(app.url("/pathway-plans/waiting"));
            assertThat(page.locator("a[href$='pathway-plans/" + planId + "/review']")).isVisible();
            page.locator("a[href$='pathway-plans/" + planId + "/review']").click();
            page.waitForURL("**/review");
            Locator approve = button(page, "Approve");
            assertThat(approve).isDisabled();
            page.getByLabel("Your rationale").fill("Every matter is in her own words; the plan is hers.");
            assertThat(approve).isEnabled();
            Browser.screenshot(page, "pathway-review-768x1024");
            approve.click();
            assertThat(page.getByText(Pattern.compile("^Approved by "))).isVisible();
        }
    }

    /** The youngest of pa's young people whose record offers to start a pathway plan. */
    private static void openYoungPersonWithoutAPlan(Page page) throws IOException, InterruptedException {
        Matcher children = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"[^}]*\"dateOfBirth\":\"([0-9-]{10})\"")
                .matcher(get("/api/v1/children?size=100"));
        List<String[]> found = new ArrayList<>();
        while (children.find()) {
            found.add(new String[] {children.group(1), children.group(2)});
        }
        found.sort(Comparator.comparing((String[] c) -> c[1]).reversed());
        for (String[] child : found) {
            page.navigate(app.url("/children/" + child[0]));
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Pathway plan")).waitFor();
            if (page.getByText("Start the pathway plan together").count() > 0) {
                return;
            }
        }
        throw new IllegalStateException("The demo gives pa no young person without a pathway plan");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static String get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(app.url(path))).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("pa:demo".getBytes(StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The approval gate end to end on a tablet held sideways (1024×768): sw writes a plan with one undated action and
 * submits it; tm sees approve disabled with the reason; sw dates the action and submits again; tm approves with a
 * rationale.
 */
class PlansE2E {

    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/yyyy");
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
    void aPlanWithAnUndatedActionIsNotApprovedUntilTheActionIsDated() throws Exception {
        String child = swChildWithoutPlan();
        String planPath;
        try (BrowserContext context = browser.tablet(Browser.LANDSCAPE)) {
            Page page = context.newPage();
            Browser.signIn(page, app, "sw", "demo");
            page.navigate(app.url("/children/" + child));
            button(page, "Start a plan").click();
            page.waitForURL("**/new-plan");
            page.getByLabel("Kind of plan").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Child in need plan")).click();
            text(page, "Outcome 1").fill("Goes to school every day and is on time");
            text(page, "Action 1").fill("Walk to school with mum each morning");
            Locator owner = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Owner"));
            owner.fill("Mum");
            owner.press("Enter");
            page.getByLabel("What happens if the plan does not work, or the child is not safe?")
                    .fill("If mornings do not improve in four weeks, a meeting at school with mum and the head of year.");
            page.getByLabel("The child's views and wishes, in their words").fill("I want to get there before the bell.");
            assertThat(page.getByText(Pattern.compile("^Draft saved"))).isVisible();
            assertThat(page.getByText("Action 1 has no due date")).isVisible();
            Browser.screenshot(page, "plan-editor-sw-1024x768");
            button(page, "Submit for approval").click();
            page.waitForURL(Pattern.compile(".*/plans/[0-9a-f-]{36}$"));
            planPath = URI.create(page.url()).getPath();
            assertThat(page.getByText("Waiting for approval").first()).isVisible();
        }

        try (BrowserContext context = browser.tablet(Browser.LANDSCAPE)) {
            Page page = context.newPage();
            Browser.signIn(page, app, "tm", "demo");
            page.navigate(app.url("/plans/approvals"));
            page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("1 gap")).first()
                    .scrollIntoViewIfNeeded();
            page.navigate(app.url(planPath + "/approval"));
            assertThat(button(page, "Approve the plan")).isDisabled();
            assertThat(button(page, "Action 1 has no due date")).isVisible();
            button(page, "Action 1 has no due date").click();
            assertThat(page.locator("#plan-action-0")).isInViewport();
            Browser.screenshot(page, "plan-approval-refused-tm-1024x768");
        }

        try (BrowserContext context = browser.tablet(Browser.LANDSCAPE)) {
            Page page = context.newPage();
            Browser.signIn(page, app, "sw", "demo");
            page.navigate(app.url(planPath));
            button(page, "Edit the plan").click();
            page.waitForURL("**/edit");
            Locator due = page.getByLabel("Due date");
            due.fill(LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(2).format(TYPED));
            due.press("Enter");
            assertThat(page.getByText("Ready for approval", new Page.GetByTextOptions().setExact(false))).isVisible();
            button(page, "Submit for approval").click();
            page.waitForURL(Pattern.compile(".*/plans/[0-9a-f-]{36}$"));
        }

        try (BrowserContext context = browser.tablet(Browser.LANDSCAPE)) {
            Page page = context.newPage();
            Browser.signIn(page, app, "tm", "demo");
            page.navigate(app.url(planPath + "/approval"));
            assertThat(button(page, "Approve the plan")).isEnabled();
            page.getByLabel("Rationale for your decision")
                    .fill("Each action has an owner and a date; the contingency is realistic for this family.");
            button(page, "Approve the plan").click();
            page.waitForURL("**/plans/approvals");
            page.navigate(app.url(planPath));
            assertThat(page.getByText("Approved by Tessa Morgan", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            Browser.screenshot(page, "plan-approved-1024x768");
        }
        org.assertj.core.api.Assertions.assertThat(get(planPath.replace("/plans/", "/api/v1/plans/"), "tm"))
                .contains("\"status\":\"APPROVED\"");
    }

    private static Locator text(Page page, String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    /** One of sw's children with no plan yet, found through the API as sw. */
    private static String swChildWithoutPlan() throws IOException, InterruptedException {
        Matcher children = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"[^}]*\"category\":\"(CIN|CP|CLA)\"")
                .matcher(get("/api/v1/children?size=100", "sw"));
        while (children.find()) {
            if (get("/api/v1/children/" + children.group(1) + "/plans", "sw").equals("[]")) {
                return children.group(1);
            }
        }
        throw new IllegalStateException("The demo gives sw no child without a plan");
    }

    private static String get(String path, String user) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(app.url(path))).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}

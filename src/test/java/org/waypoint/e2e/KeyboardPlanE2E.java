package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A social worker who cannot use a pointer writes a whole plan with the keyboard alone (WCAG 2.1.1): after signing in,
 * only Tab, Shift+Tab, Enter, arrow keys and typing; no clicks. From the child's record they start a plan, choose its
 * kind, write an outcome and two actions (one owner picked from the staff list, one typed), date them, write the
 * contingency and the child's views, and submit it. Each step checks where the focus is, so a control that cannot be
 * reached, or a save that throws the focus away, fails the test.
 */
class KeyboardPlanE2E {

    /** How far a Tab search may go before the control counts as unreachable. */
    private static final int MAX_TABS = 100;

    /**
     * The focused control's accessible name as a user hears it: the field's label, the button's or link's text, or
     * the highlighted option. Follows focus into shadow roots.
     */
    private static final String FOCUSED = """
            () => {
              let el = document.activeElement;
              while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
              if (!el || el === document.body) return '';
              const host = el.closest('vaadin-select-item, vaadin-combo-box-item, vaadin-text-area, vaadin-text-field,'
                + ' vaadin-combo-box, vaadin-date-picker, vaadin-select, vaadin-button, a');
              if (!host) return el.tagName;
              return (host.label || host.getAttribute('aria-label') || host.textContent || '').trim();
            }""";

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
    void aPlanIsWrittenAndSubmittedWithTheKeyboardAlone() throws Exception {
        String child = swChildWithoutPlan();
        String due = LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(3).format(PlansE2E.TYPED);
        String planPath;
        try (BrowserContext context = browser.tablet(Browser.LANDSCAPE)) {
            Page page = context.newPage();
            Browser.signIn(page, app, "sw", "demo");
            page.navigate(app.url("/children/" + child));
            assertThat(page.getByText("Chronology").first()).isVisible();

            tabTo(page, "Start a plan").press("Enter");
            page.waitForURL("**/new-plan");

            tabTo(page, "Kind of plan").press("Enter");
            chooseOption(page, "Child in need plan");
            expectFocus(page, "Kind of plan"); // still here once chosen and the draft is created
            // The draft's creation enables the fields after it: let the server's answer land, then go on by Tab.
            page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients)"
                    + ".every(c => !c.isActive || !c.isActive())");

            tabTo(page, "Outcome 1");
            page.keyboard().type("Goes to school every day and is on time");

            tabTo(page, "Action 1").type("Walk to school with mum each morning");
            tab(page);
            expectFocus(page, "Owner");
            page.keyboard().type("Sam Walker");
            page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Sam Walker")).first()
                    .waitFor();
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");
            tab(page);
            expectFocus(page, "Due date");
            // Back one and forward again: the order also works in reverse.
            page.keyboard().press("Shift+Tab");
            expectFocus(page, "Owner");
            tab(page);
            page.keyboard().type(due);
            page.keyboard().press("Enter");

            tabTo(page, "Add an action").press("Enter");
            expectFocus(page, "Action 2"); // the new action takes the focus
            page.keyboard().type("Book a dental check-up");
            tab(page);
            page.keyboard().type("Mum");
            page.keyboard().press("Enter");
            tab(page);
            expectFocus(page, "Due date");
            page.keyboard().type(due);
            page.keyboard().press("Enter");

            tabTo(page, "What happens if the plan does not work, or the child is not safe?")
                    .type("If mornings do not improve in four weeks, a meeting at school with mum and the head of year.");
            tabTo(page, "The child's views and wishes, in their words").type("I want to get there before the bell.");
            tab(page);

            assertThat(page.getByText(Pattern.compile("^Draft saved"))).isVisible();
            assertThat(page.getByText("Ready for approval", new Page.GetByTextOptions().setExact(false))).isVisible();
            tabTo(page, "Submit for approval").press("Enter");
            page.waitForURL(Pattern.compile(".*/plans/[0-9a-f-]{36}$"));
            planPath = URI.create(page.url()).getPath();
            assertThat(page.getByText("Waiting for approval").first()).isVisible();
        }

        String plan = get(planPath.replace("/plans/", "/api/v1/plans/"));
        assertThat(plan).contains("\"status\":\"SUBMITTED\"", "\"owner\":\"Sam Walker\"", "\"owner\":\"Mum\"",
                "Book a dental check-up", "\"gaps\":[]");
        assertThat(count(plan, "\"dueDate\":\"" + LocalDate.parse(due, PlansE2E.TYPED) + "\"")).isEqualTo(2);
    }

    private static void tab(Page page) {
        page.keyboard().press("Tab");
    }

    /** Waits (the server may be answering the key press) until the control named {@code name} has the focus. */
    private static void expectFocus(Page page, String name) {
        long until = System.currentTimeMillis() + 5_000;
        String now = focused(page);
        while (!now.equals(name) && System.currentTimeMillis() < until) {
            page.waitForTimeout(100);
            now = focused(page);
        }
        assertThat(now).as("the focus").isEqualTo(name);
    }

    private static String focused(Page page) {
        return String.valueOf(page.evaluate(FOCUSED));
    }

    /** Presses Tab until the control named {@code name} has the focus; fails if it cannot be reached. */
    private static com.microsoft.playwright.Keyboard tabTo(Page page, String name) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            tab(page);
            String now = focused(page);
            if (now.equals(name)) {
                return page.keyboard();
            }
            passed.add(now);
        }
        throw new AssertionError("\"" + name + "\" was not reached with Tab; the focus went through " + passed);
    }

    /** In an open list, moves down with the arrow key to the option and chooses it with Enter. */
    private static void chooseOption(Page page, String option) {
        for (int i = 0; i < 10; i++) {
            if (focused(page).equals(option)) {
                page.keyboard().press("Enter");
                return;
            }
            page.keyboard().press("ArrowDown");
        }
        throw new AssertionError("The option \"" + option + "\" was not reached with the arrow keys");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** One of sw's children with no plan yet, found through the API as sw. */
    private static String swChildWithoutPlan() throws IOException, InterruptedException {
        Matcher children = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"[^}]*\"category\":\"(CIN|CP|CLA)\"")
                .matcher(get("/api/v1/children?size=100"));
        List<String> candidates = new ArrayList<>();
        while (children.find()) {
            candidates.add(children.group(1));
        }
        // From the end of the list: PlansE2E takes the first such child.
        for (String id : candidates.reversed()) {
            if (get("/api/v1/children/" + id + "/plans").equals("[]")) {
                return id;
            }
        }
        throw new IllegalStateException("The demo gives sw no child without a plan");
    }

    private static String get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(app.url(path))).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("sw:demo".getBytes(StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}

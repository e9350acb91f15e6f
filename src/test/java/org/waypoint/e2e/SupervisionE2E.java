package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Tessa Morgan records a supervision session with Sam Walker on a tablet, with one case discussion; the child's
 * record then shows the decision as management oversight, and Sam acknowledges the record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionE2E {

    static RunningApp app;
    static Browser browser;
    static final String DECISION = "Convene a core group within 10 working days and seek legal advice.";
    static final String RATIONALE = "Two further police call-outs: the risk is rising and the plan is not reducing it.";

    @BeforeAll
    static void start() {
        // Two CPU cores are shared by several builds: give a busy server time to answer.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        app = RunningApp.get();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    @Order(1)
    void aManagerRecordsSupervisionAndTheChildsRecordShowsTheDecision() {
        try (BrowserContext context = browser.tablet(Browser.LANDSCAPE)) {
            Page page = context.newPage();
            Browser.signIn(page, app, "tm", "demo");
            page.navigate(app.url("/supervision"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Supervision: Social Work North")))
                    .isVisible();
            assertThat(page.getByText("Overdue by").first()).isVisible();
            Browser.screenshot(page, "supervision-team-1024x768");
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Supervision records")).scrollIntoViewIfNeeded();
            Browser.screenshot(page, "supervision-team-records-1024x768");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record supervision with Sam Walker")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName("Record supervision with Sam Walker"))).isVisible();
            Browser.screenshot(page, "supervision-editor-empty-1024x768");
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Case discussions")).scrollIntoViewIfNeeded();
            Browser.screenshot(page, "supervision-editor-children-1024x768");

            page.getByLabel("Reflective discussion").fill("Reflected on the visit where the father was hostile: "
                    + "how worry about his reaction shaped the conversation, and how to keep the child's voice central.");
            page.getByLabel("Wellbeing").fill("Tired after two late finishes; time back agreed for Friday.");
            page.getByLabel("Workload and caseload").fill("15 cases, within the team's safe level.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add an action").setExact(true)).click();
            page.getByLabel("Action", new Page.GetByLabelOptions().setExact(true)).fill("Book protected recording time");
            Locator owner = page.getByLabel("Owner", new Page.GetByLabelOptions().setExact(true));
            owner.fill("Sam Walker");
            owner.press("Enter");
            Locator due = page.getByLabel("Due by", new Page.GetByLabelOptions().setExact(true));
            due.fill(LocalDate.now().plusDays(7).format(DateTimeFormatter.ofPattern("d/M/yyyy")));
            due.press("Enter");

            Locator discuss = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Discuss "))).first();
            String childName = discuss.getAttribute("aria-label").substring("Discuss ".length());
            discuss.click();
            assertThat(page.locator(".case-discussion h4")).hasText(childName);
            page.getByLabel("What was discussed").fill("Police report two further call-outs this month.");
            page.getByLabel("Management decision").fill(DECISION);
            page.getByLabel("Why", new Page.GetByLabelOptions().setExact(true)).fill(RATIONALE);
            Browser.screenshot(page, "supervision-editor-filled-1024x768");
            page.setViewportSize(Browser.PORTRAIT[0], Browser.PORTRAIT[1]);
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Agreed actions")).scrollIntoViewIfNeeded();
            Browser.screenshot(page, "supervision-editor-actions-768x1024");
            page.setViewportSize(Browser.LANDSCAPE[0], Browser.LANDSCAPE[1]);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save record")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Supervision: Sam Walker, ")))).isVisible();
            assertThat(page.getByText("Awaiting Sam Walker's acknowledgement")).isVisible();
            Browser.screenshot(page, "supervision-record-1024x768");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(childName)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Management oversight")))
                    .isVisible();
            // The decision is on the record's oversight section, and on its chronology as "Decision: ...".
            assertThat(page.getByText(DECISION, new Page.GetByTextOptions().setExact(true))).isVisible();
            assertThat(page.getByText("Decision: " + DECISION)).isVisible();
            assertThat(page.getByText(RATIONALE)).isVisible();
            assertThat(page.getByText(Pattern.compile("Tessa Morgan, in supervision with Sam Walker")).first()).isVisible();
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Management oversight")).scrollIntoViewIfNeeded();
            Browser.screenshot(page, "child-management-oversight-1024x768");
        }
    }

    @Test
    @Order(2)
    void theWorkerReadsAndAcknowledgesTheRecord() {
        try (BrowserContext context = browser.tablet(Browser.PORTRAIT)) {
            Page page = context.newPage();
            Browser.signIn(page, app, "sw", "demo");
            page.navigate(app.url("/my-supervision"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My supervision"))).isVisible();
            Browser.screenshot(page, "my-supervision-768x1024");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName(LocalDate.now().format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)))).first().click();
            assertThat(page.getByText(DECISION)).isVisible();
            page.getByLabel("Your comments").fill("Accurate. I would like to come back to court preparation.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge record")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge").setExact(true)).click();
            assertThat(page.getByText(Pattern.compile("^Acknowledged "))).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Add an addendum"))).isVisible();
            Browser.screenshot(page, "supervision-acknowledged-768x1024");
        }
    }

    @Test
    @Order(3)
    void aHeadOfServiceSeesComplianceWithTheTrend() {
        try (BrowserContext context = browser.tablet(Browser.LANDSCAPE)) {
            Page page = context.newPage();
            Browser.signIn(page, app, "hos", "demo");
            page.navigate(app.url("/supervision/compliance"));
            assertThat(page.getByText("of workers supervised within their interval")).isVisible();
            assertThat(page.locator(".trend-chart svg path").first()).isVisible();
            Browser.screenshot(page, "supervision-compliance-1024x768");
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("By team")).scrollIntoViewIfNeeded();
            Browser.screenshot(page, "supervision-compliance-teams-1024x768");
            page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Workers overdue for supervision"))).scrollIntoViewIfNeeded();
            Browser.screenshot(page, "supervision-compliance-overdue-1024x768");

            page.getByText("Social Work North").first().click();
            assertThat(page.getByText(Pattern.compile("^Social Work North's policy"))).isVisible();
            Browser.screenshot(page, "supervision-compliance-team-1024x768");
        }
    }
}

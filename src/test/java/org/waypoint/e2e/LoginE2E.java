package org.waypoint.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signing in through the real login page of the packaged app, in headless Chromium at tablet size. */
class LoginE2E {

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
    void aSocialWorkerSignsInOnATabletAndLandsOnTheirDay() {
        try (BrowserContext context = browser.tablet(Browser.LANDSCAPE)) {
            Page page = context.newPage();
            Response first = page.navigate(app.url("/login"));
            assertThat(first.headers().get("content-security-policy")).contains("frame-ancestors 'none'");
            assertThat(first.headers().get("x-content-type-options")).isEqualTo("nosniff");
            page.navigate(app.url("/"));
            page.waitForURL("**/login");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
            Browser.screenshot(page, "login-1024x768");

            Browser.signIn(page, app, "sw", "demo");

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My day"))).isVisible();
            page.navigate(app.url("/caseload"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My caseload"))).isVisible();
            assertThat(page.getByText("Sam Walker")).isVisible();
            assertThat(page.locator("vaadin-grid")).isVisible();
            Browser.screenshot(page, "caseload-sw-1024x768");
        }
    }

    @Test
    void aWrongPasswordShowsOneMessageAndStaysOnTheLoginPage() {
        try (BrowserContext context = browser.tablet(Browser.PORTRAIT)) {
            Page page = context.newPage();
            page.navigate(app.url("/login"));
            page.getByLabel("Username").fill("sw");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("not the password");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

            assertThat(page.getByText("Check your username and password")).isVisible();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
            Browser.screenshot(page, "login-error-768x1024");
        }
    }
}

package org.waypoint.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Headless Debian Chromium driven by Playwright, at tablet sizes. One browser per test class; each test gets a
 * fresh context (no shared cookies).
 */
public final class Browser implements AutoCloseable {

    public static final int[] LANDSCAPE = {1024, 768};
    public static final int[] PORTRAIT = {768, 1024};
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        if (!CHROMIUM.toFile().canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's Chromium at " + CHROMIUM
                    + " (apt-get install chromium); .ci/run installs it");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    public BrowserContext tablet(int[] size) {
        BrowserContext context = browser.newContext(new NewContextOptions()
                .setViewportSize(size[0], size[1]).setHasTouch(true).setLocale("en-GB").setTimezoneId("Europe/London"));
        context.setDefaultTimeout(20_000);
        return context;
    }

    /** Signs in through the real login page and waits for the first screen. */
    public static void signIn(Page page, RunningApp app, String username, String password) {
        signIn(page, app.url(""), username, password);
    }

    /** The same against any running Waypoint, e.g. behind a load balancer. */
    public static void signIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

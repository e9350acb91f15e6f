package org.waypoint.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Each demo role signs in on a tablet, landscape (1024×768) and portrait (768×1024), and every main screen is saved
 * as the tablet shows it, into {@code docs/screenshots/all/} (not committed). A curated set of them is committed in
 * {@code docs/screenshots/} and shown in the README.
 */
class ScreenshotsE2E {

    static final List<String> ROLES = MainPages.ROLES;
    static final Path OUT = Path.of("docs", "screenshots", "all");
    static RunningApp app;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApp.get();
        browser = new Browser();
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("ROLES")
    void everyMainScreenOnBothTabletOrientations(String role) {
        for (int[] size : List.of(Browser.LANDSCAPE, Browser.PORTRAIT)) {
            try (BrowserContext context = browser.tablet(size)) {
                Page page = context.newPage();
                if (role.equals("sw")) {
                    page.navigate(app.url("/login"));
                    MainPages.settle(page);
                    save(page, "login", size);
                }
                Browser.signIn(page, app, role, "demo");
                for (MainPages.Screen screen : MainPages.of(role, page, app)) {
                    page.navigate(app.url(screen.path()));
                    MainPages.settle(page);
                    // Nothing on a main screen may fail to load for its own role.
                    assertThat(page.content()).as(role + " " + screen.name()).doesNotContain("Could not navigate");
                    save(page, role + "-" + screen.name(), size);
                }
            }
        }
    }

    private static void save(Page page, String name, int[] size) {
        page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve(name + "-" + size[0] + "x" + size[1] + ".png")));
    }
}

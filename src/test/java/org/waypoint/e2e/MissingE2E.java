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
 * A social worker records a missing episode and the return interview on a tablet held upright, the way it is done
 * straight after the conversation; a manager sees the 72-hour list and the panel on a tablet held sideways.
 */
class MissingE2E {

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
    void aSocialWorkerRecordsAnEpisodeAndTheReturnInterviewOnATablet() throws Exception {
        String child = swChildNeverMissing();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        try (BrowserContext context = browser.tablet(Browser.PORTRAIT)) {
            Page page = context.newPage();
            Browser.signIn(page, app, "sw", "demo");

            page.navigate(app.url("/children/" + child));
            button(page, "Record a missing episode").click();
            page.waitForURL("**/new-episode");
            setDateTime(page, "When did they go missing?", today.minusDays(1), "18:30");
            page.getByLabel("Who reported it?").fill("Foster carer");
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Yes")).click();
            page.getByLabel("Police reference").fill("Log 2201");
            setDateTime(page, "When did they come back?", today.minusDays(1), "23:10");
            page.getByLabel("Where were they found?").fill("Drake Circus bus station, with friends");
            Browser.screenshot(page, "missing-episode-768x1024");
            button(page, "Save missing episode").click();

            // Straight on to the interview, with the 72-hour clock in view.
            page.waitForURL("**/interview");
            assertThat(page.getByText("Interview due by")).isVisible();
            assertThat(page.getByText(Pattern.compile("Interview due: \\d+ hours left"))).isVisible();
            button(page, "Set when was it offered? to now").click();
            button(page, "Set when was it held? to now").click();
            page.getByLabel("Who held it?").fill("Sam Walker");
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("Sam Walker"))).first().click();
            assertThat(page.getByText("is the child's allocated worker")).isVisible();
            page.getByLabel("Why the allocated worker held it")
                    .fill("She asked for me: she would not talk to someone she did not know.");
            page.getByLabel("Where were they?").fill("In town by the bus station, then at a flat she does not know the address of.");
            page.getByLabel("Who were they with?").fill("Two friends from school and an older man called Kyle.");
            addName(page, "Places named", "Drake Circus bus station");
            addName(page, "People named", "Kyle");
            page.getByLabel("Arguments or conflict at home or in placement").click();
            page.getByLabel("Older people offering attention, gifts, money or a place to stay").click();
            page.getByLabel("Child sexual exploitation").click();
            page.getByLabel("In the child's own words").fill("Kyle said he'd look after us. He bought us food and "
                    + "vodka. I didn't want to go home because of the shouting.");
            button(page, "Save return interview").click();

            // Refused with the reasons beside the fields, nothing typed lost.
            assertThat(page.getByText("Say whether a strategy discussion is needed")).isVisible();
            assertThat(page.getByText("A sign of harm or exploitation is ticked: say what is being done about it")).isVisible();
            assertThat(page.getByLabel("In the child's own words")).hasValue(Pattern.compile("^Kyle said he'd look after us.*"));
            Browser.screenshot(page, "missing-interview-refused-768x1024");

            page.getByLabel("What is being done about it?")
                    .fill("CSE screening done today; referred to the exploitation team; police told about Kyle.");
            button(page, "Add an action").click();
            page.getByLabel("What will be done").fill("Safety plan with foster carers: pick-ups and who to ring");
            page.getByLabel("Who (a person or an agency)").fill("Sam Walker");
            page.getByLabel("By when").fill(today.plusDays(7).format(TYPED));
            page.getByLabel("By when").press("Enter");
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Yes")).click();
            Browser.screenshot(page, "missing-interview-filled-768x1024");
            button(page, "Save return interview").click();

            page.waitForURL("**/children/" + child);
            assertThat(page.getByText("Interview held within 72 hours")).isVisible();
            page.locator("vaadin-details.episode").first().click();
            assertThat(page.getByText("Kyle said he'd look after us", new Page.GetByTextOptions().setExact(false))).isVisible();
            assertThat(page.getByText("Sam Walker (the child's allocated worker)")).isVisible();
            Browser.screenshot(page, "missing-child-record-768x1024");
        }
    }

    @Test
    void aManagerSeesTheOverdueInterviewInRedAndAHeadOfServiceThePanelsSharedPlaces() {
        try (BrowserContext context = browser.tablet(Browser.LANDSCAPE)) {
            Page page = context.newPage();
            Browser.signIn(page, app, "tm", "demo");
            page.navigate(app.url("/missing"));
            assertThat(page.getByText(Pattern.compile("^Missing now: \\d+ child"))).isVisible();
            Locator overdue = page.locator(".badge-error", new Page.LocatorOptions().setHasText("Overdue by")).first();
            assertThat(overdue).isVisible();
            Browser.screenshot(page, "missing-list-tm-1024x768");
        }
        try (BrowserContext context = browser.tablet(Browser.LANDSCAPE)) {
            Page page = context.newPage();
            Browser.signIn(page, app, "hos", "demo");
            page.navigate(app.url("/missing/panel?days=365"));
            assertThat(page.getByText("Places named by more than one child")).isVisible();
            // The demo's groups (and the interview above) name the bus station: its row opens the interviews behind it.
            page.locator("vaadin-grid-cell-content", new Page.LocatorOptions()
                    .setHasText(Pattern.compile("^drake circus bus station", Pattern.CASE_INSENSITIVE))).first().click();
            assertThat(page.getByText("Interviews naming")).isVisible();
            page.getByText("Interviews naming").scrollIntoViewIfNeeded();
            Browser.screenshot(page, "missing-panel-hos-1024x768");
        }
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private static void setDateTime(Page page, String label, LocalDate day, String time) {
        Locator picker = page.locator("vaadin-date-time-picker").filter(new Locator.FilterOptions()
                .setHas(page.locator("label", new Page.LocatorOptions().setHasText(label))));
        picker.locator("input").nth(0).fill(day.format(TYPED));
        picker.locator("input").nth(0).press("Enter");
        picker.locator("input").nth(1).fill(time);
        picker.locator("input").nth(1).press("Enter");
    }

    /** Types a name into a names field and leaves it, as a user does on a tablet. */
    private static void addName(Page page, String label, String name) {
        page.getByLabel(label).fill(name);
        page.getByLabel(label).press("Enter");
        page.getByLabel(label).press("Tab");
    }

    /** The oldest of sw's children with no missing episode, found through the API as sw. */
    private static String swChildNeverMissing() throws IOException, InterruptedException {
        Matcher children = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"[^}]*\"dateOfBirth\":\"([0-9-]{10})\"")
                .matcher(get("/api/v1/children?size=100"));
        String oldest = null;
        String oldestBirth = "9999";
        while (children.find()) {
            if (children.group(2).compareTo(oldestBirth) < 0
                    && get("/api/v1/children/" + children.group(1) + "/missing-episodes").equals("[]")) {
                oldest = children.group(1);
                oldestBirth = children.group(2);
            }
        }
        if (oldest == null) {
            throw new IllegalStateException("The demo gives sw no child without a missing episode");
        }
        return oldest;
    }

    private static String get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(app.url(path))).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("sw:demo".getBytes(StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}

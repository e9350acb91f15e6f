package org.waypoint.e2e;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The main screens of each demo role, for the accessibility check and the screenshots: every menu entry the role
 * has, the child's record (with its chronology) and the main forms. Ids come from the API as the signed-in user.
 */
final class MainPages {

    static final List<String> ROLES = List.of("sw", "pa", "tm", "tm2", "hos", "admin");

    /** A screen: a short name for files and messages, and its path. */
    record Screen(String name, String path) {
    }

    private MainPages() {
    }

    static List<Screen> of(String role, Page page, RunningApp app) {
        List<Screen> screens = new ArrayList<>();
        switch (role) {
            case "sw", "pa" -> {
                screens.add(new Screen("my-day", "/my-day"));
                screens.add(new Screen("caseload", "/caseload"));
                child(page, app).ifPresent(id -> {
                    screens.add(new Screen("child-record", "/children/" + id));
                    screens.add(role.equals("pa") ? new Screen("pathway-plan", "/pathway/" + id)
                            : new Screen("new-plan", "/children/" + id + "/new-plan"));
                });
                episode(page, app).ifPresent(id -> screens.add(new Screen("return-interview",
                        "/missing/episodes/" + id + "/interview")));
                screens.add(new Screen("missing", "/missing"));
                screens.add(new Screen("my-supervision", "/my-supervision"));
                screens.add(new Screen("offline", "/offline"));
            }
            case "tm", "tm2" -> {
                screens.add(new Screen("my-day", "/my-day"));
                screens.add(new Screen("team", "/team"));
                screens.add(new Screen("children", "/children"));
                child(page, app).ifPresent(id -> screens.add(new Screen("child-record", "/children/" + id)));
                screens.add(new Screen("supervision", "/supervision"));
                screens.add(new Screen("supervision-compliance", "/supervision/compliance"));
                screens.add(new Screen("missing", "/missing"));
                screens.add(new Screen("missing-panel", "/missing/panel"));
                screens.add(new Screen("caseloads", "/oversight/caseloads"));
                screens.add(new Screen("compliance", "/oversight/compliance"));
                screens.add(new Screen("plan-approvals", "/plans/approvals"));
                screens.add(new Screen("plan-completeness", "/plans/completeness"));
                if (role.equals("tm2")) {
                    screens.add(new Screen("pathway-waiting", "/pathway-plans/waiting"));
                }
                screens.add(new Screen("register-child", "/children/new"));
            }
            case "hos" -> {
                screens.add(new Screen("my-day", "/my-day"));
                screens.add(new Screen("children", "/children"));
                child(page, app).ifPresent(id -> screens.add(new Screen("child-record", "/children/" + id)));
                screens.add(new Screen("caseloads", "/oversight/caseloads"));
                screens.add(new Screen("compliance", "/oversight/compliance"));
                screens.add(new Screen("plan-completeness", "/plans/completeness"));
                screens.add(new Screen("supervision-compliance", "/supervision/compliance"));
                screens.add(new Screen("missing-panel", "/missing/panel"));
                screens.add(new Screen("audit", "/audit"));
            }
            case "admin" -> {
                screens.add(new Screen("staff", "/admin/staff"));
                screens.add(new Screen("teams", "/admin/teams"));
                screens.add(new Screen("service-areas", "/admin/service-areas"));
                screens.add(new Screen("missing-factors", "/admin/missing-factors"));
                screens.add(new Screen("register-child", "/children/new"));
                screens.add(new Screen("audit", "/audit"));
            }
            default -> throw new IllegalArgumentException(role);
        }
        return screens;
    }

    /** Waits until Vaadin has nothing in flight, so the screen is complete. */
    static void settle(Page page) {
        if (page.url().endsWith("/offline")) {
            // The React offline screen: settled once it has taken the caseload away.
            page.waitForSelector(".offline-signal.online", new Page.WaitForSelectorOptions().setTimeout(30_000));
            return;
        }
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        page.waitForFunction("() => window.Vaadin?.Flow?.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /** A child of the user's with a missing episode if there is one (a fuller chronology), else the first. */
    private static Optional<String> child(Page page, RunningApp app) {
        JsonNode due = get(page, app, "/api/v1/missing-episodes/due?size=1");
        if (due != null && due.isArray() && !due.isEmpty()) {
            return Optional.of(due.get(0).path("childId").asText());
        }
        JsonNode children = get(page, app, "/api/v1/children?size=1");
        return children != null && children.isArray() && !children.isEmpty()
                ? Optional.of(children.get(0).path("id").asText()) : Optional.empty();
    }

    private static Optional<String> episode(Page page, RunningApp app) {
        JsonNode due = get(page, app, "/api/v1/missing-episodes/due?size=1");
        return due != null && due.isArray() && !due.isEmpty()
                ? Optional.of(due.get(0).path("episodeId").asText()) : Optional.empty();
    }

    private static JsonNode get(Page page, RunningApp app, String path) {
        var response = page.request().get(app.url(path));
        if (!response.ok()) {
            return null;
        }
        return JsonMapper.builder().build().readTree(response.text());
    }
}

package org.waypoint.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.waypoint.IntegrationTest;
import org.waypoint.trust.AccessWorld.Caller;
import org.waypoint.trust.AccessWorld.Relation;

/**
 * Every routed screen, for every demo role and every relation to the child shown: whether the screen opens with
 * the record (Y) or not (N: the role may not open the screen, or the screen says the record is not there). A new
 * screen joins by adding a row.
 */
@IntegrationTest
class ViewAccessMatrixTest extends SpringBrowserlessTest {

    record Row(String route, Relation relation, String view, String expected) {
    }

    //                         route                 relation                 view class            SW PA TM HoS ADMIN ANON
    static final List<Row> ROWS = List.of(
            new Row("caseload", Relation.NONE, "CaseloadView",                                      "Y  Y  N  N   N     N"),
            new Row("team", Relation.NONE, "TeamView",                                              "N  N  Y  N   N     N"),
            new Row("children", Relation.NONE, "ChildrenView",                                      "N  N  Y  Y   N     N"),
            new Row("children/new", Relation.NONE, "RegisterChildView",                             "N  N  Y  N   Y     N"),
            new Row("children/{child}", Relation.OWN, "ChildView",                                  "Y  Y  Y  Y   N     N"),
            new Row("children/{child}", Relation.SAME_TEAM, "ChildView",                            "N  N  Y  Y   N     N"),
            new Row("children/{child}", Relation.OTHER_TEAM, "ChildView",                           "N  N  N  Y   N     N"),
            new Row("children/{child}", Relation.OTHER_SERVICE_AREA, "ChildView",                   "N  N  N  N   N     N"),
            new Row("oversight/caseloads", Relation.NONE, "CaseloadsView",                          "N  N  Y  Y   N     N"),
            new Row("oversight/compliance", Relation.NONE, "ComplianceDashboardView",               "N  N  Y  Y   N     N"),
            new Row("audit", Relation.NONE, "AuditView",                                            "N  N  N  Y   Y     N"),
            new Row("admin/staff", Relation.NONE, "StaffView",                                      "N  N  N  N   Y     N"),
            new Row("admin/teams", Relation.NONE, "TeamsView",                                      "N  N  N  N   Y     N"),
            new Row("admin/service-areas", Relation.NONE, "ServiceAreasView",                       "N  N  N  N   Y     N"),
            new Row("supervision", Relation.NONE, "TeamSupervisionView",                            "N  N  Y  Y   N     N"),
            new Row("supervision/compliance", Relation.NONE, "ComplianceView",                      "N  N  Y  Y   N     N"),
            new Row("my-supervision", Relation.NONE, "MySupervisionView",                           "Y  Y  Y  N   N     N"),
            new Row("missing", Relation.NONE, "MissingListView",                                    "Y  Y  Y  Y   N     N"),
            new Row("missing/panel", Relation.NONE, "PanelView",                                    "N  N  Y  Y   N     N"),
            new Row("admin/missing-factors", Relation.NONE, "FactorsView",                          "N  N  N  N   Y     N"),
            new Row("missing/children/{child}/new-episode", Relation.OWN, "RecordEpisodeView",      "Y  Y  Y  Y   N     N"),
            new Row("missing/children/{child}/new-episode", Relation.SAME_TEAM, "RecordEpisodeView", "N  N  Y  Y   N     N"),
            new Row("missing/children/{child}/new-episode", Relation.OTHER_TEAM, "RecordEpisodeView", "N  N  N  Y   N     N"),
            new Row("missing/children/{child}/new-episode", Relation.OTHER_SERVICE_AREA, "RecordEpisodeView",
                                                                                                    "N  N  N  N   N     N")
    );

    @Autowired
    JdbcTemplate jdbc;

    /** The demo council's children in each relation to the demo accounts (sw and tm in Social Work North). */
    Map<String, UUID> children;

    @BeforeEach
    void demoChildren() {
        children = Map.of(
                "sw", child("s.username = 'sw'"),
                "pa", child("s.username = 'pa'"),
                "tm", child("s.username = 'sw'"),
                "sameTeam", child("s.team_id = (select team_id from staff where username = 'tm') and s.username not in ('sw', 'tm')"),
                "otherTeam", child("t.name = 'Social Work South'"),
                "otherArea", child("t.name = 'Care Leavers 16+ Team'"));
    }

    private UUID child(String condition) {
        return jdbc.queryForObject("""
                select c.id from child c join staff s on s.id = c.allocated_worker_id join team t on t.id = c.team_id
                where c.closed_on is null and %s order by c.id fetch first 1 rows only""".formatted(condition), UUID.class);
    }

    @Test
    @WithUserDetails("sw")
    void socialWorker() {
        check(Caller.SOCIAL_WORKER);
    }

    @Test
    @WithUserDetails("pa")
    void personalAdviser() {
        check(Caller.PERSONAL_ADVISER);
    }

    @Test
    @WithUserDetails("tm")
    void teamManager() {
        check(Caller.TEAM_MANAGER);
    }

    @Test
    @WithUserDetails("hos")
    void headOfService() {
        // The demo head of service oversees every area; the other-area row is checked with a narrower one in the API matrix.
        check(Caller.HEAD_OF_SERVICE);
    }

    @Test
    @WithUserDetails("admin")
    void administrator() {
        check(Caller.ADMIN);
    }

    @Test
    @WithAnonymousUser
    void anonymous() {
        check(Caller.ANONYMOUS);
    }

    private void check(Caller caller) {
        List<String> differences = new ArrayList<>();
        for (Row row : ROWS) {
            boolean expected = row.expected().trim().split("\\s+")[caller.ordinal()].equals("Y");
            if (caller == Caller.HEAD_OF_SERVICE && row.relation() == Relation.OTHER_SERVICE_AREA) {
                expected = true;
            }
            String route = row.route().replace("{child}", children.get(AccessWorld.childKey(caller, row.relation())).toString());
            boolean shown = opens(route, row.view());
            if (shown != expected) {
                differences.add(route + " (" + row.relation() + "): expected " + (expected ? "open" : "refused")
                        + " but was " + (shown ? "open" : "refused"));
            }
        }
        assertThat(differences).as("screens for " + caller).isEmpty();
    }

    private boolean opens(String route, String viewName) {
        try {
            navigate(route, Component.class);
        } catch (RuntimeException refused) {
            return false;
        }
        var view = getCurrentView();
        return view.getClass().getSimpleName().equals(viewName)
                && !view.getElement().getTextRecursively().contains("not there, or you do not have access");
    }
}

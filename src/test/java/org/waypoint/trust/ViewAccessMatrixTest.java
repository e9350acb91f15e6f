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
            new Row("my-day", Relation.NONE, "MyDayView",                                           "Y  Y  Y  Y   N     N"),
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
            new Row("sync/conflicts", Relation.NONE, "ConflictsView",                               "Y  Y  Y  Y   N     N"),
            new Row("missing", Relation.NONE, "MissingListView",                                    "Y  Y  Y  Y   N     N"),
            new Row("missing/panel", Relation.NONE, "PanelView",                                    "N  N  Y  Y   N     N"),
            new Row("admin/missing-factors", Relation.NONE, "FactorsView",                          "N  N  N  N   Y     N"),
            new Row("missing/children/{child}/new-episode", Relation.OWN, "RecordEpisodeView",      "Y  Y  Y  Y   N     N"),
            new Row("missing/children/{child}/new-episode", Relation.SAME_TEAM, "RecordEpisodeView", "N  N  Y  Y   N     N"),
            new Row("missing/children/{child}/new-episode", Relation.OTHER_TEAM, "RecordEpisodeView", "N  N  N  Y   N     N"),
            new Row("missing/children/{child}/new-episode", Relation.OTHER_SERVICE_AREA, "RecordEpisodeView",
                                                                                                    "N  N  N  N   N     N"),
            new Row("plans/approvals", Relation.NONE, "ApprovalQueueView",                          "N  N  Y  Y   N     N"),
            new Row("plans/completeness", Relation.NONE, "CompletenessView",                        "N  N  Y  Y   N     N"),
            new Row("children/{child}/new-plan", Relation.OWN, "PlanEditorView",                    "Y  Y  Y  Y   N     N"),
            new Row("children/{child}/new-plan", Relation.SAME_TEAM, "PlanEditorView",              "N  N  Y  Y   N     N"),
            new Row("children/{child}/new-plan", Relation.OTHER_TEAM, "PlanEditorView",             "N  N  N  Y   N     N"),
            new Row("children/{child}/new-plan", Relation.OTHER_SERVICE_AREA, "PlanEditorView",     "N  N  N  N   N     N"),
            // pa's children are care leavers, whose plans are pathway plans: pa's "own" plan is one of sw's
            new Row("plans/{plan}", Relation.OWN, "PlanView",                                       "Y  N  Y  Y   N     N"),
            new Row("plans/{plan}", Relation.SAME_TEAM, "PlanView",                                 "N  N  Y  Y   N     N"),
            new Row("plans/{plan}", Relation.OTHER_TEAM, "PlanView",                                "N  N  N  Y   N     N"),
            new Row("plans/{plan}", Relation.OTHER_SERVICE_AREA, "PlanView",                        "N  N  N  N   N     N"),
            new Row("plans/{plan}/approval", Relation.OWN, "ApprovalView",                          "N  N  Y  Y   N     N"),
            new Row("plans/{plan}/approval", Relation.SAME_TEAM, "ApprovalView",                    "N  N  Y  Y   N     N"),
            new Row("plans/{plan}/approval", Relation.OTHER_TEAM, "ApprovalView",                   "N  N  N  Y   N     N"),
            new Row("plans/{plan}/approval", Relation.OTHER_SERVICE_AREA, "ApprovalView",           "N  N  N  N   N     N"),
            // the flow opens for any young person the caller may see (saying so when they are not a care leaver)
            new Row("pathway/{child}", Relation.OWN, "PathwayFlowView",                             "Y  Y  Y  Y   N     N"),
            new Row("pathway/{child}", Relation.SAME_TEAM, "PathwayFlowView",                       "N  N  Y  Y   N     N"),
            new Row("pathway/{child}", Relation.OTHER_TEAM, "PathwayFlowView",                      "N  N  N  Y   N     N"),
            new Row("pathway/{child}", Relation.OTHER_SERVICE_AREA, "PathwayFlowView",              "N  N  N  N   N     N"),
            new Row("pathway-plans/waiting", Relation.NONE, "PathwayQueueView",                     "N  N  Y  Y   N     N"),
            new Row("pathway-plans/up-to-date", Relation.NONE, "PathwayUpToDateView",               "N  N  Y  Y   N     N")
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

    /** A current plan of a demo child in each relation (see the rows for pa). */
    Map<String, UUID> plans;

    @BeforeEach
    void demoPlans() {
        String sw = plan("s.username = 'sw'");
        plans = Map.of("sw", UUID.fromString(sw), "pa", UUID.fromString(sw), "tm", UUID.fromString(sw),
                "sameTeam", UUID.fromString(plan("s.team_id = (select team_id from staff where username = 'tm') "
                        + "and s.username not in ('sw', 'tm')")),
                "otherTeam", UUID.fromString(plan("t.name = 'Social Work South'")),
                "otherArea", UUID.fromString(plan("t.service_area_id <> (select t2.service_area_id from staff m "
                        + "join team t2 on t2.id = m.team_id where m.username = 'tm') "
                        // a demo area (hos oversees every demo area, not those other tests make)
                        + "and t.service_area_id in (select a.service_area_id from staff_service_area a "
                        + "join staff h on h.id = a.staff_id where h.username = 'hos')")));
    }

    private String plan(String condition) {
        return jdbc.queryForObject("""
                select p.current_version_id from plan p join child c on c.id = p.child_id
                join staff s on s.id = c.allocated_worker_id join team t on t.id = c.team_id
                where c.closed_on is null and %s order by p.id fetch first 1 rows only""".formatted(condition),
                UUID.class).toString();
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
            String key = AccessWorld.childKey(caller, row.relation());
            String route = row.route().replace("{child}", children.get(key).toString())
                    .replace("{plan}", plans.get(key).toString());
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

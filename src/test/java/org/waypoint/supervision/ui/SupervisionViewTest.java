package org.waypoint.supervision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.waypoint.IntegrationTest;
import org.waypoint.supervision.ChildToDiscuss;
import org.waypoint.supervision.SupervisionSummary;
import org.waypoint.supervision.TeamCompliance;
import org.waypoint.supervision.WorkerSupervisionStatus;

/** The supervision screens as the demo team manager, social worker and head of service use them. */
@IntegrationTest
class SupervisionViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("tm")
    void aManagerSeesTheTeamsWorkersWithTheOverdueFirst() {
        TeamSupervisionView view = navigate(TeamSupervisionView.class);

        @SuppressWarnings("unchecked")
        Grid<WorkerSupervisionStatus> workers = $(Grid.class, view).first();
        List<WorkerSupervisionStatus> rows = new ArrayList<>();
        for (int row = 0; row < test(workers).size(); row++) {
            rows.add(test(workers).getRow(row));
        }
        LocalDate today = LocalDate.now();
        assertThat(rows).extracting(WorkerSupervisionStatus::name).contains("Sam Walker").doesNotContain("Tessa Morgan");
        assertThat(rows).hasSize(jdbc.queryForObject("""
                select count(*) from staff w join staff m on m.team_id = w.team_id
                where m.username = 'tm' and w.role = 'SOCIAL_WORKER' and w.active""", Integer.class));
        List<Boolean> overdue = rows.stream().map(w -> w.overdueOn(today)).toList();
        assertThat(overdue).contains(true, false);
        assertThat(overdue.indexOf(false)).isGreaterThan(overdue.lastIndexOf(true));
    }

    @Test
    @WithUserDetails("tm")
    void aManagerRecordsSupervisionAndTheDecisionAppearsOnTheChildsRecord() {
        long sam = jdbc.queryForObject("select id from staff where username = 'sw'", Long.class);
        SupervisionEditorView editor = navigate("supervision/new/" + sam, SupervisionEditorView.class);

        @SuppressWarnings("unchecked")
        Grid<ChildToDiscuss> children = $(Grid.class, editor).single();
        Set<UUID> listed = new HashSet<>();
        for (int row = 0; row < test(children).size(); row++) {
            listed.add(test(children).getRow(row).childId());
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                "select id from child where allocated_worker_id = ? and closed_on is null", UUID.class, sam));
        ChildToDiscuss child = test(children).getRow(0);
        test((Button) test(children).getCellComponent(0, 4)).click();

        write("Reflective discussion", "Reflected on a visit where the father was hostile.");
        write("Management decision", "Convene a core group within 10 working days.");
        test($(Button.class).withText("Save record").single()).click();

        // Refused: what was typed stays, and each missing part is marked where it is written.
        assertThat(getCurrentView()).isSameAs(editor);
        assertThat(areaField("Wellbeing").isInvalid()).isTrue();
        assertThat(areaField("Why").isInvalid()).isTrue();
        assertThat(areaField("Reflective discussion").getValue()).startsWith("Reflected on a visit");

        write("Wellbeing", "Tired after two late visits; leave on Friday agreed.");
        write("Workload and caseload", "Within the safe level.");
        write("What was discussed", "Two further police call-outs this month.");
        write("Why", "Risk is rising and the plan is not reducing it.");
        test($(Button.class).withText("Save record").single()).click();

        assertThat(getCurrentView()).isInstanceOf(SupervisionRecordView.class);
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Convene a core group within 10 working days.", "Awaiting Sam Walker's acknowledgement");

        Component record = navigate("children/" + child.childId(), Component.class);
        assertThat(record.getElement().getTextRecursively())
                .contains("Management oversight", "Convene a core group within 10 working days.",
                        "Risk is rising and the plan is not reducing it.", "Tessa Morgan, in supervision with Sam Walker");
    }

    @Test
    @WithUserDetails("sw")
    void aWorkerSeesTheirOwnHistoryAndWhenTheNextIsDue() {
        MySupervisionView view = navigate(MySupervisionView.class);
        @SuppressWarnings("unchecked")
        Grid<SupervisionSummary> records = $(Grid.class, view).single();
        assertThat(test(records).size()).isGreaterThanOrEqualTo(10);
        assertThat(test(records).getRow(0).supervisorName()).isEqualTo("Tessa Morgan");
        assertThat(view.getElement().getTextRecursively()).contains("Your next supervision is due by");
    }

    @Test
    @WithUserDetails("sw")
    void aWorkerCannotOpenTheManagersScreens() {
        navigate("supervision", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(TeamSupervisionView.class);
        navigate("supervision/compliance", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ComplianceView.class);
    }

    @Test
    @WithUserDetails("hos")
    void aHeadOfServiceSeesEveryTeamAndTheTwelveMonthTrend() {
        ComplianceView view = navigate(ComplianceView.class);
        @SuppressWarnings("unchecked")
        Grid<TeamCompliance> teams = $(Grid.class, view)
                .withCondition(g -> "Team".equals(((Grid<?>) g).getColumns().getFirst().getHeaderText())).single();
        assertThat(test(teams).size()).isEqualTo(9);
        assertThat($(Svg.class, view).all()).hasSize(1);
        assertThat(view.getElement().getTextRecursively())
                .contains("of workers supervised within their interval", "Children overdue for a case discussion");
    }

    private void write(String label, String text) {
        test(areaField(label)).setValue(text);
    }

    private TextArea areaField(String label) {
        return $(TextArea.class).withCaption(label).single();
    }
}

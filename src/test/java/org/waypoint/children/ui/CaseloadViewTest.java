package org.waypoint.children.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.waypoint.IntegrationTest;
import org.waypoint.children.CaseloadEntry;

/** The demo social worker opens "My caseload" and sees exactly the open children allocated to them. */
@IntegrationTest
class CaseloadViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("sw")
    void aSocialWorkerSeesOnlyTheirOwnOpenCases() {
        CaseloadView view = navigate(CaseloadView.class);

        @SuppressWarnings("unchecked")
        Grid<CaseloadEntry> grid = $(Grid.class, view).single();
        Set<UUID> shown = new HashSet<>();
        for (int row = 0; row < test(grid).size(); row++) {
            shown.add(test(grid).getRow(row).child().id());
        }
        Set<UUID> allocated = new HashSet<>(jdbc.queryForList("""
                select c.id from child c join staff s on s.id = c.allocated_worker_id
                where s.username = 'sw' and c.closed_on is null""", UUID.class));

        assertThat(allocated).hasSizeGreaterThanOrEqualTo(10);
        assertThat(shown).isEqualTo(allocated);
    }

    @Test
    @WithUserDetails("sw")
    void aSocialWorkerCannotOpenTheTeamScreen() {
        navigate("team", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(TeamView.class);
    }

    @Test
    @WithUserDetails("tm")
    void aManagerSeesTheirWorkersAndUnallocatedChildren() {
        TeamView view = navigate(TeamView.class);
        @SuppressWarnings("unchecked")
        Grid<org.waypoint.children.WorkerCaseload> workers = $(Grid.class, view).first();
        assertThat(test(workers).size()).isGreaterThanOrEqualTo(6);
        assertThat(view.getElement().getTextRecursively()).contains("waiting to be allocated");
    }
}

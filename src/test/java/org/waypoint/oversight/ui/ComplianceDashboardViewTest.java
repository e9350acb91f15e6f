package org.waypoint.oversight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.waypoint.IntegrationTest;
import org.waypoint.oversight.ComplianceReport;

/** The compliance dashboard on the demo council, as the head of service and a team manager see it. */
@IntegrationTest
class ComplianceDashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("hos")
    void aHeadOfServiceSeesACardPerFigureAndEveryTeamWithItsLists() {
        ComplianceDashboardView view = navigate(ComplianceDashboardView.class);

        List<String> labels = $(Span.class, view).withClassName("card-label").all().stream().map(Span::getText).toList();
        assertThat(labels).containsExactly("Child in need plans up to date", "Child protection plans up to date",
                "Care plans of looked-after children up to date", "Plans with every action owned and dated",
                "Pathway plans up to date: eligible", "Pathway plans up to date: relevant",
                "Pathway plans up to date: former relevant", "Workers supervised in time", "Children discussed in supervision in time",
                "Return interviews within 72 hours");
        // A share, or a dash where the demo council has nobody to count (pathway plans of one status, perhaps);
        // plans, supervision and return interviews always have something.
        List<String> values = $(Span.class, view).withClassName("card-value").all().stream().map(Span::getText).toList();
        assertThat(values).allSatisfy(v -> assertThat(v).matches("\\d+%|–"));
        assertThat(values.subList(0, 4)).allSatisfy(v -> assertThat(v).endsWith("%"));
        assertThat(values.subList(7, 10)).allSatisfy(v -> assertThat(v).endsWith("%"));
        assertThat($(Span.class, view).withClassName("card-trend").all())
                .allSatisfy(t -> assertThat(t.getText()).containsAnyOf("▲ up", "▼ down", "No change", "No figure"));
        assertThat($(Div.class, view).withClassName("card").all())
                .allSatisfy(card -> assertThat($(Anchor.class, card).single().getHref()).isNotBlank());
        assertThat($(Anchor.class, view).withText("Download as CSV").single().getHref())
                .startsWith("/api/v1/oversight/compliance.csv?asOf=");

        @SuppressWarnings("unchecked")
        Grid<ComplianceReport.Team> teams = $(Grid.class, view).all().get(1);
        List<String> names = new ArrayList<>();
        for (int row = 0; row < test(teams).size(); row++) {
            names.add(test(teams).getRow(row).name());
        }
        // Every team in hos's service areas (other tests add areas hos is not over).
        assertThat(names).hasSize(jdbc.queryForObject("""
                select count(*) from team t join staff_service_area a on a.service_area_id = t.service_area_id
                join staff s on s.id = a.staff_id where s.username = 'hos'""", Integer.class));
        // Each team's figure opens that team's list behind it.
        Anchor supervision = (Anchor) test(teams).getCellComponent(0, 8);
        assertThat(supervision.getHref()).contains("supervision/compliance").contains("team=" + test(teams).getRow(0).id());
        assertThat(((Anchor) test(teams).getCellComponent(0, 1)).getHref()).isEqualTo("plans/approvals");
    }

    @Test
    @WithUserDetails("hos")
    void theTeamTableSortsByAnyFigure() {
        ComplianceDashboardView view = navigate(ComplianceDashboardView.class);
        @SuppressWarnings("unchecked")
        Grid<ComplianceReport.Team> teams = $(Grid.class, view).all().get(1);
        assertThat(teams.getColumns()).hasSize(11).allSatisfy(c -> assertThat(c.isSortable()).isTrue());
        test(teams).sortByColumn(8);
        List<Integer> percents = new ArrayList<>();
        for (int row = 0; row < test(teams).size(); row++) {
            Integer p = test(teams).getRow(row).figures().get("supervisedInTime").percent();
            percents.add(p == null ? -1 : p);
        }
        assertThat(percents).isSorted();
    }

    @Test
    @WithUserDetails("tm")
    void aTeamManagerSeesTheirTeamOnly() {
        ComplianceDashboardView view = navigate(ComplianceDashboardView.class);
        @SuppressWarnings("unchecked")
        Grid<ComplianceReport.Team> teams = $(Grid.class, view).all().get(1);
        assertThat(test(teams).size()).isEqualTo(1);
        assertThat(test(teams).getRow(0).name()).isEqualTo("Social Work North");
    }
}

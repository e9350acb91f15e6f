package org.waypoint.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.waypoint.IntegrationTest;
import org.waypoint.organisation.NewTeam;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.organisation.TeamSummary;
import org.waypoint.security.RunAs;
import org.waypoint.ui.StaleEditDialog;

/** Two administrators change the same team: the second sees both versions and chooses; nothing is lost. */
@IntegrationTest
class TeamsViewTest extends SpringBrowserlessTest {

    @Autowired
    OrganisationService organisation;
    @Autowired
    RunAs runAs;

    @Test
    @WithUserDetails("admin")
    void aStaleSaveShowsBothVersionsAndCanKeepMine() {
        TeamsView view = navigate(TeamsView.class);
        @SuppressWarnings("unchecked")
        Grid<TeamSummary> grid = $(Grid.class, view).single();
        TeamSummary team = test(grid).getRow(0);
        test(grid).clickRow(0);

        TextField name = $(TextField.class).withCaption("Name").single();
        test(name).setValue(team.name() + " (mine)");
        runAs.user("admin", () -> organisation.updateTeam(team.id(), team.version(),
                new NewTeam(team.name() + " (theirs)", team.serviceAreaId(), team.safeCaseload())));
        test($(Button.class).withText("Save").single()).click();

        StaleEditDialog stale = $(StaleEditDialog.class).single();
        assertThat(name.getValue()).as("what I typed is still there").isEqualTo(team.name() + " (mine)");
        test($(Button.class, stale).withText("Save mine over it").single()).click();

        assertThat(organisation.team(team.id())).get().extracting(TeamSummary::name).isEqualTo(team.name() + " (mine)");
        runAs.user("admin", () -> organisation.updateTeam(team.id(), organisation.team(team.id()).orElseThrow().version(),
                new NewTeam(team.name(), team.serviceAreaId(), team.safeCaseload())));
    }
}

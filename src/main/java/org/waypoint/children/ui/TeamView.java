package org.waypoint.children.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.children.ChildFilter;
import org.waypoint.children.ChildService;
import org.waypoint.children.TeamWorkload;
import org.waypoint.children.WorkerCaseload;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Roles;
import org.waypoint.ui.Badges;
import org.waypoint.ui.Fte;

/** A team manager's team: who holds how many cases, and the team's children to allocate. */
@Route("team")
@PageTitle("My team")
@Menu(order = 15, title = "My team", icon = "vaadin:group")
@RolesAllowed(Roles.TEAM_MANAGER)
class TeamView extends VerticalLayout {

    private final ChildService children;
    private final Grid<WorkerCaseload> workers = new Grid<>();
    private final Paragraph unallocated = new Paragraph();
    private final ChildrenGrid teamChildren;
    private final long teamId;

    TeamView(ChildService children, Clock clock) {
        this.children = children;
        addClassName("page");
        CurrentUser user = CurrentUser.get();
        this.teamId = user.teamId() == null ? -1 : user.teamId();
        TeamWorkload workload = children.teamWorkload(teamId);

        workers.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        workers.setAllRowsVisible(true);
        workers.addColumn(WorkerCaseload::displayName).setHeader("Name").setFlexGrow(2);
        workers.addColumn(w -> w.role().label()).setHeader("Role");
        workers.addColumn(w -> Fte.text(w.fte())).setHeader("Full-time equivalent").setAutoWidth(true).setFlexGrow(0);
        workers.addColumn(new ComponentRenderer<>(w -> w.overSafeLevel()
                        ? Badges.of(w.openCases() + " · above safe level", Badges.Tone.ERROR)
                        : new Span(Long.toString(w.openCases()))))
                .setHeader("Open cases");

        teamChildren = new ChildrenGrid(children, ChildFilter.open().withTeam(teamId), List.of(),
                LocalDate.now(clock), child -> new AllocateDialog(children, child, this::refresh).open(), true);
        teamChildren.setHeight("36rem");

        var safe = new Paragraph(workload.team().safeCaseload() == null
                ? "No safe caseload level is set for this team."
                : "Safe caseload: " + workload.team().safeCaseload() + " open cases for a full-time worker.");
        safe.addClassName("muted");
        add(new H2(workload.team().name()), safe, new H3("Workers"), workers, unallocated, new H3("Children"),
                teamChildren);
        show(workload);
    }

    private void refresh() {
        show(children.teamWorkload(teamId));
        teamChildren.refresh();
    }

    private void show(TeamWorkload workload) {
        workers.setItems(workload.workers());
        unallocated.setText(workload.unallocated() == 0 ? "Every open child in the team is allocated."
                : workload.unallocated() + (workload.unallocated() == 1 ? " child is" : " children are")
                + " waiting to be allocated.");
        unallocated.setClassName("overdue", workload.unallocated() > 0);
    }
}

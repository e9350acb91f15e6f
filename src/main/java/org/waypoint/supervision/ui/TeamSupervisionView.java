package org.waypoint.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.waypoint.common.Dates;
import org.waypoint.organisation.TeamSummary;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;
import org.waypoint.security.Roles;
import org.waypoint.supervision.SupervisionComplianceService;
import org.waypoint.supervision.SupervisionPolicyService;
import org.waypoint.supervision.SupervisionService;
import org.waypoint.supervision.SupervisionSummary;
import org.waypoint.supervision.TeamSupervision;
import org.waypoint.supervision.WorkerSupervisionStatus;
import org.waypoint.ui.Badges;
import org.waypoint.ui.Help;

/**
 * A manager's supervision page: the team's workers, when each was last supervised and when the next is due, overdue
 * first, with a button to record a session; below, the team's records (a worker's, once one is chosen). A head of
 * service chooses the team (the URL keeps it).
 */
@Route("supervision")
@PageTitle("Supervision")
@Menu(order = 50, title = "Supervision", icon = "vaadin:comments-o")
@RolesAllowed({Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
@StyleSheet("context://styles/supervision.css")
class TeamSupervisionView extends VerticalLayout implements BeforeEnterObserver {

    static final String TEAM = "team";

    private final SupervisionService supervision;
    private final SupervisionPolicyService policies;
    private final List<TeamSummary> teams;
    private final ComboBox<TeamSummary> teamChoice = new ComboBox<>("Team");
    private final Div content = new Div();

    TeamSupervisionView(SupervisionService supervision, SupervisionPolicyService policies,
                        SupervisionComplianceService compliance) {
        this.supervision = supervision;
        this.policies = policies;
        this.teams = compliance.teamsInScope();
        addClassName("page");
        content.setWidthFull();
        teamChoice.setItems(teams);
        teamChoice.setItemLabelGenerator(t -> t.name() + " · " + t.serviceAreaName());
        teamChoice.setWidth("min(28rem, 100%)");
        teamChoice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                SupervisionNavigation.toTeam(e.getValue().id());
            }
        });
        teamChoice.setVisible(teams.size() > 1);
        add(teamChoice, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> asked = event.getLocation().getQueryParameters().getSingleParameter(TEAM).flatMap(t -> {
            try {
                return Optional.of(Long.parseLong(t));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
        Optional<TeamSummary> team = asked.flatMap(id -> teams.stream().filter(t -> t.id() == id).findFirst())
                .or(() -> teams.stream().filter(t -> t.id() == (CurrentUser.get().teamId() == null ? -1
                        : CurrentUser.get().teamId())).findFirst())
                .or(() -> teams.stream().findFirst());
        content.removeAll();
        if (team.isEmpty()) {
            content.add(new H2("Supervision"), new Paragraph("You do not manage a team."));
            return;
        }
        teamChoice.setValue(team.get());
        show(supervision.teamSupervision(team.get().id()));
    }

    private void show(TeamSupervision team) {
        content.removeAll();
        LocalDate today = team.today();
        long overdue = team.workers().stream().filter(w -> w.overdueOn(today)).count();
        int childrenOverdue = team.workers().stream().mapToInt(WorkerSupervisionStatus::childrenOverdue).sum();

        var policy = new Paragraph(team.policy().policy().describe()
                + (team.policy().standard() ? " (LGA employer standard 5)" : " (this team's own policy)"));
        policy.addClassName("muted");
        var summary = new Paragraph(overdue == 0 ? "Every worker is supervised within the policy."
                : overdue + (overdue == 1 ? " worker is" : " workers are") + " overdue for supervision.");
        summary.setClassName("overdue", overdue > 0);
        var cases = new Paragraph(childrenOverdue == 0 ? "Every allocated child has been discussed in time."
                : childrenOverdue + (childrenOverdue == 1 ? " child is" : " children are")
                + " overdue for a case discussion.");
        cases.setClassName("overdue", childrenOverdue > 0);
        content.add(new H2("Supervision: " + team.team().name()),
                Help.button("supervision", "What a good supervision record says"), policy);
        if (CurrentUser.get().role() == Role.HEAD_OF_SERVICE) {
            var change = new Button("Change the team's policy", e -> new PolicyDialog(policies,
                    policies.policy(team.team().id()), saved -> show(supervision.teamSupervision(team.team().id()))).open());
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            content.add(change);
        }
        content.add(summary, cases, workers(team), records(team.team().id()));
    }

    private Grid<WorkerSupervisionStatus> workers(TeamSupervision team) {
        LocalDate today = team.today();
        var grid = new Grid<WorkerSupervisionStatus>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(TeamSupervisionView::workerCell)).setHeader("Worker").setFlexGrow(3);
        grid.addColumn(w -> w.lastSupervisedOn() == null ? "None recorded" : ShortDates.day(w.lastSupervisedOn()))
                .setHeader("Last supervised").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(w -> due(w, today, true))).setHeader("Next due").setFlexGrow(2);
        grid.addColumn(w -> w.childrenOverdue() + " of " + w.openCases())
                .setHeader("Children overdue").setTooltipGenerator(w -> "Children overdue for a case discussion, of "
                        + "those allocated").setFlexGrow(1);
        grid.addComponentColumn(w -> {
            var record = new Button("Record supervision", e -> SupervisionNavigation.toNewRecord(w.staffId()));
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.setAriaLabel("Record supervision with " + w.name());
            return record;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(team.workers());
        return grid;
    }

    /** The name, and under it how often they are supervised when that is not the team's usual interval. */
    private static Component workerCell(WorkerSupervisionStatus worker) {
        var cell = new Div(new Div(worker.name()));
        String note = worker.stage().newlyQualified() ? worker.stage().label()
                : worker.role() == Role.TEAM_MANAGER ? worker.role().label() : null;
        if (note != null) {
            var line = new Div(note);
            line.addClassName("cell-note");
            cell.add(line);
        }
        return cell;
    }

    /** Overdue (by how many days), never supervised, due within a week, or the due date. */
    static Component due(WorkerSupervisionStatus worker, LocalDate today, boolean narrow) {
        if (worker.nextDueOn() == null) {
            return Badges.of("Never supervised", Badges.Tone.ERROR);
        }
        long daysOverdue = worker.daysOverdue(today);
        if (daysOverdue > 0) {
            return Badges.of("Overdue by " + daysOverdue + (daysOverdue == 1 ? " day" : " days"), Badges.Tone.ERROR);
        }
        String date = narrow ? ShortDates.day(worker.nextDueOn()) : Dates.day(worker.nextDueOn());
        long daysLeft = ChronoUnit.DAYS.between(today, worker.nextDueOn());
        return daysLeft <= 7 ? Badges.of("Due by " + date, Badges.Tone.WARNING) : new Span("Due by " + date);
    }

    private Component records(long teamId) {
        var grid = new Grid<SupervisionSummary>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(s -> SupervisionNavigation.linkToRecord(ShortDates.day(s.heldOn()), s.id())))
                .setHeader("Date").setFlexGrow(1);
        grid.addColumn(SupervisionSummary::superviseeName).setHeader("Worker").setFlexGrow(2);
        grid.addColumn(SupervisionSummary::supervisorName).setHeader("Supervisor").setFlexGrow(2);
        grid.addColumn(s -> s.caseDiscussions() == 1 ? "1 child" : s.caseDiscussions() + " children")
                .setHeader("Cases discussed").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(SupervisionRecordView::status)).setHeader("Status").setFlexGrow(2);
        grid.setItemsPageable(pageable -> supervision.teamRecords(teamId,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())).getContent());
        grid.addItemClickListener(e -> SupervisionNavigation.toRecord(e.getItem().id()));
        grid.setHeight("24rem");
        var heading = new H3("Supervision records");
        var intro = new Paragraph("The team's records, newest first. Open one to read it, or to edit it before the "
                + "worker acknowledges it.");
        intro.addClassName("muted");
        var section = new Div(heading, intro, grid);
        section.setWidthFull();
        return section;
    }
}

package org.waypoint.plans.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.waypoint.common.Dates;
import org.waypoint.plans.OverdueReview;
import org.waypoint.plans.PlanService;
import org.waypoint.plans.QueuedPlan;
import org.waypoint.security.Roles;
import org.waypoint.ui.Badges;

/** A manager's plans waiting for approval, oldest first with their gaps, and the overdue reviews of their teams. */
@Route("plans/approvals")
@PageTitle("Plan approvals")
@Menu(order = 30, title = "Plan approvals", icon = "vaadin:check-square-o")
@RolesAllowed({Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
@StyleSheet("styles/plans.css")
class ApprovalQueueView extends VerticalLayout {

    ApprovalQueueView(PlanService plans) {
        addClassName("page");
        List<QueuedPlan> queue = plans.approvalQueue();
        var queueGrid = new Grid<QueuedPlan>();
        // Wrapped cells and fixed-width date and gap columns: a tablet (1024 or 768 wide) shows every word.
        queueGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        queueGrid.setAllRowsVisible(true);
        queueGrid.addColumn(QueuedPlan::childName).setHeader("Child").setFlexGrow(2);
        queueGrid.addColumn(q -> q.type().label() + (q.number() > 1 ? ", version " + q.number() : "")).setHeader("Plan")
                .setFlexGrow(2);
        queueGrid.addColumn(QueuedPlan::authorName).setHeader("Written by").setFlexGrow(2);
        queueGrid.addColumn(q -> Dates.day(q.submittedAt().atZone(Dates.ZONE))).setHeader("Submitted")
                .setAutoWidth(true).setFlexGrow(0);
        queueGrid.addColumn(Badges.column(q -> q.gapCount() == 0 ? "Ready" : q.gapCount() == 1 ? "1 gap" : q.gapCount() + " gaps",
                q -> q.gapCount() == 0 ? Badges.Tone.SUCCESS : Badges.Tone.WARNING)).setHeader("Gaps")
                .setAutoWidth(true).setFlexGrow(0);
        queueGrid.setItems(queue);
        queueGrid.addItemClickListener(e -> PlansNavigation.toApproval(e.getItem().versionId()));

        var none = new Paragraph("No plans are waiting for approval.");
        none.addClassName("muted");
        none.setVisible(queue.isEmpty());
        queueGrid.setVisible(!queue.isEmpty());

        List<OverdueReview> overdue = plans.overdueReviews();
        var overdueGrid = new Grid<OverdueReview>();
        overdueGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        overdueGrid.setAllRowsVisible(true);
        overdueGrid.addColumn(OverdueReview::childName).setHeader("Child").setFlexGrow(2);
        overdueGrid.addColumn(o -> o.type().label()).setHeader("Plan").setFlexGrow(2);
        overdueGrid.addColumn(o -> o.workerName() == null ? "Not allocated" : o.workerName()).setHeader("Worker")
                .setFlexGrow(2);
        overdueGrid.addColumn(Badges.column(o -> "Due " + Dates.day(o.nextReviewDate()), o -> Badges.Tone.ERROR))
                .setHeader("Review").setAutoWidth(true).setFlexGrow(0);
        overdueGrid.setItems(overdue);
        overdueGrid.addItemClickListener(e -> PlansNavigation.toPlan(e.getItem().versionId()));
        var noneOverdue = new Paragraph("No plan reviews are overdue.");
        noneOverdue.addClassName("muted");
        noneOverdue.setVisible(overdue.isEmpty());
        overdueGrid.setVisible(!overdue.isEmpty());

        add(new H2("Plans waiting for approval"), none, queueGrid, new H3("Overdue plan reviews"), noneOverdue,
                overdueGrid);
    }
}

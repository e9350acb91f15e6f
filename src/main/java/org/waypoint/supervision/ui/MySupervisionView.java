package org.waypoint.supervision.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.waypoint.common.Dates;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Roles;
import org.waypoint.supervision.SupervisionPolicyService;
import org.waypoint.supervision.SupervisionService;
import org.waypoint.supervision.SupervisionSummary;
import org.waypoint.supervision.WorkerSupervisionStatus;
import org.waypoint.ui.Help;

/** A worker's own supervision: when the next is due, and every record, newest first, to read and acknowledge. */
@Route("my-supervision")
@PageTitle("My supervision")
@Menu(order = 51, title = "My supervision", icon = "vaadin:user-check")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.TEAM_MANAGER})
@StyleSheet("context://styles/supervision.css")
class MySupervisionView extends VerticalLayout {

    MySupervisionView(SupervisionService supervision, SupervisionPolicyService policies, Clock clock) {
        addClassName("page");
        CurrentUser user = CurrentUser.get();
        LocalDate today = LocalDate.now(clock);
        WorkerSupervisionStatus me = supervision.myStatus();

        var next = new Paragraph(me.nextDueOn() == null ? "No supervision is recorded for you yet: ask your manager."
                : me.overdueOn(today) ? "Your supervision is overdue by " + me.daysOverdue(today)
                + (me.daysOverdue(today) == 1 ? " day" : " days") + ". Talk to your manager."
                : "Your next supervision is due by " + Dates.day(me.nextDueOn()) + ".");
        next.setClassName("overdue", me.overdueOn(today));
        var facts = Facts.of(
                Facts.fact("Last supervised", me.lastSupervisedOn() == null ? "None recorded"
                        : Dates.day(me.lastSupervisedOn())),
                Facts.fact("How often", me.stage().newlyQualified() ? me.stage().label()
                        : "At your team's interval"),
                Facts.fact("Open cases", Long.toString(me.openCases())));
        add(new H2("My supervision"), Help.button("supervision", "What a good supervision record says"), next, facts);
        if (user.teamId() != null) {
            var policy = new Paragraph("Your team's policy: " + policies.policy(user.teamId()).policy().describe());
            policy.addClassName("muted");
            add(policy);
        }

        var grid = new Grid<SupervisionSummary>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(s -> SupervisionNavigation.linkToRecord(ShortDates.day(s.heldOn()), s.id())))
                .setHeader("Date").setFlexGrow(1);
        grid.addColumn(SupervisionSummary::supervisorName).setHeader("Supervisor").setFlexGrow(2);
        grid.addColumn(s -> s.durationMinutes() + " min").setHeader("Length").setFlexGrow(1);
        grid.addColumn(s -> s.caseDiscussions() == 1 ? "1 child" : s.caseDiscussions() + " children")
                .setHeader("Cases discussed").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(SupervisionRecordView::status)).setHeader("Status").setFlexGrow(2);
        grid.setItemsPageable(pageable -> supervision.history(user.staffId(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())).getContent());
        grid.addItemClickListener(e -> SupervisionNavigation.toRecord(e.getItem().id()));
        grid.setHeight("30rem");
        var intro = new Paragraph("Open a record to read it. Records waiting for you to acknowledge are marked; "
                + "you can add your comments first.");
        intro.addClassName("muted");
        add(new H3("Records"), intro, grid);
    }
}

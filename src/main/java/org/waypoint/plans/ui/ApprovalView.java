package org.waypoint.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.waypoint.children.ChildService;
import org.waypoint.children.ChildSummary;
import org.waypoint.common.ConflictException;
import org.waypoint.common.Dates;
import org.waypoint.common.InvalidInputException;
import org.waypoint.plans.PlanDetail;
import org.waypoint.plans.PlanService;
import org.waypoint.plans.PlanStatus;
import org.waypoint.security.Roles;
import org.waypoint.ui.FieldErrors;
import org.waypoint.ui.Notifications;

/**
 * A manager approves or returns a submitted plan. The gate's result comes first: while anything is missing the
 * approve button stays disabled with each reason beside it, and each reason jumps to its part of the plan.
 */
@Route("plans/:versionId/approval")
@RolesAllowed({Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
@StyleSheet("styles/plans.css")
class ApprovalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String VERSION_ID = "versionId";

    private final PlanService plans;
    private final ChildService children;
    private final Clock clock;
    private String title = "Approve a plan";

    ApprovalView(PlanService plans, ChildService children, Clock clock) {
        this.plans = plans;
        this.children = children;
        this.clock = clock;
        addClassNames("page", "plan-approval");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        PlanParts.fromRoute(event, VERSION_ID, plans).ifPresentOrElse(plan -> show(plan, children.get(plan.childId())),
                () -> {
                    title = "Not found";
                    add(PlanParts.notFound());
                });
    }

    private void show(PlanDetail plan, ChildSummary child) {
        title = "Approve or return: " + plan.type().label().toLowerCase() + " for " + child.fullName();
        var intro = new Paragraph("Version " + plan.number() + ", written by " + plan.authorName()
                + (plan.submittedAt() == null ? "" : ", submitted " + Dates.dayTime(plan.submittedAt())) + ".");
        intro.addClassName("muted");
        add(new H2(title), intro);

        boolean submitted = plan.status() == PlanStatus.SUBMITTED;
        boolean mayDecide = plans.mayDecide(plan.id());
        var gate = new Div();
        gate.addClassName("gate");
        if (plan.gaps().isEmpty()) {
            var ok = new Paragraph("Every action has an owner and a due date, and the outcomes, contingency, the "
                    + "child's views and the review date are there.");
            ok.addClassName("ready");
            gate.add(ok);
        } else {
            var why = new Paragraph("This plan cannot be approved yet:");
            why.addClassName("gate-refused");
            gate.add(why, PlanParts.problemList(plan.gaps(), p -> PlanParts.jumpTo(PlanParts.anchor(p)), "plan-gaps"));
        }
        if (!submitted) {
            gate.add(new Paragraph("It is not waiting for approval: it is " + plan.status().label().toLowerCase() + "."));
        } else if (!mayDecide) {
            gate.add(new Paragraph("You wrote or last edited this plan, so another manager must approve or return it."));
        }

        var rationale = new TextArea("Rationale for your decision");
        rationale.setHelperText("Why you approve it, or what must change. It is kept on the child's record.");
        rationale.setWidthFull();
        rationale.setMinHeight("7rem");
        rationale.setMaxLength(4000);
        rationale.setRequiredIndicatorVisible(true);
        rationale.setId("plan-rationale");
        var errors = new FieldErrors(Map.of("rationale", rationale));
        var approve = new Button("Approve the plan", e -> decide(() -> plans.approve(plan.id(), rationale.getValue()),
                "Approved. The plan and your rationale are on " + child.fullName() + "'s record.", errors));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        approve.setEnabled(submitted && mayDecide && plan.gaps().isEmpty());
        var giveBack = new Button("Return to " + plan.authorName(), e -> decide(
                () -> plans.giveBack(plan.id(), rationale.getValue()),
                "Returned to " + plan.authorName() + " with your comments.", errors));
        giveBack.setEnabled(submitted && mayDecide);
        var decision = new Div(gate, rationale, new HorizontalLayout(approve, giveBack));
        decision.addClassName("decision-box");
        add(decision);
        if (!plan.decisions().isEmpty()) {
            add(new H3("Earlier decisions"), PlanParts.decisions(plan.decisions()));
        }
        add(PlanParts.body(plan, LocalDate.now(clock.withZone(Dates.ZONE))));
    }

    private void decide(Runnable action, String done, FieldErrors errors) {
        try {
            action.run();
            Notifications.saved(done);
            PlansNavigation.toQueue();
        } catch (InvalidInputException problem) {
            errors.show(problem);
        } catch (ConflictException | AccessDeniedException refused) {
            Notifications.problem(refused.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

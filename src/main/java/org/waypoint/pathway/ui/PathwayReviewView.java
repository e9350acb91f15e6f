package org.waypoint.pathway.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.waypoint.common.ConflictException;
import org.waypoint.common.Dates;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.NotFoundException;
import org.waypoint.pathway.PathwayDetail;
import org.waypoint.pathway.PathwayService;
import org.waypoint.plans.PlanStatus;
import org.waypoint.security.Roles;
import org.waypoint.ui.FieldErrors;
import org.waypoint.ui.Notifications;

/**
 * The manager's review of a submitted pathway plan: what the gate still refuses, listed first; approval stays
 * disabled until there is nothing left and a rationale is written; returning needs the rationale only.
 */
@Route("pathway-plans/:id/review")
@RolesAllowed({Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
@StyleSheet("context://styles/pathway.css")
class PathwayReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PathwayService pathway;
    private String title = "Review pathway plan";

    PathwayReviewView(PathwayService pathway) {
        this.pathway = pathway;
        addClassNames("page", "pathway-review");
    }

    static UUID id(BeforeEnterEvent event) {
        return PathwaySummaryView.parse(event.getRouteParameters().get("id").orElse(""));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(pathway.get(id(event)));
        } catch (NotFoundException e) {
            removeAll();
            title = "Not found";
            add(new H2("Pathway plan not found"),
                    new Paragraph("That plan is not there, or you do not have access to it."));
        }
    }

    private void show(PathwayDetail plan) {
        removeAll();
        title = "Review pathway plan: " + plan.childName();
        var facts = new Paragraph(plan.careLeaverStatus().label() + " · " + plan.status().label() + " · written by "
                + plan.authorName() + " · next review by " + Dates.day(plan.content().nextReviewDate()));
        facts.addClassName("muted");
        add(new H2(title), facts);
        if (plan.status() == PlanStatus.SUBMITTED) {
            add(decision(plan));
        } else if (!plan.decisions().isEmpty()) {
            var last = plan.decisions().getFirst();
            add(new Paragraph(last.decision().label() + " by " + last.decidedByName() + ": " + last.rationale()));
        }
        add(new PathwaySummary(plan));
    }

    private Div decision(PathwayDetail plan) {
        var box = new Div();
        box.addClassName("pathway-decision");
        if (plan.gaps().isEmpty()) {
            box.add(new Paragraph("Every matter has the young person's words, and every action an owner and a date."));
        } else {
            box.add(new H3("Before you can approve"));
            var list = new UnorderedList();
            list.addClassName("pathway-gaps");
            plan.gaps().forEach(g -> list.add(new ListItem(Gaps.text(g))));
            box.add(list);
        }
        var rationale = new TextArea("Your rationale");
        rationale.setHelperText("Why you approve the plan, or what must change. The young person's adviser sees it.");
        rationale.setWidthFull();
        rationale.setValueChangeMode(ValueChangeMode.EAGER);
        var approve = new Button("Approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setEnabled(false);
        var giveBack = new Button("Return for changes");
        giveBack.setEnabled(false);
        rationale.addValueChangeListener(e -> {
            boolean written = !e.getValue().isBlank();
            approve.setEnabled(written && plan.gaps().isEmpty());
            giveBack.setEnabled(written);
        });
        var errors = new FieldErrors(Map.of("rationale", rationale));
        approve.addClickListener(e -> decide(() -> pathway.approve(plan.id(), rationale.getValue()),
                "Approved. The next review is due by " + Dates.day(plan.content().nextReviewDate()) + ".", errors));
        giveBack.addClickListener(e -> decide(() -> pathway.giveBack(plan.id(), rationale.getValue()),
                "Returned to " + plan.authorName() + " with your comments.", errors));
        var buttons = new FlexLayout(approve, giveBack);
        buttons.addClassName("pathway-buttons");
        box.add(rationale, buttons);
        return box;
    }

    private void decide(Supplier<PathwayDetail> action, String done, FieldErrors errors) {
        try {
            show(action.get());
            Notifications.saved(done);
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (ConflictException | AccessDeniedException e) {
            Notifications.problem(e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

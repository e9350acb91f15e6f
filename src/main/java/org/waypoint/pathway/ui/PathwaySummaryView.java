package org.waypoint.pathway.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.waypoint.common.Dates;
import org.waypoint.common.NotFoundException;
import org.waypoint.pathway.PathwayDetail;
import org.waypoint.pathway.PathwayService;
import org.waypoint.security.Roles;

/** The plan as the young person keeps it: read-only, and styled for printing (or saving as a PDF from the browser). */
@Route("pathway-plans/:id")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
@StyleSheet("context://styles/pathway.css")
class PathwaySummaryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PathwayService pathway;
    private String title = "Pathway plan";

    PathwaySummaryView(PathwayService pathway) {
        this.pathway = pathway;
        addClassNames("page", "pathway-print");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            PathwayDetail plan = pathway.get(PathwayReviewView.id(event));
            title = "Pathway plan: " + plan.childName();
            var print = new Button("Print or save as PDF", e -> UI.getCurrent().getPage().executeJs("window.print()"));
            print.addClassName("no-print");
            var facts = new Paragraph(plan.careLeaverStatus().label() + " · " + plan.status().label()
                    + " · next review by " + Dates.day(plan.content().nextReviewDate()));
            facts.addClassName("muted");
            add(new H2("My pathway plan: " + plan.childName()), facts, print, new PathwaySummary(plan));
        } catch (NotFoundException e) {
            title = "Not found";
            add(new H2("Pathway plan not found"),
                    new Paragraph("That plan is not there, or you do not have access to it."));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    static UUID parse(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Pathway plan");
        }
    }
}

package org.waypoint.pathway.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import org.waypoint.children.ChildAccess;
import org.waypoint.children.ChildRecordSection;
import org.waypoint.children.ChildSummary;
import org.waypoint.common.Dates;
import org.waypoint.pathway.CareLeaverRule;
import org.waypoint.pathway.PathwayService;
import org.waypoint.plans.PlanStatus;

/** "Pathway plan" on a care leaver's record: their status, the plan's state and the ways into it. */
@org.springframework.stereotype.Component
class PathwayRecordSection implements ChildRecordSection {

    private final PathwayService pathway;
    private final ChildAccess access;

    PathwayRecordSection(PathwayService pathway, ChildAccess access) {
        this.pathway = pathway;
        this.access = access;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public boolean appliesTo(ChildSummary child) {
        return CareLeaverRule.status(child.dateOfBirth(), child.category(), child.openedOn(), child.open(),
                LocalDate.now(Dates.ZONE)).entitledToPlan();
    }

    @Override
    public Component create(ChildSummary child) {
        var box = new Div(new H3("Pathway plan"));
        box.addClassName("record-section");
        var plan = pathway.current(child.id());
        box.add(new Paragraph(pathway.status(child.id()).label() + (plan.isEmpty() ? " · no pathway plan yet"
                : " · " + plan.get().status().label() + " · next review by "
                + Dates.day(plan.get().content().nextReviewDate()))));
        box.add(new Div(new RouterLink(plan.isEmpty() ? "Start the pathway plan together" : "Open the plan together",
                PathwayFlowView.class, new RouteParameters("childId", child.id().toString()))));
        plan.ifPresent(p -> {
            box.add(new Div(new RouterLink("Printable summary", PathwaySummaryView.class,
                    new RouteParameters("id", p.id().toString()))));
            if (p.status() == PlanStatus.SUBMITTED && access.mayManage(child.id())) {
                box.add(new Div(new RouterLink("Review and approve", PathwayReviewView.class,
                        new RouteParameters("id", p.id().toString()))));
            }
        });
        return box;
    }
}

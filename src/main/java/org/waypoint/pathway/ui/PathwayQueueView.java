package org.waypoint.pathway.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.waypoint.common.Dates;
import org.waypoint.pathway.PathwayListItem;
import org.waypoint.pathway.PathwayService;
import org.waypoint.security.Roles;

/** A manager's pathway plans: those waiting for approval, oldest first, then the overdue reviews. */
@Route("pathway-plans/waiting")
@PageTitle("Pathway plans")
@RolesAllowed({Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
@StyleSheet("context://styles/pathway.css")
class PathwayQueueView extends VerticalLayout {

    PathwayQueueView(PathwayService pathway) {
        addClassName("page");
        add(new H2("Pathway plans"));
        add(list("Waiting for your approval", pathway.approvalQueue(), true, "No pathway plans are waiting."));
        add(list("Reviews overdue", pathway.overdue(), false, "No pathway plan reviews are overdue."));
    }

    private static Div list(String heading, List<PathwayListItem> items, boolean review, String none) {
        var box = new Div(new H3(heading));
        box.addClassName("pathway-list");
        if (items.isEmpty()) {
            var empty = new Paragraph(none);
            empty.addClassName("muted");
            box.add(empty);
        }
        for (PathwayListItem item : items) {
            var link = new RouterLink(item.childName(), review ? PathwayReviewView.class : PathwaySummaryView.class,
                    new RouteParameters("id", item.id().toString()));
            var detail = new Span(" · " + item.careLeaverStatus().label() + " · " + item.workerName()
                    + (review ? "" : " · review was due " + Dates.day(item.nextReviewDate())));
            detail.addClassName("muted");
            box.add(new Div(link, detail));
        }
        return box;
    }
}

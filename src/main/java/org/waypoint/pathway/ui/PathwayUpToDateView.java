package org.waypoint.pathway.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.Dates;
import org.waypoint.common.InvalidInputException;
import org.waypoint.common.NotFoundException;
import org.waypoint.pathway.CareLeaverStatus;
import org.waypoint.pathway.PathwayOnTheDay;
import org.waypoint.pathway.PathwayService;
import org.waypoint.security.Roles;

/**
 * The young people behind a "pathway plans up to date" figure of the compliance dashboard, as on the day it counts:
 * those not reviewed in time first. {@code ?asOf=&teamId=&status=} as the figure's link gives them.
 */
@Route("pathway-plans/up-to-date")
@PageTitle("Pathway plans up to date")
@RolesAllowed({Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
@StyleSheet("context://styles/pathway.css")
class PathwayUpToDateView extends VerticalLayout implements BeforeEnterObserver {

    private final PathwayService pathway;

    PathwayUpToDateView(PathwayService pathway) {
        this.pathway = pathway;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters query = event.getLocation().getQueryParameters();
        try {
            LocalDate asOf = query.getSingleParameter("asOf").map(LocalDate::parse).orElse(null);
            Long teamId = query.getSingleParameter("teamId").map(Long::valueOf).orElse(null);
            CareLeaverStatus status = query.getSingleParameter("status").map(CareLeaverStatus::valueOf).orElse(null);
            show(asOf, status, pathway.upToDateList(asOf, teamId, status));
        } catch (DateTimeParseException | IllegalArgumentException | InvalidInputException | NotFoundException e) {
            // A link typed or kept from elsewhere: say so rather than fail.
            add(new H2("Pathway plans up to date"), new Paragraph("This list could not be shown for that link. "
                    + "Open it from a figure on the Compliance screen."));
        }
    }

    private void show(@Nullable LocalDate asOf, @Nullable CareLeaverStatus status, List<PathwayOnTheDay> plans) {
        String who = Optional.ofNullable(status).map(s -> ": " + s.label().toLowerCase()).orElse("");
        add(new H2("Pathway plans up to date" + who));
        var intro = new Paragraph("As at " + (asOf == null ? "today" : Dates.day(asOf)) + ". Up to date means reviewed (a version approved) in the 6 months up to that day.");
        intro.addClassName("muted");
        add(intro);
        add(list("Not up to date", plans.stream().filter(p -> !p.upToDate()).toList(), "None: every plan was reviewed in time."),
                list("Up to date", plans.stream().filter(PathwayOnTheDay::upToDate).toList(), "None."));
    }

    private static Div list(String heading, List<PathwayOnTheDay> plans, String none) {
        var box = new Div(new H3(heading + " (" + plans.size() + ")"));
        box.addClassName("pathway-list");
        if (plans.isEmpty()) {
            var empty = new Paragraph(none);
            empty.addClassName("muted");
            box.add(empty);
        }
        for (PathwayOnTheDay p : plans) {
            var link = new RouterLink(p.childName(), PathwaySummaryView.class, new RouteParameters("id", p.id().toString()));
            var detail = new Span(" · " + p.teamName() + " · " + p.careLeaverStatus().label() + " · "
                    + (p.lastReviewedOn() == null ? "never reviewed" : "last reviewed " + Dates.day(p.lastReviewedOn())));
            detail.addClassName("muted");
            box.add(new Div(link, detail));
        }
        return box;
    }
}

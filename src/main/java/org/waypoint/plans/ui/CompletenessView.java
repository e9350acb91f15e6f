package org.waypoint.plans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.waypoint.plans.Completeness;
import org.waypoint.plans.CompletenessFigures;
import org.waypoint.plans.CompletenessPlan;
import org.waypoint.plans.PlanService;
import org.waypoint.plans.TeamCompleteness;
import org.waypoint.security.Roles;

/**
 * Plan completeness in the five categories of Plymouth's 2019 audit, per team and service area, each figure
 * opening the plans behind it.
 */
@Route("plans/completeness")
@PageTitle("Plan completeness")
@Menu(order = 31, title = "Plan completeness", icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
@StyleSheet("styles/plans.css")
class CompletenessView extends VerticalLayout {

    /** A line of the report: a team, a service area's total, or everything. */
    record Row(String name, boolean total, @Nullable Long teamId, @Nullable Long serviceAreaId,
               CompletenessFigures figures) {
    }

    private final PlanService plans;
    private final H3 drillTitle = new H3();
    private final Grid<CompletenessPlan> drill = new Grid<>();

    CompletenessView(PlanService plans) {
        this.plans = plans;
        addClassName("page");
        var intro = new Paragraph("Current plans of open children that have at least one action, counted as the "
                + "2019 audit counted them. Select a figure to see the plans.");
        intro.addClassName("muted");
        var grid = new Grid<Row>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Row::name).setHeader("Team").setFlexGrow(3).setFrozen(true);
        grid.addComponentColumn(r -> figure(r, null)).setHeader("Plans");
        for (Completeness category : Completeness.values()) {
            grid.addComponentColumn(r -> figure(r, category)).setHeader(category.label()).setFlexGrow(2);
        }
        grid.setPartNameGenerator(r -> r.total() ? "total" : null);
        grid.setItems(rows(plans.completenessByTeam(null, null)));

        drill.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        drill.setAllRowsVisible(true);
        drill.addColumn(CompletenessPlan::childName).setHeader("Child").setFlexGrow(2);
        drill.addColumn(p -> p.type().label()).setHeader("Plan").setFlexGrow(2);
        drill.addColumn(CompletenessPlan::teamName).setHeader("Team").setFlexGrow(2);
        drill.addColumn(p -> p.category().label()).setHeader("Category").setFlexGrow(2);
        drill.addColumn(p -> p.owned() + " of " + p.actions() + " owned, " + p.dated() + " dated").setHeader("Actions")
                .setFlexGrow(2);
        drill.addComponentColumn(p -> PlanParts.status(p.status())).setHeader("Status");
        drill.addItemClickListener(e -> PlansNavigation.toPlan(e.getItem().versionId()));
        drill.setVisible(false);
        add(new H2("Plan completeness"), intro, grid, drillTitle, drill);
    }

    /** Teams grouped under their service area's total, then the total of everything (when there are several). */
    static List<Row> rows(List<TeamCompleteness> teams) {
        Map<Long, List<TeamCompleteness>> byArea = new LinkedHashMap<>();
        teams.stream().sorted((a, b) -> a.serviceAreaName().compareTo(b.serviceAreaName()))
                .forEach(t -> byArea.computeIfAbsent(t.serviceAreaId(), k -> new ArrayList<>()).add(t));
        List<Row> rows = new ArrayList<>();
        CompletenessFigures all = CompletenessFigures.NONE;
        for (List<TeamCompleteness> area : byArea.values()) {
            CompletenessFigures sum = area.stream().map(TeamCompleteness::figures)
                    .reduce(CompletenessFigures.NONE, CompletenessFigures::plus);
            all = all.plus(sum);
            rows.add(new Row(area.getFirst().serviceAreaName(), true, null, area.getFirst().serviceAreaId(), sum));
            area.forEach(t -> rows.add(new Row(t.teamName(), false, t.teamId(), null, t.figures())));
        }
        if (byArea.size() > 1) {
            rows.add(new Row("All service areas", true, null, null, all));
        }
        return rows;
    }

    private Component figure(Row row, @Nullable Completeness category) {
        long count = category == null ? row.figures().total() : row.figures().count(category);
        String text = category == null || row.figures().total() == 0 ? Long.toString(count)
                : count + " (" + Math.round(100.0 * count / row.figures().total()) + "%)";
        if (count == 0) {
            return new Span(text);
        }
        var open = new Button(text, e -> showPlans(row, category));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.getElement().setAttribute("aria-label", text + " plans: " + row.name()
                + (category == null ? "" : ", " + category.label()));
        return open;
    }

    private void showPlans(Row row, @Nullable Completeness category) {
        drillTitle.setText(row.name() + (category == null ? ": all plans" : ": " + category.label().toLowerCase()));
        drill.setItems(plans.completenessPlans(row.teamId(), row.serviceAreaId(), category));
        drill.setVisible(true);
        PlanParts.jumpTo("completeness-drill");
        drill.setId("completeness-drill");
    }
}

package org.waypoint.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.waypoint.children.ChildService;
import org.waypoint.children.ChildSummary;
import org.waypoint.children.ui.ChildrenNavigation;
import org.waypoint.common.ConflictException;
import org.waypoint.common.Dates;
import org.waypoint.plans.PlanDetail;
import org.waypoint.plans.PlanService;
import org.waypoint.plans.PlanStatus;
import org.waypoint.plans.PlanSummary;
import org.waypoint.security.Roles;
import org.waypoint.ui.Notifications;

/** One version of a plan to read, its decisions, every version, and what changed between two versions. */
@Route("plans/:versionId")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
@StyleSheet("styles/plans.css")
class PlanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String VERSION_ID = "versionId";

    private final PlanService plans;
    private final ChildService children;
    private final Clock clock;
    private String title = "Plan";

    PlanView(PlanService plans, ChildService children, Clock clock) {
        this.plans = plans;
        this.children = children;
        this.clock = clock;
        addClassNames("page", "plan-page");
    }

    private record Line(String field, String other, String shown) {
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
        LocalDate today = LocalDate.now(clock.withZone(Dates.ZONE));
        title = plan.type().label() + ": " + child.fullName();
        var heading = new HorizontalLayout(new H2(title), PlanParts.status(plan.status()));
        heading.setAlignItems(Alignment.BASELINE);
        heading.setWrap(true);
        var facts = new FlexLayout(
                fact("Version", Integer.toString(plan.number()) + (plan.current() ? "" : " (not the newest)")),
                fact("Written by", plan.authorName()),
                fact("Last changed", plan.lastEditedByName() + ", " + Dates.dayTime(plan.lastEditedAt())));
        if (plan.submittedAt() != null) {
            facts.add(fact("Submitted", Dates.dayTime(plan.submittedAt())));
        }
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.addClassName("facts");
        add(heading, ChildrenNavigation.linkToChild("Back to " + child.fullName() + "'s record", child.id()), facts,
                buttons(plan));
        if (!plan.decisions().isEmpty()) {
            add(new H3("Management decisions"), PlanParts.decisions(plan.decisions()));
        }
        if (plan.current() && !plan.gaps().isEmpty()
                && plan.status() != PlanStatus.APPROVED && plan.status() != PlanStatus.SUPERSEDED) {
            add(new H3("Before a manager can approve this plan"),
                    PlanParts.problemList(plan.gaps(), p -> PlanParts.jumpTo(PlanParts.anchor(p)), "plan-gaps"));
        }
        add(PlanParts.body(plan, today));
        List<PlanSummary> versions = plans.versionsOf(plan.childId()).stream()
                .filter(v -> v.planId().equals(plan.planId())).toList();
        if (versions.size() > 1) {
            add(new H3("Versions"), versionGrid(versions, plan), whatChanged(plan, versions));
        }
    }

    private HorizontalLayout buttons(PlanDetail plan) {
        var buttons = new HorizontalLayout();
        buttons.setWrap(true);
        if (plan.current() && plan.status() != PlanStatus.APPROVED && plan.status() != PlanStatus.SUPERSEDED) {
            var edit = new Button("Edit the plan", e -> PlansNavigation.toEditor(plan.id()));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(edit);
        }
        if (plan.current() && plan.status() == PlanStatus.APPROVED) {
            buttons.add(new Button("Start a new version", e -> {
                try {
                    PlansNavigation.toEditor(plans.startNewVersion(plan.id()).id());
                } catch (ConflictException problem) {
                    Notifications.problem(problem.getMessage());
                }
            }));
        }
        if (plan.status() == PlanStatus.SUBMITTED && plans.mayDecide(plan.id())) {
            var decide = new Button("Approve or return", e -> PlansNavigation.toApproval(plan.id()));
            decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(decide);
        }
        return buttons;
    }

    private Grid<PlanSummary> versionGrid(List<PlanSummary> versions, PlanDetail shown) {
        var grid = new Grid<PlanSummary>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(v -> "Version " + v.number() + (v.id().equals(shown.id()) ? " (shown)" : "")).setHeader("Version");
        grid.addComponentColumn(v -> PlanParts.status(v.status())).setHeader("Status");
        grid.addColumn(v -> v.lastEditedByName() + ", " + Dates.dayTime(v.lastEditedAt())).setHeader("Last changed");
        grid.addColumn(v -> v.approvedAt() == null ? "" : Dates.day(v.approvedAt().atZone(Dates.ZONE)))
                .setHeader("Approved");
        grid.setItems(versions);
        grid.addItemClickListener(e -> PlansNavigation.toPlan(e.getItem().id()));
        return grid;
    }

    /** This version beside another (the one before it, to start with), changed lines marked. */
    private Div whatChanged(PlanDetail shown, List<PlanSummary> versions) {
        var box = new Div();
        box.addClassName("what-changed");
        List<PlanSummary> others = versions.stream().filter(v -> !v.id().equals(shown.id())).toList();
        var compareWith = new Select<PlanSummary>();
        compareWith.setLabel("What changed: compare version " + shown.number() + " with");
        compareWith.setItems(others);
        compareWith.setItemLabelGenerator(v -> "Version " + v.number() + " (" + v.status().label().toLowerCase() + ")");
        var grid = new Grid<Line>();
        grid.setAllRowsVisible(true);
        grid.addColumn(Line::field).setHeader("").setFlexGrow(1);
        var otherColumn = grid.addColumn(Line::other).setFlexGrow(3);
        grid.addColumn(Line::shown).setHeader("Version " + shown.number()).setFlexGrow(3);
        grid.setPartNameGenerator(line -> Objects.equals(line.other(), line.shown()) ? null : "changed");
        compareWith.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            PlanDetail other = plans.get(e.getValue().id());
            otherColumn.setHeader("Version " + other.number());
            Map<String, String[]> both = PlanParts.sideBySide(PlanParts.lines(other.content(), other.startedOn()),
                    PlanParts.lines(shown.content(), shown.startedOn()));
            grid.setItems(both.entrySet().stream().map(x -> new Line(x.getKey(), x.getValue()[0], x.getValue()[1]))
                    .toList());
        });
        others.stream().filter(v -> v.number() == shown.number() - 1).findFirst()
                .or(() -> others.stream().findFirst()).ifPresent(compareWith::setValue);
        var hint = new Paragraph("Changed lines are marked.");
        hint.addClassName("muted");
        box.add(compareWith, hint, grid);
        return box;
    }

    private static Div fact(String label, String value) {
        var term = new Span(label);
        term.addClassName("fact-label");
        var fact = new Div(term, new Span(value));
        fact.addClassName("fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

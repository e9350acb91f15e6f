package org.waypoint.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.Dates;
import org.waypoint.organisation.TeamSummary;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;
import org.waypoint.security.Roles;
import org.waypoint.supervision.ComplianceFigures;
import org.waypoint.supervision.MonthlyCompliance;
import org.waypoint.supervision.OverdueChild;
import org.waypoint.supervision.OverdueWorker;
import org.waypoint.supervision.ServiceAreaCompliance;
import org.waypoint.supervision.SupervisionCompliance;
import org.waypoint.supervision.SupervisionComplianceService;
import org.waypoint.supervision.SupervisionOverdue;
import org.waypoint.supervision.SupervisionPolicyService;
import org.waypoint.supervision.TeamCompliance;
import org.waypoint.ui.Badges;
import org.waypoint.ui.DatePickers;
import org.waypoint.ui.Help;

/**
 * Supervision compliance for a head of service (or a team manager's own team): as at a day, per team and service
 * area, the twelve-month trend, and who is overdue. The day and the team are in the URL.
 */
@Route("supervision/compliance")
@PageTitle("Supervision compliance")
@Menu(order = 52, title = "Supervision compliance", icon = "vaadin:chart-line")
@RolesAllowed({Roles.HEAD_OF_SERVICE, Roles.TEAM_MANAGER})
@StyleSheet("context://styles/supervision.css")
class ComplianceView extends VerticalLayout implements BeforeEnterObserver {

    static final String AS_OF = "asOf";
    static final String TEAM = "team";

    private final SupervisionComplianceService compliance;
    private final SupervisionPolicyService policies;
    private final Clock clock;
    private final List<TeamSummary> teams;
    private final DatePicker asOf = DatePickers.create("As at");
    private final ComboBox<TeamSummary> team = new ComboBox<>("Team");
    private final Div content = new Div();

    ComplianceView(SupervisionComplianceService compliance, SupervisionPolicyService policies, Clock clock) {
        this.compliance = compliance;
        this.policies = policies;
        this.clock = clock;
        this.teams = compliance.teamsInScope();
        addClassName("page");
        content.setWidthFull();

        asOf.setMax(LocalDate.now(clock));
        asOf.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(e.getValue(), team.getValue());
            }
        });
        team.setItems(teams);
        team.setItemLabelGenerator(TeamSummary::name);
        team.setPlaceholder(teams.size() == 1 ? "" : "All my teams");
        team.setClearButtonVisible(true);
        team.setWidth("min(22rem, 100%)");
        team.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(asOf.getValue(), e.getValue());
            }
        });
        team.setVisible(teams.size() > 1);
        var filters = new FlexLayout(asOf, team);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(new H2("Supervision compliance"), Help.button("supervision-compliance", "How compliance is counted"),
                filters, content);
    }

    private void go(@Nullable LocalDate day, @Nullable TeamSummary chosen) {
        Map<String, String> query = new HashMap<>();
        if (day != null && !day.equals(LocalDate.now(clock))) {
            query.put(AS_OF, day.toString());
        }
        if (chosen != null) {
            query.put(TEAM, Long.toString(chosen.id()));
        }
        UI.getCurrent().navigate(ComplianceView.class, QueryParameters.simple(query));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        LocalDate today = LocalDate.now(clock);
        LocalDate day = query.getSingleParameter(AS_OF).flatMap(ComplianceView::date)
                .filter(d -> !d.isAfter(today)).orElse(today);
        Optional<TeamSummary> chosen = query.getSingleParameter(TEAM)
                .flatMap(t -> teams.stream().filter(s -> Long.toString(s.id()).equals(t)).findFirst())
                .or(() -> teams.size() == 1 ? Optional.of(teams.getFirst()) : Optional.empty());
        asOf.setValue(day);
        team.setValue(chosen.orElse(null));
        show(day, chosen.orElse(null));
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void show(LocalDate day, @Nullable TeamSummary chosen) {
        content.removeAll();
        if (teams.isEmpty()) {
            content.add(new Paragraph("You do not oversee any team."));
            return;
        }
        Long teamId = chosen == null ? null : chosen.id();
        SupervisionCompliance figures = compliance.compliance(day, teamId);
        ComplianceFigures total = figures.teams().stream().map(TeamCompliance::figures)
                .reduce(ComplianceFigures.NONE, ComplianceFigures::plus);
        String subject = chosen == null ? "all your teams" : chosen.name();

        var intro = new Paragraph("As at " + Dates.day(day) + ", " + subject + ". A worker counts when they hold at "
                + "least one child; a child counts when allocated to a worker.");
        intro.addClassName("muted");
        var headline = new FlexLayout(
                headline(total.workerCompliance(), "of workers supervised within their interval ("
                        + total.supervisedInTime() + " of " + total.workers() + ")"),
                headline(total.caseCompliance(), "of allocated children discussed in time ("
                        + total.childrenDiscussedInTime() + " of " + total.childrenAllocated() + ")"));
        headline.addClassName("headline-figures");
        headline.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        content.add(intro, headline);
        if (chosen != null) {
            content.add(policy(chosen));
        }
        content.add(trend(day, teamId, subject), teams(figures));
        if (figures.serviceAreas().size() > 1) {
            content.add(new H3("By service area"), areas(figures.serviceAreas()));
        }
        SupervisionOverdue overdue = compliance.overdue(day, teamId);
        content.add(new H3("Workers overdue for supervision (" + overdue.workers().size() + ")"),
                overdueWorkers(overdue.workers(), chosen == null),
                new H3("Children overdue for a case discussion (" + overdue.children().size() + ")"),
                overdueChildren(overdue.children(), chosen == null));
    }

    private Component policy(TeamSummary chosen) {
        var policy = policies.policy(chosen.id());
        var text = new Paragraph(chosen.name() + "'s policy: " + policy.policy().describe());
        text.addClassName("muted");
        var section = new Div(text);
        if (CurrentUser.get().role() == Role.HEAD_OF_SERVICE) {
            var change = new Button("Change the team's policy",
                    e -> new PolicyDialog(policies, policy, saved -> show(asOf.getValue(), chosen)).open());
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            section.add(change);
        }
        return section;
    }

    private static Div headline(@Nullable BigDecimal fraction, String label) {
        var value = new Span(Percent.of(fraction));
        value.addClassName("headline-value");
        var text = new Span(label);
        text.addClassName("headline-label");
        var box = new Div(value, new Div(text));
        box.addClassName("headline");
        return box;
    }

    private Component trend(LocalDate day, @Nullable Long teamId, String subject) {
        List<MonthlyCompliance> months = compliance.trend(day, teamId);
        var chart = new Div(new Svg(TrendChart.svg(months, subject)));
        chart.addClassName("trend-chart");
        var legend = new Div(key("workers", "Workers supervised in time"), key("cases", "Children discussed in time"));
        legend.addClassName("trend-legend");

        var table = new Grid<MonthlyCompliance>();
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setAllRowsVisible(true);
        table.addColumn(m -> m.month().getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + m.month().getYear())
                .setHeader("Month");
        table.addColumn(m -> Dates.day(m.asAt())).setHeader("As at");
        table.addColumn(m -> Percent.of(m.figures().workerCompliance()) + " (" + m.figures().supervisedInTime() + " of "
                + m.figures().workers() + ")").setHeader("Workers in time");
        table.addColumn(m -> Percent.of(m.figures().caseCompliance()) + " (" + m.figures().childrenDiscussedInTime()
                + " of " + m.figures().childrenAllocated() + ")").setHeader("Children in time");
        table.setItems(months);
        var details = new Details("Figures by month", table);
        details.setWidthFull();

        var section = new Div(new H3("The last 12 months"), legend, chart, details);
        section.setWidthFull();
        return section;
    }

    private static Span key(String kind, String label) {
        var mark = new Span();
        mark.addClassNames("trend-key", kind);
        var key = new Span(mark, new Span(label));
        key.getElement().setAttribute("aria-hidden", "true");
        return key;
    }

    private Component teams(SupervisionCompliance figures) {
        var grid = new Grid<TeamCompliance>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(TeamCompliance::name).setHeader("Team").setFlexGrow(3);
        grid.addColumn(TeamCompliance::serviceAreaName).setHeader("Service area").setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(t -> share(t.figures().workerCompliance(),
                t.figures().supervisedInTime(), t.figures().workers()))).setHeader("Workers in time").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(t -> share(t.figures().caseCompliance(),
                        t.figures().childrenDiscussedInTime(), t.figures().childrenAllocated())))
                .setHeader("Children in time").setFlexGrow(2);
        grid.setItems(figures.teams());
        grid.addItemClickListener(e -> teams.stream().filter(t -> t.id() == e.getItem().teamId()).findFirst()
                .ifPresent(t -> go(asOf.getValue(), t)));
        var hint = new Paragraph(teams.size() > 1 ? "Choose a team to see its trend, policy and overdue lists." : "");
        hint.addClassName("muted");
        return new Div(new H3("By team"), hint, grid);
    }

    private static Grid<ServiceAreaCompliance> areas(List<ServiceAreaCompliance> areas) {
        var grid = new Grid<ServiceAreaCompliance>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(ServiceAreaCompliance::name).setHeader("Service area").setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(a -> share(a.figures().workerCompliance(),
                a.figures().supervisedInTime(), a.figures().workers()))).setHeader("Workers in time").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(a -> share(a.figures().caseCompliance(),
                        a.figures().childrenDiscussedInTime(), a.figures().childrenAllocated())))
                .setHeader("Children in time").setFlexGrow(2);
        grid.setItems(areas);
        return grid;
    }

    /** "87% · 39 of 45", coloured by how far from full compliance; words carry the meaning, not colour alone. */
    private static Component share(@Nullable BigDecimal fraction, int part, int whole) {
        if (fraction == null) {
            return new Span("Nothing to count");
        }
        Badges.Tone tone = fraction.compareTo(new BigDecimal("0.9")) >= 0 ? Badges.Tone.SUCCESS
                : fraction.compareTo(new BigDecimal("0.8")) >= 0 ? Badges.Tone.WARNING : Badges.Tone.ERROR;
        return new Span(Badges.of(Percent.of(fraction), tone), new Span(" " + part + " of " + whole));
    }

    private static Component overdueWorkers(List<OverdueWorker> workers, boolean showTeam) {
        if (workers.isEmpty()) {
            return new Paragraph("None: every case-holding worker was supervised in time.");
        }
        var grid = new Grid<OverdueWorker>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(OverdueWorker::name).setHeader("Worker").setFlexGrow(3);
        if (showTeam) {
            grid.addColumn(OverdueWorker::teamName).setHeader("Team").setFlexGrow(3);
        }
        grid.addColumn(w -> w.lastSupervisedOn() == null ? "None recorded" : ShortDates.day(w.lastSupervisedOn()))
                .setHeader("Last supervised").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(w -> w.daysOverdue() == null
                        ? Badges.of("Never supervised", Badges.Tone.ERROR)
                        : Badges.of(days(w.daysOverdue()), Badges.Tone.ERROR)))
                .setHeader("Overdue by").setFlexGrow(2);
        grid.setItems(workers);
        grid.setAllRowsVisible(workers.size() <= 10);
        if (workers.size() > 10) {
            grid.setHeight("24rem");
        }
        return grid;
    }

    private static Component overdueChildren(List<OverdueChild> children, boolean showTeam) {
        if (children.isEmpty()) {
            return new Paragraph("None: every allocated child was discussed in time.");
        }
        var grid = new Grid<OverdueChild>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(c -> SupervisionNavigation.linkToChild(c.childName(), c.childId())))
                .setHeader("Child").setFlexGrow(3);
        grid.addColumn(OverdueChild::workerName).setHeader("Worker").setFlexGrow(3);
        if (showTeam) {
            grid.addColumn(OverdueChild::teamName).setHeader("Team").setFlexGrow(3);
        }
        grid.addColumn(c -> c.lastDiscussedOn() == null ? "Never" : ShortDates.day(c.lastDiscussedOn()))
                .setHeader("Last discussed").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(c -> Badges.of(days(c.daysOverdue()), Badges.Tone.ERROR)))
                .setHeader("Overdue by").setFlexGrow(2);
        grid.setItems(children);
        grid.setAllRowsVisible(children.size() <= 10);
        if (children.size() > 10) {
            grid.setHeight("28rem");
        }
        return grid;
    }

    private static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }
}

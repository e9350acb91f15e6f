package org.waypoint.oversight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.Dates;
import org.waypoint.oversight.ComplianceMeasure;
import org.waypoint.oversight.ComplianceReport;
import org.waypoint.oversight.ComplianceService;
import org.waypoint.oversight.DrillDown;
import org.waypoint.oversight.Share;
import org.waypoint.security.Roles;

/**
 * Compliance in one place for a head of service (their service areas) or a team manager (their team): a card per
 * figure with its change since an earlier day, the service areas, and a team table sortable by any figure. Every
 * figure opens the list behind it. Figures of features not built yet are simply not there.
 */
@Route("oversight/compliance")
@PageTitle("Compliance")
@Menu(order = 71, title = "Compliance", icon = "vaadin:check-square-o")
@RolesAllowed({Roles.HEAD_OF_SERVICE, Roles.TEAM_MANAGER})
class ComplianceDashboardView extends VerticalLayout {

    private final ComplianceService compliance;
    private final DayComparison days;
    private final Div content = new Div();

    ComplianceDashboardView(ComplianceService compliance, Clock clock) {
        this.compliance = compliance;
        addClassName("page");
        days = new DayComparison(clock, Period.ofMonths(1), this::show);
        content.setWidthFull();
        add(new H2("Compliance"), days, content);
        show();
    }

    private void show() {
        LocalDate day = days.day();
        LocalDate earlier = days.earlier();
        // One call for both days: the caller's teams are looked up once, and every list is named in the reports.
        List<ComplianceReport> reports = compliance.compliance(List.of(day, earlier));
        ComplianceReport now = reports.getFirst();
        ComplianceReport before = reports.getLast();
        content.removeAll();
        var csv = new Anchor("/api/v1/oversight/compliance.csv?asOf=" + day, "Download as CSV");
        csv.getElement().setAttribute("download", true);
        var explain = new Paragraph("The share of work done in time, counted straight from the records as they stood "
                + "on the day chosen. Choose a figure to see the workers or children behind it.");
        explain.addClassName("muted");
        content.add(explain, cards(now, before), csv, new Anchor("oversight/caseloads", "Caseload figures"),
                new H3("By service area"), areaTable(now),
                new H3("By team"), teamTable(now));
    }

    private Component cards(ComplianceReport now, ComplianceReport before) {
        var cards = new Div();
        cards.addClassName("cards");
        for (ComplianceMeasure m : now.measures()) {
            Share share = now.authority().get(m.key());
            Share earlier = before.authority().get(m.key());
            var title = new Span(m.label());
            title.addClassName("card-label");
            var figure = new Span(percent(share));
            figure.addClassName("card-value");
            var counted = new Span(share.met() + " of " + share.total());
            counted.addClassName("card-count");
            var trend = new Span(trend(share, earlier, before.asOf()));
            trend.addClassName("card-trend");
            var card = new Div(title, figure, counted, trend);
            card.addClassName("card");
            card.getElement().setAttribute("title", m.description());
            DrillDown list = now.lists().get(m.key());
            if (list != null) {
                card.add(new Anchor(list.view(), "Show the list"));
            }
            cards.add(card);
        }
        return cards;
    }

    private Grid<ComplianceReport.Area> areaTable(ComplianceReport report) {
        var grid = new Grid<ComplianceReport.Area>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ComplianceReport.Area::name).setHeader("Service area").setFlexGrow(3);
        for (ComplianceMeasure m : report.measures()) {
            grid.addColumn(a -> percent(a.figures().get(m.key()))).setHeader(wrapping(m.label()))
                    .setSortable(true).setComparator(a -> sortKey(a.figures(), m));
        }
        grid.setItems(report.serviceAreas());
        return grid;
    }

    /** Sortable by any figure; each figure opens the team's list behind it. */
    private Grid<ComplianceReport.Team> teamTable(ComplianceReport report) {
        var grid = new Grid<ComplianceReport.Team>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ComplianceReport.Team::name).setHeader("Team").setSortable(true)
                .setComparator(ComplianceReport.Team::name).setWidth("9rem").setFlexGrow(3);
        for (ComplianceMeasure m : report.measures()) {
            grid.addColumn(new ComponentRenderer<>(t -> figureLink(t, m)))
                    .setHeader(wrapping(m.label())).setSortable(true)
                    .setComparator(t -> sortKey(t.figures(), m));
        }
        grid.setItems(report.teams());
        return grid;
    }

    private static Component figureLink(ComplianceReport.Team team, ComplianceMeasure measure) {
        Share share = team.figures().get(measure.key());
        String text = share.total() == 0 ? "–" : percent(share) + " (" + share.met() + " of " + share.total() + ")";
        DrillDown list = team.lists().get(measure.key());
        return list == null ? new Span(text) : new Anchor(list.view(), text);
    }

    /** Teams with nothing to count sort below 0%. */
    private static int sortKey(Map<String, Share> figures, ComplianceMeasure measure) {
        Integer percent = figures.get(measure.key()).percent();
        return percent == null ? -1 : percent;
    }

    private static Span wrapping(String header) {
        var text = new Span(header);
        text.addClassName("wrapping-header");
        return text;
    }

    static String percent(Share share) {
        return share.percent() == null ? "–" : share.percent() + "%";
    }

    static String trend(Share now, @Nullable Share before, LocalDate since) {
        if (now.percent() == null || before == null || before.percent() == null) {
            return "No figure for " + Dates.day(since);
        }
        int change = now.percent() - before.percent();
        return change == 0 ? "No change since " + Dates.day(since)
                : (change > 0 ? "▲ up " : "▼ down ") + Math.abs(change) + " points since " + Dates.day(since);
    }
}

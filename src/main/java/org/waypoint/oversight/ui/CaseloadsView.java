package org.waypoint.oversight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.waypoint.common.Dates;
import org.waypoint.oversight.CaseloadFigures;
import org.waypoint.oversight.CaseloadReport;
import org.waypoint.oversight.CaseloadService;
import org.waypoint.oversight.WorkerCases;
import org.waypoint.organisation.SafeCaseload;
import org.waypoint.security.Roles;
import org.waypoint.ui.Badges;
import org.waypoint.ui.BarChart;
import org.waypoint.ui.Fte;
import org.waypoint.ui.Help;

/**
 * Caseloads as a head of service (their service areas) or a team manager (their team) needs them: the figures
 * seed 003 reports, live from the records, for any day and compared with another, each number opening its rows.
 */
@Route("oversight/caseloads")
@PageTitle("Caseloads")
@Menu(order = 70, title = "Caseloads", icon = "vaadin:chart-3d")
@RolesAllowed({Roles.HEAD_OF_SERVICE, Roles.TEAM_MANAGER})
class CaseloadsView extends VerticalLayout {

    private final CaseloadService caseloads;
    private final Clock clock;
    private final DayComparison days;
    private final Div content = new Div();

    CaseloadsView(CaseloadService caseloads, Clock clock) {
        this.caseloads = caseloads;
        this.clock = clock;
        addClassName("page");
        days = new DayComparison(clock, Period.ofMonths(2), this::show);
        content.setWidthFull();
        add(new H2("Caseloads"), Help.button("caseloads", "How caseloads are counted"), days, content);
        show();
    }

    private void show() {
        LocalDate day = days.day();
        LocalDate earlier = days.earlier();
        CaseloadReport now = caseloads.caseloads(day);
        CaseloadReport before = caseloads.caseloads(earlier);
        content.removeAll();
        var csv = new Anchor("/api/v1/oversight/caseloads.csv?asOf=" + day, "Download as CSV");
        csv.getElement().setAttribute("download", true);
        var explain = new Paragraph("Open cases per full-time worker, counting social workers and personal advisers "
                + "who hold at least one case. Cases held by team managers and children waiting for allocation are "
                + "counted on their own. Figures come straight from the records, as they stood on the day chosen.");
        explain.addClassName("muted");
        content.add(explain, cards(now, before), csv, new Anchor("oversight/compliance", "Compliance figures"),
                new H3("By service area"), areaTable(now, before),
                new H3("By team"), teamTable(now),
                new H3("Average caseload per team"), chart(now));
    }

    private Component cards(CaseloadReport now, CaseloadReport before) {
        CaseloadFigures a = now.authority();
        CaseloadFigures b = before.authority();
        var cards = new Div(
                card("Average caseload", decimal(a.average()), trend(a.average(), b.average(), before.asOf()), null),
                card("Range", range(a), "Fewest to most cases held by one worker", null),
                card("Workers above safe level", Integer.toString(a.overSafeLevel()),
                        trend(BigDecimal.valueOf(a.overSafeLevel()), BigDecimal.valueOf(b.overSafeLevel()), before.asOf()),
                        a.overSafeLevel() == 0 ? null : () -> workersDialog("Workers above their team's safe level",
                                now.teams().stream().flatMap(t -> t.workers().stream()
                                        .filter(w -> w.role().isCaseHolding()
                                                && SafeCaseload.exceededBy(w.openCases(), w.fte(), t.safeCaseload()))).toList())),
                card("Cases held by managers", Long.toString(a.managersHoldingCases()),
                        trend(BigDecimal.valueOf(a.managersHoldingCases()), BigDecimal.valueOf(b.managersHoldingCases()),
                                before.asOf()),
                        a.managersHoldingCases() == 0 ? null : () -> workersDialog("Team managers holding cases",
                                now.teams().stream().flatMap(t -> t.workers().stream()
                                        .filter(w -> !w.role().isCaseHolding())).toList())),
                card("Children waiting for allocation", Long.toString(a.unallocated()),
                        trend(BigDecimal.valueOf(a.unallocated()), BigDecimal.valueOf(b.unallocated()), before.asOf()),
                        null));
        cards.addClassName("cards");
        if (a.unallocated() > 0 && now.asOf().equals(LocalDate.now(clock))) {
            ((Div) cards.getComponentAt(4)).add(new Anchor("children?unallocated=true", "Show the children"));
        }
        return cards;
    }

    private static Div card(String label, String value, String trend, @Nullable Runnable drillDown) {
        var title = new Span(label);
        title.addClassName("card-label");
        var figure = new Span(value);
        figure.addClassName("card-value");
        var note = new Span(trend);
        note.addClassName("card-trend");
        var card = new Div(title, figure, note);
        card.addClassName("card");
        if (drillDown != null) {
            var show = new com.vaadin.flow.component.button.Button("Show who", e -> drillDown.run());
            show.addThemeName("tertiary");
            show.addThemeName("small");
            card.add(show);
        }
        return card;
    }

    /** Shaped like seed 003's table: each service area's average and range on two days side by side. */
    private Grid<CaseloadReport.Area> areaTable(CaseloadReport now, CaseloadReport before) {
        var grid = new Grid<CaseloadReport.Area>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        var area = grid.addColumn(CaseloadReport.Area::name).setHeader("Service area").setFlexGrow(3);
        var averageNow = grid.addColumn(a -> decimal(a.figures().average())).setHeader("Average");
        var rangeNow = grid.addColumn(a -> range(a.figures())).setHeader("Range");
        var averageBefore = grid.addColumn(a -> earlier(before, a).map(p -> decimal(p.figures().average())).orElse("–"))
                .setHeader("Average");
        var rangeBefore = grid.addColumn(a -> earlier(before, a).map(p -> range(p.figures())).orElse("–"))
                .setHeader("Range");
        var dates = grid.prependHeaderRow();
        dates.join(averageNow, rangeNow).setText(Dates.day(now.asOf()));
        dates.join(averageBefore, rangeBefore).setText(Dates.day(before.asOf()));
        dates.getCell(area).setText("");
        grid.setItems(now.serviceAreas());
        return grid;
    }

    private static java.util.Optional<CaseloadReport.Area> earlier(CaseloadReport before, CaseloadReport.Area area) {
        return before.serviceAreas().stream().filter(p -> p.id() == area.id()).findFirst();
    }

    private Grid<CaseloadReport.Team> teamTable(CaseloadReport now) {
        var grid = new Grid<CaseloadReport.Team>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(CaseloadReport.Team::name).setHeader("Team").setSortable(true)
                .setComparator(CaseloadReport.Team::name).setWidth("9rem").setFlexGrow(3);
        sortable(grid, "Workers", t -> (long) t.figures().workers(), t -> Integer.toString(t.figures().workers()));
        sortable(grid, "Cases", t -> t.figures().openCases(), t -> Long.toString(t.figures().openCases()));
        grid.addColumn(t -> decimal(t.figures().average())).setHeader(wrapping("Average")).setSortable(true)
                .setComparator(Comparator.comparing((CaseloadReport.Team t) ->
                        t.figures().average() == null ? BigDecimal.ZERO : t.figures().average()));
        grid.addColumn(t -> range(t.figures())).setHeader(wrapping("Range")).setWidth("5.5rem");
        grid.addColumn(new ComponentRenderer<>(t -> t.figures().overSafeLevel() == 0 ? new Span("0")
                        : Badges.of(Integer.toString(t.figures().overSafeLevel()), Badges.Tone.ERROR)))
                .setHeader(wrapping("Above safe level")).setSortable(true)
                .setComparator(t -> t.figures().overSafeLevel());
        sortable(grid, "Manager holds", t -> t.figures().managersHoldingCases(),
                t -> Long.toString(t.figures().managersHoldingCases()));
        sortable(grid, "Unallocated", t -> t.figures().unallocated(), t -> Long.toString(t.figures().unallocated()));
        grid.setItems(now.teams());
        grid.addItemClickListener(e -> teamDialog(e.getItem(), now.asOf()));
        return grid;
    }

    private static void sortable(Grid<CaseloadReport.Team> grid, String header,
                                 Function<CaseloadReport.Team, Long> value, Function<CaseloadReport.Team, String> text) {
        grid.addColumn(text::apply).setHeader(wrapping(header)).setSortable(true).setComparator(value::apply)
                .setWidth("5.5rem");
    }

    private static Span wrapping(String header) {
        var text = new Span(header);
        text.addClassName("wrapping-header");
        return text;
    }

    private Component chart(CaseloadReport now) {
        List<BarChart.Bar> bars = now.teams().stream()
                .map(t -> new BarChart.Bar(t.name(),
                        t.figures().average() == null ? 0 : t.figures().average().doubleValue(),
                        decimal(t.figures().average()),
                        t.safeCaseload() == null ? null : t.safeCaseload().doubleValue(),
                        t.safeCaseload() != null && t.figures().average() != null
                                && t.figures().average().doubleValue() > t.safeCaseload()))
                .toList();
        var note = new Paragraph("The dashed line is the team's safe caseload; a red bar is above it.");
        note.addClassName("muted");
        return new Div(BarChart.of("Average caseload per team", bars), note);
    }

    private void teamDialog(CaseloadReport.Team team, LocalDate day) {
        var dialog = new Dialog(team.name() + " on " + Dates.day(day));
        dialog.setWidth("min(44rem, 96vw)");
        dialog.add(workerGrid(team.workers(), team.safeCaseload()));
        boolean today = day.equals(LocalDate.now(clock));
        if (today && team.figures().unallocated() > 0) {
            dialog.add(new Anchor("children?team=" + team.id() + "&unallocated=true",
                    "The " + team.figures().unallocated() + " children waiting for allocation"));
        }
        if (!today) {
            dialog.add(new Paragraph("Lists of children are for today; these figures are as they stood on "
                    + Dates.day(day) + "."));
        }
        dialog.getFooter().add(new com.vaadin.flow.component.button.Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private void workersDialog(String title, List<WorkerCases> workers) {
        var dialog = new Dialog(title);
        dialog.setWidth("min(44rem, 96vw)");
        dialog.add(workerGrid(workers, null));
        dialog.getFooter().add(new com.vaadin.flow.component.button.Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private Grid<WorkerCases> workerGrid(List<WorkerCases> workers, @Nullable Integer safeCaseload) {
        var grid = new Grid<WorkerCases>();
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(w -> new Anchor("children?worker=" + w.staffId(), w.name())))
                .setHeader("Name").setFlexGrow(2);
        grid.addColumn(w -> w.role().label()).setHeader("Role");
        grid.addColumn(w -> Fte.text(w.fte())).setHeader("FTE").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(w -> SafeCaseload.exceededBy(w.openCases(), w.fte(), safeCaseload)
                        ? Badges.of(w.openCases() + " · above safe level", Badges.Tone.ERROR)
                        : new Span(Long.toString(w.openCases()))))
                .setHeader("Open cases");
        grid.setItems(workers);
        return grid;
    }

    private static String trend(@Nullable BigDecimal now, @Nullable BigDecimal before, LocalDate since) {
        if (now == null || before == null) {
            return "No figure for " + Dates.day(since);
        }
        int direction = now.compareTo(before);
        String change = now.subtract(before).abs().stripTrailingZeros().toPlainString();
        return direction == 0 ? "No change since " + Dates.day(since)
                : (direction > 0 ? "▲ up " : "▼ down ") + change + " since " + Dates.day(since);
    }

    private static String decimal(@Nullable BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }

    private static String range(CaseloadFigures figures) {
        return figures.min() == null ? "–" : figures.min() + "–" + figures.max();
    }
}

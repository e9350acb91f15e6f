package org.waypoint.missing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.waypoint.children.ui.ChildrenNavigation;
import org.waypoint.common.Dates;
import org.waypoint.missing.MentionInstance;
import org.waypoint.missing.MentionKind;
import org.waypoint.missing.MissingEpisodeService;
import org.waypoint.missing.MissingPatternService;
import org.waypoint.missing.RepeatMisser;
import org.waypoint.missing.SharedMention;
import org.waypoint.missing.Ssda903MissingExport;
import org.waypoint.missing.TeamMissingFigures;
import org.waypoint.security.Roles;
import org.waypoint.ui.Badges;
import org.waypoint.ui.Help;

/**
 * What the weekly missing and exploitation panel looks at: who keeps going missing, the places and people that
 * more than one child names, and how each team does on the 72 hours. The URL holds the period and the selected
 * place or person, so a link shared before the meeting opens the same picture.
 */
@Route("missing/panel")
@PageTitle("Missing and exploitation panel")
@Menu(order = 62, title = "Missing panel", icon = "vaadin:connect")
@RolesAllowed({Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
@StyleSheet("styles/missing.css")
class PanelView extends VerticalLayout implements BeforeEnterObserver {

    static final String DAYS = "days";
    static final String KIND = "kind";
    static final String KEY = "key";
    private static final Map<Integer, String> PERIODS = new LinkedHashMap<>();

    static {
        PERIODS.put(28, "Last 4 weeks");
        PERIODS.put(90, "Last 3 months");
        PERIODS.put(365, "Last 12 months");
    }

    private final MissingPatternService patterns;
    private final MissingEpisodeService missing;
    private final Clock clock;
    private int days = 90;

    PanelView(MissingPatternService patterns, MissingEpisodeService missing, Clock clock) {
        this.patterns = patterns;
        this.missing = missing;
        this.clock = clock;
        addClassNames("page", "missing-panel");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        days = query.getSingleParameter(DAYS).flatMap(PanelView::number).filter(PERIODS::containsKey).orElse(90);
        MentionKind kind = query.getSingleParameter(KIND).flatMap(PanelView::kind).orElse(null);
        String key = query.getSingleParameter(KEY).orElse(null);
        show(kind, key);
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<MentionKind> kind(String text) {
        try {
            return Optional.of(MentionKind.valueOf(text.toUpperCase()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void go(int newDays, @Nullable MentionKind kind, @Nullable String key) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(DAYS, Integer.toString(newDays));
        if (kind != null && key != null) {
            params.put(KIND, kind.name().toLowerCase());
            params.put(KEY, key);
        }
        UI.getCurrent().navigate(PanelView.class, QueryParameters.simple(params));
    }

    private void show(@Nullable MentionKind selectedKind, @Nullable String selectedKey) {
        removeAll();
        var period = new Select<Integer>();
        period.setAriaLabel("Period");
        period.setItems(PERIODS.keySet());
        period.setItemLabelGenerator(PERIODS::get);
        period.setValue(days);
        period.addValueChangeListener(e -> go(e.getValue(), null, null));
        var header = new HorizontalLayout(new H2("Missing and exploitation panel"), period,
                Help.button("missing-panel", "How to read the panel"));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setWidthFull();
        header.setWrap(true);
        add(header);

        LocalDate today = LocalDate.now(clock);
        List<TeamMissingFigures> teams = patterns.teamFigures(today.minusDays(days - 1L), today);
        add(headline(teams));

        List<SharedMention> shared = patterns.sharedMentions(days);
        add(new H3("Places named by more than one child"));
        add(mentions(shared, MentionKind.PLACE, selectedKind, selectedKey));
        add(new H3("People named by more than one child"));
        add(mentions(shared, MentionKind.PERSON, selectedKind, selectedKey));

        add(new H3("Children going missing again and again"), note("Two or more episodes in the last 12 months."),
                repeatMissers(patterns.repeatMissers()));
        add(new H3("Return interviews by team"), note("Episodes that began in the period, against the child's team "
                + "now. Within 72 hours is the share of interviews held."), teamGrid(teams));
        add(new H3("Statutory return"), export(today));
    }

    private Component headline(List<TeamMissingFigures> teams) {
        long episodes = teams.stream().mapToLong(TeamMissingFigures::episodes).sum();
        long held = teams.stream().mapToLong(TeamMissingFigures::held).sum();
        long inTime = teams.stream().mapToLong(TeamMissingFigures::heldWithin72Hours).sum();
        long declined = teams.stream().mapToLong(TeamMissingFigures::declined).sum();
        int missingNow = missing.missingNow().size();
        var figures = new FlexLayout(
                figure(Integer.toString(missingNow), missingNow == 1 ? "child missing now" : "children missing now",
                        missingNow > 0),
                figure(Long.toString(episodes), "episodes in the period", false),
                figure(held == 0 ? "–" : Math.round(100.0 * inTime / held) + "%",
                        "of " + held + " interviews held within 72 hours", held > 0 && inTime * 100 < held * 63),
                figure(Long.toString(declined), "interviews declined", false));
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.addClassName("headline-figures");
        return figures;
    }

    private static Div figure(String value, String label, boolean alert) {
        var number = new Span(value);
        number.addClassName("figure-value");
        var text = new Span(label);
        text.addClassName("figure-label");
        var figure = new Div(number, text);
        figure.addClassName("figure");
        if (alert) {
            figure.addClassName("figure-alert");
        }
        return figure;
    }

    private Component mentions(List<SharedMention> shared, MentionKind kind, @Nullable MentionKind selectedKind,
                               @Nullable String selectedKey) {
        List<SharedMention> rows = shared.stream().filter(m -> m.kind() == kind).toList();
        if (rows.isEmpty()) {
            return note(kind == MentionKind.PLACE ? "No place was named by more than one child in this period."
                    : "No person was named by more than one child in this period.");
        }
        var grid = new Grid<SharedMention>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(SharedMention::name).setHeader(kind == MentionKind.PLACE ? "Place" : "Person").setFlexGrow(3);
        grid.addColumn(SharedMention::children).setHeader("Children").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SharedMention::interviews).setHeader("Interviews").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(m -> m.withSignsOfHarm() == 0 ? new Span("None")
                        : Badges.of(m.withSignsOfHarm() + " of " + m.interviews(), Badges.Tone.ERROR))
                .setHeader("With signs of harm").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> Dates.day(m.lastNamed().atZone(Dates.ZONE))).setHeader("Latest episode").setFlexGrow(1);
        grid.setItems(rows);
        grid.addItemClickListener(e -> go(days, kind, e.getItem().key()));
        var block = new Div(grid);
        block.setWidthFull();
        rows.stream().filter(m -> m.kind() == selectedKind && m.key().equals(selectedKey)).findFirst()
                .ifPresent(m -> {
                    grid.select(m);
                    block.add(drillDown(m));
                });
        return block;
    }

    private Component drillDown(SharedMention m) {
        List<MentionInstance> instances = patterns.mentionInstances(days, m.kind(), m.key());
        var grid = new Grid<MentionInstance>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(i -> ChildrenNavigation.linkToChild(i.childName(), i.childId()))
                .setHeader("Child").setFlexGrow(2);
        grid.addColumn(i -> i.workerName() == null ? "Unallocated" : i.workerName()).setHeader("Worker").setFlexGrow(2);
        grid.addColumn(i -> Dates.dayTime(i.missingFrom())).setHeader("Went missing").setFlexGrow(2);
        grid.addColumn(i -> i.heldAt() == null ? "Not held" : Dates.dayTime(i.heldAt())).setHeader("Interview")
                .setFlexGrow(2);
        grid.addColumn(MentionInstance::asWritten).setHeader("As written").setFlexGrow(2);
        grid.setItems(instances);
        var close = new Button("Close", e -> go(days, null, null));
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var heading = new HorizontalLayout(new H3("Interviews naming \u201c" + m.name() + "\u201d"), close);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        var drill = new Div(heading, grid);
        drill.addClassName("drill-down");
        return drill;
    }

    private static Component repeatMissers(List<RepeatMisser> rows) {
        if (rows.isEmpty()) {
            return note("No child went missing more than once in the last 12 months.");
        }
        var grid = new Grid<RepeatMisser>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(r -> {
            var cell = new Div(ChildrenNavigation.linkToChild(r.childName(), r.childId()));
            if (r.missingNow()) {
                cell.add(new Span(" "), Badges.of("Missing now", Badges.Tone.ERROR));
            }
            return cell;
        }).setHeader("Child").setFlexGrow(3);
        grid.addColumn(RepeatMisser::teamName).setHeader("Team").setFlexGrow(2);
        grid.addColumn(r -> r.workerName() == null ? "Unallocated" : r.workerName()).setHeader("Worker").setFlexGrow(2);
        grid.addComponentColumn(r -> r.counts().repeat()
                        ? Badges.of(Long.toString(r.counts().last90Days()), Badges.Tone.ERROR)
                        : new Span(Long.toString(r.counts().last90Days())))
                .setHeader("90 days").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.counts().last12Months()).setHeader("12 months").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Dates.day(r.lastMissingFrom().atZone(Dates.ZONE))).setHeader("Last went missing")
                .setFlexGrow(2);
        grid.setItems(rows);
        return grid;
    }

    private static Component teamGrid(List<TeamMissingFigures> teams) {
        var grid = new Grid<TeamMissingFigures>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(TeamMissingFigures::teamName).setHeader("Team").setFlexGrow(3);
        grid.addColumn(TeamMissingFigures::episodes).setHeader("Episodes").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TeamMissingFigures::offered).setHeader("Offered").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TeamMissingFigures::held).setHeader("Held").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(t -> {
            Integer percent = t.percentHeldWithin72Hours();
            if (percent == null) {
                return new Span("–");
            }
            var text = new Span(t.heldWithin72Hours() + " (" + percent + "%)");
            // Below the national picture (about 63% held within 72 hours) shows in red.
            text.setClassName("overdue", percent < 63);
            return text;
        }).setHeader("Within 72 hours").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TeamMissingFigures::declined).setHeader("Declined").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TeamMissingFigures::notHeld).setHeader("Not held").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(teams);
        return grid;
    }

    private static Component export(LocalDate today) {
        int current = Ssda903MissingExport.collectionYear(today);
        var year = new Select<Integer>();
        year.setAriaLabel("Collection year");
        year.setItems(current, current - 1, current - 2);
        year.setItemLabelGenerator(y -> (y - 1) + " to " + y + " (1 April " + (y - 1) + " to 31 March " + y + ")");
        year.setValue(current - 1);
        var download = new Anchor(href(current - 1), "Download the SSDA903 missing CSV");
        download.getElement().setAttribute("download", true);
        download.setRouterIgnore(true);
        download.addClassName("download-link");
        year.addValueChangeListener(e -> download.setHref(href(e.getValue())));
        var row = new HorizontalLayout(year, download);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setWrap(true);
        var explain = note("Looked-after children's episodes in the year (the DfE's Missing table), with whether a "
                + "return interview was offered and accepted. Each child in the file is recorded in their audit trail.");
        return new Div(explain, row);
    }

    private static String href(int year) {
        return "api/v1/exports/ssda903-missing.csv?year=" + year;
    }

    private static Paragraph note(String text) {
        var note = new Paragraph(text);
        note.addClassName("muted");
        return note;
    }
}

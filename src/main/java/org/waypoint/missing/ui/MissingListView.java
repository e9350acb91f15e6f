package org.waypoint.missing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.waypoint.children.ChildFilter;
import org.waypoint.children.ChildService;
import org.waypoint.children.ChildSummary;
import org.waypoint.children.ui.ChildrenNavigation;
import org.waypoint.common.Dates;
import org.waypoint.missing.DueInterview;
import org.waypoint.missing.MissingEpisodeService;
import org.waypoint.missing.MissingNow;
import org.waypoint.security.CurrentUser;
import org.waypoint.security.Role;
import org.waypoint.security.Roles;

/**
 * The 72-hour list: children missing now at the top, then every child back from an episode whose return interview
 * is not yet recorded, the least time left first. The clock moves on its own, once a minute.
 */
@Route("missing")
@PageTitle("Missing and return interviews")
@Menu(order = 60, title = "Missing and returns", icon = "vaadin:timer")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
@StyleSheet("styles/missing.css")
class MissingListView extends VerticalLayout {

    static final int REFRESH_MILLIS = 60_000;

    private final MissingEpisodeService missing;
    private final ChildService children;
    private final Clock clock;
    private final boolean manager;
    private final Div missingNow = new Div();
    private final Grid<DueInterview> due = new Grid<>();
    private final Paragraph dueEmpty = new Paragraph("No return interviews are waiting.");
    private @Nullable Registration poll;

    MissingListView(MissingEpisodeService missing, ChildService children, Clock clock) {
        this.missing = missing;
        this.children = children;
        this.clock = clock;
        Role role = CurrentUser.get().role();
        this.manager = role == Role.TEAM_MANAGER || role == Role.HEAD_OF_SERVICE;
        addClassNames("page", "missing-list");

        var record = new Button("Record a missing episode", VaadinIcon.PLUS.create(), e -> chooseChild());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var header = new HorizontalLayout(new H2("Missing and return interviews"), record);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        var intro = new Paragraph("A return interview is due within 72 hours of the child coming back. "
                + "The time left updates every minute.");
        intro.addClassName("muted");

        missingNow.addClassName("missing-now-list");
        setUpGrid();
        add(header, intro, missingNow, new H3("Return interviews due"), dueEmpty, due);
        refresh();
    }

    private void setUpGrid() {
        due.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        due.addComponentColumn(d -> {
            var cell = new Div(ChildrenNavigation.linkToChild(d.childName(), d.childId()));
            cell.addClassName("stacked-cell");
            if (manager) {
                var worker = new Span(d.workerName() == null ? "Unallocated" : d.workerName());
                worker.addClassName("muted");
                cell.add(worker);
            }
            return cell;
        }).setHeader(manager ? "Child and worker" : "Child").setFlexGrow(3);
        due.addColumn(d -> Dates.dayTime(d.returnedAt())).setHeader("Came back").setFlexGrow(2);
        due.addComponentColumn(d -> {
            var cell = new Div(new Span(Dates.dayTime(d.dueBy())), EpisodeStatus.timeLeft(d.deadline()));
            cell.addClassName("stacked-cell");
            return cell;
        }).setHeader("Interview due by").setFlexGrow(3);
        due.addComponentColumn(d -> {
            var button = new Button("Record interview", e -> MissingNavigation.toInterview(d.episodeId()));
            button.setAriaLabel("Record interview for " + d.childName());
            return button;
        }).setAutoWidth(true).setFlexGrow(0);
        due.setPartNameGenerator(d -> d.overdue() ? "overdue-row" : null);
        due.setItemsPageable(pageable -> missing.dueInterviews(
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())).getContent());
    }

    private void refresh() {
        List<MissingNow> now = missing.missingNow();
        missingNow.removeAll();
        if (!now.isEmpty()) {
            missingNow.add(new H3(now.size() == 1 ? "Missing now: 1 child" : "Missing now: " + now.size() + " children"));
            now.forEach(m -> missingNow.add(card(m)));
        }
        long waiting = missing.dueInterviews(PageRequest.of(0, 1)).getTotalElements();
        dueEmpty.setVisible(waiting == 0);
        // A manager's or head of service's list can be long: then it scrolls, loading rows as they come into view.
        due.setAllRowsVisible(waiting <= 30);
        due.setHeight(waiting <= 30 ? null : "40rem");
        due.setVisible(waiting > 0);
        due.getDataProvider().refreshAll();
    }

    private Component card(MissingNow m) {
        var name = ChildrenNavigation.linkToChild(m.childName(), m.childId());
        name.addClassName("card-title");
        var since = new Span("Missing since " + Dates.dayTime(m.missingFrom()) + " ("
                + Times.length(Duration.between(m.missingFrom(), clock.instant())) + ")");
        var police = new Span(m.reportedToPolice()
                ? "Reported to the police" + (m.policeReference() == null ? "" : ": " + m.policeReference())
                : "Not reported to the police");
        if (!m.reportedToPolice()) {
            police.addClassName("overdue");
        }
        var details = new Div(since, police);
        if (manager) {
            details.add(new Span("Worker: " + (m.workerName() == null ? "unallocated" : m.workerName())));
        }
        details.addClassName("card-lines");
        var back = new Button("Record their return", e -> new ReturnDialog(missing, clock, m.episodeId(),
                m.childName(), m.missingFrom(), this::refresh).open());
        back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var card = new Div(name, details, back);
        card.addClassName("missing-now-card");
        return card;
    }

    /** A child picker over the user's own children, then the episode form. */
    private void chooseChild() {
        var dialog = new Dialog("Record a missing episode");
        dialog.setWidth("min(36rem, 96vw)");
        var child = new ComboBox<ChildSummary>("Which child?");
        child.setItems(query -> children.search(ChildFilter.open().withSearch(query.getFilter().orElse(null)),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("familyName", "givenName", "id")))
                .stream());
        child.setItemLabelGenerator(c -> c.fullName() + " · born " + Dates.day(c.dateOfBirth()));
        child.setWidthFull();
        child.setPlaceholder("Start typing a name");
        var next = new Button("Continue", e -> {
            if (child.getValue() != null) {
                dialog.close();
                MissingNavigation.toNewEpisode(child.getValue().id());
            } else {
                child.setErrorMessage("Choose the child");
                child.setInvalid(true);
            }
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(child);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), next);
        dialog.open();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(REFRESH_MILLIS);
        poll = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
    }
}

package org.waypoint.children.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.waypoint.children.AllocationPeriod;
import org.waypoint.children.ChildAccess;
import org.waypoint.children.ChildRecordSection;
import org.waypoint.children.ChildService;
import org.waypoint.children.ChildStatusSource;
import org.waypoint.children.ChildSummary;
import org.waypoint.children.ChronologyService;
import org.waypoint.common.Dates;
import org.waypoint.common.NotFoundException;
import org.waypoint.organisation.OrganisationService;
import org.waypoint.security.Roles;

/** The child's record: who they are, who holds their case, and what other features add below. */
@Route("children/:childId")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER, Roles.TEAM_MANAGER, Roles.HEAD_OF_SERVICE})
class ChildView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CHILD_ID = "childId";

    private final ChildService children;
    private final ChildAccess access;
    private final OrganisationService organisation;
    private final ChronologyService chronology;
    private final List<ChildRecordSection> sections;
    private final Clock clock;
    private String title = "Child";

    private final List<ChildStatusSource> statuses;
    ChildView(ChildService children, ChildAccess access, OrganisationService organisation,
              ChronologyService chronology, List<ChildRecordSection> sections, List<ChildStatusSource> statuses,
              Clock clock) {
        this.statuses = statuses;
        this.children = children;
        this.chronology = chronology;
        this.access = access;
        this.organisation = organisation;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ChildRecordSection::order)).toList();
        this.clock = clock;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get(CHILD_ID).flatMap(ChildView::parse);
        try {
            ChildSummary child = children.get(id.orElseThrow(() -> new NotFoundException("Child")));
            show(child);
        } catch (NotFoundException e) {
            removeAll();
            title = "Not found";
            add(new H2("Child not found"),
                    new Span("That record is not there, or you do not have access to it."));
        }
    }

    private static Optional<UUID> parse(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void show(ChildSummary child) {
        removeAll();
        title = child.fullName();
        LocalDate today = LocalDate.now(clock);
        var heading = new H2(child.fullName());
        var facts = new FlexLayout(
                fact("Age", child.ageTextOn(today) + " (born " + Dates.day(child.dateOfBirth()) + ")"),
                fact("Category", CategoryBadge.of(child.category())),
                fact("Legal status", child.legalStatusText()),
                fact("Team", child.teamName()),
                fact("Allocated worker", child.allocatedWorkerName() == null ? "Unallocated" : child.allocatedWorkerName()),
                fact("Case opened", Dates.day(child.openedOn())));
        statuses.forEach(source -> source.status(child, today).ifPresent(status -> facts.add(fact("Status", status))));
        if (!child.open()) {
            facts.add(fact("Case closed", Dates.day(child.closedOn())));
        }
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.addClassName("facts");
        add(heading, facts);
        if (child.open()) {
            Runnable reload = () -> show(children.get(child.id()));
            var actions = new HorizontalLayout(new Button("Change legal status",
                    e -> new LegalStatusDialog(children, child, reload).open()));
            if (access.mayManage(child.id())) {
                actions.add(new Button("Allocate", e -> new AllocateDialog(children, child, reload).open()));
            }
            actions.setWrap(true);
            add(actions);
        }
        add(new ChronologyPanel(chronology, child.id()));
        sections.stream().filter(s -> s.appliesTo(child)).forEach(s -> add(s.create(child)));
        add(allocationHistory(child));
    }

    private Component allocationHistory(ChildSummary child) {
        List<AllocationPeriod> periods = children.allocationHistory(child.id());
        var workerIds = periods.stream().map(AllocationPeriod::workerId).filter(java.util.Objects::nonNull).toList();
        Map<Long, String> names = organisation.staffNames(workerIds);
        Map<Long, String> teams = organisation.teams().stream()
                .collect(java.util.stream.Collectors.toMap(t -> t.id(), t -> t.name()));
        var list = new UnorderedList();
        periods.reversed().stream()
                .filter(p -> p.validTo() == null || p.validTo().isAfter(p.validFrom()))
                .forEach(p -> list.add(new ListItem(
                        Dates.day(p.validFrom()) + (p.validTo() == null ? " to now" : " to " + Dates.day(p.validTo()))
                                + ": " + (p.workerId() == null ? "unallocated" : names.get(p.workerId()))
                                + ", " + teams.getOrDefault(p.teamId(), ""))));
        var section = new Div(new H3("Who has held this case"), list);
        section.setId("case-holders");
        section.addClassName("record-section");
        return section;
    }

    private static Div fact(String label, String value) {
        return fact(label, new Span(value));
    }

    private static Div fact(String label, Component value) {
        var term = new Span(label);
        term.addClassName("fact-label");
        var fact = new Div(term, value);
        fact.addClassName("fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

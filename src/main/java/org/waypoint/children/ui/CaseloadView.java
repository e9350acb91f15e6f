package org.waypoint.children.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.waypoint.children.CaseloadEntry;
import org.waypoint.children.ChildService;
import org.waypoint.children.ChildStatusSource;
import org.waypoint.security.Roles;

/** A practitioner's own open cases, what is due next first. */
@Route("caseload")
@PageTitle("My caseload")
@Menu(order = 10, title = "My caseload", icon = "vaadin:users")
@RolesAllowed({Roles.SOCIAL_WORKER, Roles.PERSONAL_ADVISER})
class CaseloadView extends VerticalLayout {

    CaseloadView(ChildService children, List<ChildStatusSource> statuses, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<CaseloadEntry> caseload = children.myCaseload();
        addClassName("page");

        var heading = new H2("My caseload");
        var count = new Paragraph(caseload.size() == 1 ? "1 open case" : caseload.size() + " open cases");
        count.addClassName("muted");

        var grid = new Grid<CaseloadEntry>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ChildCells.name(e -> e.child().fullName(), e -> e.child().id()))
                .setHeader("Name").setFlexGrow(2).setSortable(true)
                .setComparator(e -> e.child().familyName());
        grid.addColumn(e -> e.child().ageTextOn(today)).setHeader("Age").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ChildCells.category(e -> e.child().category(), e -> status(e, statuses, today)))
                .setHeader("Category").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ChildCells.nextDue(CaseloadEntry::nextDue, today)).setHeader("Next due").setFlexGrow(3);
        grid.setItems(caseload);
        grid.addItemClickListener(e -> ChildrenNavigation.toChild(e.getItem().child().id()));

        add(heading, count, caseload.isEmpty() ? new Paragraph("No children are allocated to you.") : grid);
    }

    /** Any status another feature gives the child (a care leaver's, say), shown under the category. */
    private static String status(CaseloadEntry entry, List<ChildStatusSource> statuses, LocalDate today) {
        return statuses.stream().flatMap(source -> source.status(entry.child(), today).stream())
                .collect(Collectors.joining(" · "));
    }
}
